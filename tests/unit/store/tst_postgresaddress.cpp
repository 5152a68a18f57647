// postgresql:// URLs: what --db accepts, and what it refuses and why.
#include "store/PostgresAddress.h"

#include <QSqlDatabase>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace lk;

class TestPostgresAddress : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void aSingleHost() {
        const auto address = PostgresAddress::parse(u"postgresql://lk@db1.example.com:5433/leasekeeper"_s);
        QVERIFY(address);
        QCOMPARE(address->user, u"lk"_s);
        QCOMPARE(address->hosts.size(), 1);
        QCOMPARE(address->hosts.first().name, u"db1.example.com"_s);
        QCOMPARE(address->hosts.first().port, quint16(5433));
        QCOMPARE(address->database, u"leasekeeper"_s);
        QCOMPARE(address->toString(), u"postgresql://lk@db1.example.com:5433/leasekeeper"_s);
    }

    void severalHostsForAnHaCluster() {
        const auto address = PostgresAddress::parse(
            u"postgres://lk@db1,db2:5433,[fd00::7]:5434/lkdb?target_session_attrs=read-write"_s);
        QVERIFY(address);
        QCOMPARE(address->hosts.size(), 3);
        QCOMPARE(address->hosts.at(0).port, quint16(5432)); // the default
        QCOMPARE(address->hosts.at(2).name, u"fd00::7"_s);
        QCOMPARE(address->options.value(u"target_session_attrs"_s), u"read-write"_s);
        QCOMPARE(address->toString(),
                 u"postgresql://lk@db1:5432,db2:5433,[fd00::7]:5434/lkdb?target_session_attrs=read-write"_s);
    }

    void theConnectionCarriesEveryHostAndPortForLibpq() {
        const auto address = PostgresAddress::parse(
            u"postgresql://lk@db1:5432,db2:5433/lkdb?target_session_attrs=read-write"_s);
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QPSQL"_s, u"configure"_s);
        address->configure(db, u"secret"_s);
        QCOMPARE(db.hostName(), u"db1,db2"_s);
        QCOMPARE(db.password(), u"secret"_s);
        const QStringList options = db.connectOptions().split(u';');
        QVERIFY(options.contains(u"port=5432,5433"_s));
        QVERIFY(options.contains(u"target_session_attrs=read-write"_s));
        QVERIFY(options.contains(u"connect_timeout=5"_s));
        db = QSqlDatabase();
        QSqlDatabase::removeDatabase(u"configure"_s);
    }

    void refusals_data() {
        QTest::addColumn<QString>("url");
        QTest::addColumn<QString>("mention");
        QTest::newRow("password in the URL")
            << u"postgresql://lk:hunter2@db1/lkdb"_s << u"--db-password-file"_s;
        QTest::newRow("no user") << u"postgresql://db1:5432/lkdb"_s << u"user is missing"_s;
        QTest::newRow("no database") << u"postgresql://lk@db1:5432"_s << u"database name"_s;
        QTest::newRow("empty database") << u"postgresql://lk@db1:5432/"_s << u"database name"_s;
        QTest::newRow("bad port") << u"postgresql://lk@db1:70000/lkdb"_s << u"70000"_s;
        QTest::newRow("empty host") << u"postgresql://lk@db1,/lkdb"_s << u"host is missing"_s;
        // Found by tests/fuzz/fuzz_postgres_address: libpq would have read two hosts.
        QTest::newRow("escaped comma in a host")
            << u"postgresql://lk@db1%2Cdb2:5433/lkdb"_s << u"holds a ','"_s;
        QTest::newRow("unclosed bracket") << u"postgresql://lk@[::1/lkdb"_s << u"'['"_s;
        QTest::newRow("unknown parameter")
            << u"postgresql://lk@db1/lkdb?password=x"_s << u"unknown parameter"_s;
        QTest::newRow("value with a space")
            << u"postgresql://lk@db1/lkdb?application_name=a%20b"_s << u"without spaces"_s;
        QTest::newRow("not postgres") << u"mysql://lk@db1/lkdb"_s << u"postgresql://"_s;
    }
    void refusals() {
        QFETCH(QString, url);
        QFETCH(QString, mention);
        const auto address = PostgresAddress::parse(url);
        QVERIFY(!address);
        QCOMPARE(address.error().code, u"bad_database_url"_s);
        QVERIFY2(address.error().message.contains(mention), qPrintable(address.error().message));
        QVERIFY(!address.error().message.contains(u"hunter2"_s));
    }
};

QTEST_GUILESS_MAIN(TestPostgresAddress)
#include "tst_postgresaddress.moc"
