// Admin token checks: the scheme is case-insensitive, the token is not, and
// near misses are refused.
#include "server/AdminToken.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace lk;

class TestAdminToken : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void checksTheHeader_data() {
        QTest::addColumn<QByteArray>("header");
        QTest::addColumn<bool>("accepted");
        QTest::newRow("exact") << QByteArray("Bearer secret-token-1234567890") << true;
        QTest::newRow("lower-case scheme") << QByteArray("bearer secret-token-1234567890") << true;
        QTest::newRow("upper-case scheme") << QByteArray("BEARER secret-token-1234567890") << true;
        QTest::newRow("wrong case token") << QByteArray("Bearer SECRET-token-1234567890") << false;
        QTest::newRow("prefix only") << QByteArray("Bearer secret-token") << false;
        QTest::newRow("longer") << QByteArray("Bearer secret-token-1234567890x") << false;
        QTest::newRow("basic") << QByteArray("Basic secret-token-1234567890") << false;
        QTest::newRow("empty") << QByteArray() << false;
        QTest::newRow("scheme only") << QByteArray("Bearer ") << false;
    }

    void checksTheHeader() {
        QFETCH(QByteArray, header);
        QFETCH(bool, accepted);
        const AdminToken token = AdminToken::fromSecret("secret-token-1234567890");
        QCOMPARE(token.accepts(header), accepted);
    }

    void unconfiguredAcceptsNothing() { QVERIFY(!AdminToken().accepts("Bearer anything-at-all-here")); }

    void tooShortATokenFileIsRefused() {
        QTemporaryDir dir;
        QFile file(dir.filePath(u"short.token"_s));
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("abc\n");
        file.close();
        const auto token = AdminToken::fromFile(file.fileName(), false);
        QVERIFY(!token);
        QVERIFY(token.error().message.contains(u"16"_s));
    }
};

QTEST_APPLESS_MAIN(TestAdminToken)
#include "tst_admintoken.moc"
