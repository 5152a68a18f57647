#include "store/SchemaMigrations.h"

using namespace Qt::StringLiterals;

namespace lk {

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
    };
}

} // namespace lk
