#include "PgTestDatabase.h"

#include <QAtomicInteger>
#include <QCoreApplication>
#include <QFile>
#include <QRandomGenerator>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>

namespace lk::test {

namespace {

QString readLine(const QString& path) {
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? QString::fromUtf8(file.readLine()).trimmed() : QString();
}

} // namespace

PgTestDatabase::PgTestDatabase() {
    const QString state = qEnvironmentVariable("LEASEKEEPER_TEST_PG_DIR");
    if (state.isEmpty()) {
        error = QStringLiteral("LEASEKEEPER_TEST_PG_DIR is not set: run this test through ctest, whose "
                               "postgres fixture starts a PostgreSQL cluster");
        return;
    }
    port = readLine(state + QStringLiteral("/port")).toUShort();
    password = readLine(state + QStringLiteral("/password"));
    if (port == 0 || password.isEmpty()) {
        error = QStringLiteral("no PostgreSQL test cluster in %1; did the postgres fixture fail?").arg(state);
        return;
    }
    static QAtomicInteger<int> counter;
    name = QStringLiteral("lk_%1_%2_%3")
               .arg(QCoreApplication::applicationPid())
               .arg(counter.fetchAndAddRelaxed(1))
               .arg(QRandomGenerator::global()->bounded(1000000));
    if (!admin(QStringLiteral("CREATE DATABASE %1").arg(name))) {
        error = lastError;
        return;
    }
    address.user = QStringLiteral("leasekeeper");
    address.hosts = {{QStringLiteral("127.0.0.1"), port}};
    address.database = name;
}

PgTestDatabase::~PgTestDatabase() {
    if (!name.isEmpty() && error.isEmpty())
        admin(QStringLiteral("DROP DATABASE IF EXISTS %1 WITH (FORCE)").arg(name));
}

bool PgTestDatabase::run(const QString& database, const QString& sql) {
    const QString connection = QStringLiteral("pgtest-%1-%2").arg(name, database);
    bool done = false;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), connection);
        db.setHostName(QStringLiteral("127.0.0.1"));
        db.setPort(port);
        db.setUserName(QStringLiteral("leasekeeper"));
        db.setPassword(password);
        db.setDatabaseName(database);
        if (!db.open()) {
            lastError = db.lastError().text();
        } else {
            QSqlQuery query(db);
            done = query.exec(sql);
            if (!done)
                lastError = query.lastError().text();
        }
    }
    QSqlDatabase::removeDatabase(connection);
    return done;
}

} // namespace lk::test
