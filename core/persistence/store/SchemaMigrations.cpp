#include "store/SchemaMigrations.h"

using namespace Qt::StringLiterals;

namespace lk {

namespace {

// Keeps lease_usage equal to the live rows of leases, in the transaction that
// changes them: a lease counts from its insert until ended_ms is set or the
// row is deleted. Rows never change component or cores while live.
QStringList usageTriggers(SqlDialect::Engine engine) {
    if (engine == SqlDialect::Engine::Sqlite) {
        return {
            uR"(CREATE TRIGGER leases_usage_insert AFTER INSERT ON leases WHEN NEW.ended_ms IS NULL BEGIN
                  INSERT INTO lease_usage (component, instances, cores) VALUES (NEW.component, 1, NEW.cores)
                  ON CONFLICT (component) DO UPDATE SET instances = instances + 1,
                                                        cores = cores + excluded.cores;
                END)"_s,
            uR"(CREATE TRIGGER leases_usage_end AFTER UPDATE OF ended_ms ON leases
                WHEN OLD.ended_ms IS NULL AND NEW.ended_ms IS NOT NULL BEGIN
                  UPDATE lease_usage SET instances = instances - 1, cores = cores - OLD.cores
                  WHERE component = OLD.component;
                END)"_s,
            uR"(CREATE TRIGGER leases_usage_delete AFTER DELETE ON leases WHEN OLD.ended_ms IS NULL BEGIN
                  UPDATE lease_usage SET instances = instances - 1, cores = cores - OLD.cores
                  WHERE component = OLD.component;
                END)"_s,
        };
    }
    return {
        uR"(CREATE FUNCTION lk_count_lease_usage() RETURNS trigger LANGUAGE plpgsql AS $$
            BEGIN
              -- Bulk copies (store migrate) recount once at the end instead:
              -- one row updated 100,000 times in one transaction is slow here.
              IF current_setting('leasekeeper.bulk_load', true) = 'on' THEN
                RETURN NULL;
              END IF;
              IF TG_OP = 'INSERT' THEN
                IF NEW.ended_ms IS NULL THEN
                  INSERT INTO lease_usage (component, instances, cores) VALUES (NEW.component, 1, NEW.cores)
                  ON CONFLICT (component) DO UPDATE SET instances = lease_usage.instances + 1,
                                                        cores = lease_usage.cores + excluded.cores;
                END IF;
              ELSIF OLD.ended_ms IS NULL AND (TG_OP = 'DELETE' OR NEW.ended_ms IS NOT NULL) THEN
                UPDATE lease_usage SET instances = instances - 1, cores = cores - OLD.cores
                WHERE component = OLD.component;
              END IF;
              RETURN NULL;
            END $$)"_s,
        u"CREATE TRIGGER leases_usage AFTER INSERT OR UPDATE OF ended_ms OR DELETE ON leases "
        u"FOR EACH ROW EXECUTE FUNCTION lk_count_lease_usage()"_s,
    };
}

// Stored on PostgreSQL: an index needs it, and an unchanged stored value is
// what lets an update stay in place. SQLite adds only virtual ones to an
// existing table, and its indexes keep their own copy anyway.
QString generatedKind(SqlDialect::Engine engine) {
    return engine == SqlDialect::Engine::Sqlite ? u"VIRTUAL"_s : u"STORED"_s;
}

} // namespace

