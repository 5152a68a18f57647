#pragma once

#include "store/PostgresAddress.h"

#include <QAtomicInteger>
#include <QCoreApplication>
#include <QFile>
#include <QRandomGenerator>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QString>

namespace lk::test {

// A fresh database of its own on the test cluster that ctest's "postgres"
// fixture starts (scripts/pg-test-cluster.sh), dropped again at the end, so
// that tests can run in parallel. Connects with a password, as nodes do.
class PgTestDatabase {
public:
    PgTestDatabase();
    ~PgTestDatabase();

    bool ok() const { return error.isEmpty(); }
    QString url() const { return address.toString(); }
    // Runs one statement as the test role on this database (inspection, sabotage).
    bool exec(const QString& sql) { return run(name, sql); }

    PostgresAddress address;
    QString password;
    QString name;
    quint16 port = 0;
    QString error;     // why the database could not be made
    QString lastError; // of the last statement

private:
    bool admin(const QString& sql) { return run(QStringLiteral("postgres"), sql); }
    bool run(const QString& database, const QString& sql);
};

} // namespace lk::test
