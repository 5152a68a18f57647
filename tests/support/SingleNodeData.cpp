#include "SingleNodeData.h"

#include "lease/LeaseEngine.h"
#include "store/SqliteStore.h"

#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace lk::test {

namespace {

// Through the engine, as the node writes them: the license allows three
// instances, so the fourth grant is the first denial.
bool grantAndRelease(const QString& path, const Clock& clock) {
    SqliteStore store(path, clock);
    if (!store.open())
        return false;
    LicenseTerms terms;
    terms.licenseId = u"acme"_s;
    terms.expiresMs = clock.nowMs() + 86400000;
    terms.components = {{u"vdp"_s, {3, 8, 100}}};
    const LeaseEngine engine(u"lm-single"_s);
    QStringList ids;
    (void)store.runBatch({[&](StoreTransaction& tx) {
        for (const QString& instance : {u"a"_s, u"b"_s, u"c"_s, u"d"_s}) {
            auto outcome = engine.grant(tx, terms, LeaseRequest{u"vdp"_s, instance, u"h"_s, {}, 2, u"1"_s});
            if (outcome && std::holds_alternative<Lease>(outcome.value()))
                ids << std::get<Lease>(outcome.value()).id;
        }
        return Status(engine.release(tx, ids.first()).ok() ? Status() : makeError(u"t"_s, u"release"_s));
    }});
    return ids.size() == 3;
}

// Many denials are written directly: through the engine they would take
// a grant each.
bool addDenials(const QString& path, int count) {
    const QString connection = u"seed-"_s + path;
    bool seeded = false;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, connection);
        db.setDatabaseName(path);
        if (db.open()) {
            QSqlQuery seed(db);
            seeded = seed.exec(
                u"WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < %1) "
                "INSERT INTO denials (at_ms, component, instance, host, ips, cores, version, node, reason, "
                "message) SELECT i, 'vdp', 'x' || i, 'h', '', 1, '1', 'lm-single', 'limit', 'full' FROM n"_s
                    .arg(count));
            if (!seeded)
                qWarning("seeding denials: %s", qPrintable(seed.lastError().text()));
        }
    }
    QSqlDatabase::removeDatabase(connection);
    return seeded;
}

} // namespace

QString writeSingleNodeData(const QString& path, const Clock& clock, int denials) {
    if (!grantAndRelease(path, clock))
        return {};
    if (denials > 1 && !addDenials(path, denials - 1))
        return {};
    return path;
}

} // namespace lk::test