QList<Migration> schemaMigrations(const SqlDialect& d) {
    return {
        {1,
         {
             uR"(CREATE TABLE leases (
                   id TEXT PRIMARY KEY,
                   component TEXT NOT NULL, instance TEXT NOT NULL, host TEXT NOT NULL,
                   ips TEXT NOT NULL, cores INTEGER NOT NULL, version TEXT NOT NULL, node TEXT NOT NULL,
                   granted_ms %1 NOT NULL, last_renewal_ms %1 NOT NULL,
                   grace_deadline_ms %1 NOT NULL,
                   ended_ms %1, end_reason TEXT, end_note TEXT))"_s.arg(d.bigInteger),
             // One live lease per instance: a second grant must replace, never add.
             u"CREATE UNIQUE INDEX leases_live_instance ON leases (component, instance) WHERE ended_ms IS NULL"_s,
             u"CREATE INDEX leases_live_deadline ON leases (grace_deadline_ms) WHERE ended_ms IS NULL"_s,
             u"CREATE INDEX leases_granted ON leases (granted_ms)"_s,
             uR"(CREATE TABLE denials (
                   id %2, at_ms %1 NOT NULL,
                   component TEXT NOT NULL, instance TEXT NOT NULL, host TEXT NOT NULL, ips TEXT NOT NULL,
                   cores INTEGER NOT NULL, version TEXT NOT NULL, node TEXT NOT NULL,
                   reason TEXT NOT NULL, message TEXT NOT NULL))"_s.arg(d.bigInteger, d.serialPrimaryKey),
             u"CREATE INDEX denials_at ON denials (at_ms)"_s,
         }},
        {2,
         {
             // Lets the usage check of every grant sum cores from the index alone.
             u"CREATE INDEX leases_live_usage ON leases (component, cores) WHERE ended_ms IS NULL"_s,
         }},
        {3,
         {
             // The registry of nodes sharing this database, and the cluster's identity.
             uR"(CREATE TABLE lk_nodes (
                   name TEXT PRIMARY KEY, address TEXT NOT NULL, role TEXT NOT NULL, version TEXT NOT NULL,
                   started_ms %1 NOT NULL, last_heartbeat_ms %1 NOT NULL))"_s.arg(d.bigInteger),
             u"INSERT INTO lk_meta (key, value) VALUES ('cluster_id', %1) ON CONFLICT (key) DO NOTHING"_s.arg(
                 d.randomId),
         }},
        {4,
         QStringList{
             // Live instances and cores per component type, so that a grant
             // reads one row instead of counting every live lease.
             u"CREATE TABLE lease_usage (component TEXT PRIMARY KEY, instances INTEGER NOT NULL, "
             u"cores %1 NOT NULL)"_s.arg(d.bigInteger),
             u"INSERT INTO lease_usage (component, instances, cores) SELECT component, COUNT(*), SUM(cores) "
             u"FROM leases WHERE ended_ms IS NULL GROUP BY component"_s,
             // The order of changes to leases, for GET /api/v1/leases?since=:
             // each write transaction takes the next number from the counter
             // and stamps it on every lease row it writes.
             u"ALTER TABLE leases ADD COLUMN change_seq %1 NOT NULL DEFAULT 0"_s.arg(d.bigInteger),
             u"CREATE TABLE lease_change_counter (seq %1 NOT NULL)"_s.arg(d.bigInteger),
             u"INSERT INTO lease_change_counter (seq) VALUES (0)"_s,
             u"CREATE INDEX leases_change_seq ON leases (change_seq)"_s,
             // Names the numbering: replacing every lease row (a store moved
             // here with --force) starts a new epoch, so readers start over.
             u"INSERT INTO lk_meta (key, value) VALUES ('lease_epoch', %1) ON CONFLICT (key) DO NOTHING"_s
                 .arg(d.randomId),
             // Served by lease_usage now; one index fewer to update per grant.
             u"DROP INDEX leases_live_usage"_s,
         } + usageTriggers(d.engine)},
        {5,
         QStringList{
             // The last durable batch of each writer (one store connection's
             // life), written in the batch's own transaction: after a lost
             // connection, it tells whether the batch's COMMIT got through.
             u"CREATE TABLE lk_batch_marks (writer TEXT PRIMARY KEY, batch %1 NOT NULL, at_ms %1 NOT NULL)"_s
                 .arg(d.bigInteger),
         }},
        {6,
         QStringList{
             // The audit trail: administrative actions, who did them and how they ended.
             uR"(CREATE TABLE audit_log (
                   id %2, at_ms %1 NOT NULL, node TEXT NOT NULL, actor TEXT NOT NULL, role TEXT NOT NULL,
                   address TEXT NOT NULL, action TEXT NOT NULL, target TEXT NOT NULL,
                   outcome TEXT NOT NULL, detail TEXT NOT NULL))"_s.arg(d.bigInteger, d.serialPrimaryKey),
             u"CREATE INDEX audit_log_at ON audit_log (at_ms)"_s,
         }},
        {7,
         QStringList{
             // Usage over time: per type and period (step_s 60, 3600 or 86400).
             uR"(CREATE TABLE usage_samples (
                   component TEXT NOT NULL, step_s INTEGER NOT NULL, at_ms %1 NOT NULL,
                   instances INTEGER NOT NULL, cores %1 NOT NULL,
                   allowed_instances INTEGER NOT NULL, allowed_cores %1 NOT NULL, denials INTEGER NOT NULL,
                   PRIMARY KEY (component, step_s, at_ms)))"_s.arg(d.bigInteger),
             u"CREATE INDEX usage_samples_range ON usage_samples (step_s, at_ms)"_s,
             // The denials of a type in a period, counted when its sample is written.
             u"CREATE INDEX denials_component_at ON denials (component, at_ms)"_s,
         }},
        {8,
         QStringList{
             // Where a component asked to be probed when it misses renewals.
             u"ALTER TABLE leases ADD COLUMN probe TEXT NOT NULL DEFAULT ''"_s,
             // The evidence of probes of overdue leases: kept in the database
             // so that a failover does not restart the count.
             u"CREATE TABLE lease_probes (lease_id TEXT NOT NULL, at_ms %1 NOT NULL, outcome TEXT NOT NULL, "
             u"detail TEXT NOT NULL)"_s.arg(d.bigInteger),
             u"CREATE INDEX lease_probes_lease ON lease_probes (lease_id, at_ms)"_s,
         }},
        {9,
         QStringList{
             // A renewal changes no indexed value, so that PostgreSQL updates
             // the row in place (a HOT update) instead of adding an entry to
             // every index of leases: the deadline and change number are
             // indexed by blocks (an hour of deadlines, 1,024 numbers), which
             // most renewals leave as they were. Queries name the block for
             // the index and the exact column for the answer.
             u"ALTER TABLE leases ADD COLUMN deadline_block %1 GENERATED ALWAYS AS (grace_deadline_ms / %2) %3"_s
                 .arg(d.bigInteger)
                 .arg(kDeadlineBlockMs)
                 .arg(generatedKind(d.engine)),
             u"ALTER TABLE leases ADD COLUMN change_block %1 GENERATED ALWAYS AS (change_seq / %2) %3"_s
                 .arg(d.bigInteger)
                 .arg(kChangeBlockSize)
                 .arg(generatedKind(d.engine)),
             u"CREATE INDEX leases_live_deadline_block ON leases (deadline_block) WHERE ended_ms IS NULL"_s,
             u"CREATE INDEX leases_change_block ON leases (change_block)"_s,
             u"DROP INDEX leases_live_deadline"_s,
             u"DROP INDEX leases_change_seq"_s,
         }},
    };
}

} // namespace lk
