// Admin token checks: the scheme is case-insensitive, the token is not, and
// near misses are refused.
#include "TestFiles.h"
#include "server/AdminToken.h"
#include "util/AdminTokenFile.h"

#include <QDir>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace lk;
using namespace lk::test;

class TestAdminToken : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void unconfiguredAcceptsNothing() { QVERIFY(!AdminToken().accepts("Bearer anything-at-all-here")); }

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

    void tooShortATokenFileIsRefused() {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"short.token"_s);
        QVERIFY(writeTestFile(path, "abc\n"));
        const auto token = AdminToken::fromFile(path, false);
        QVERIFY(!token);
        QVERIFY(token.error().message.contains(u"16"_s));
    }

    // Every reader of the token (server, leasekeeper-ctl, console) gets the
    // same refusal, naming the file and never what is in it.
    void aTokenFileThatCannotBeUsedIsNamedInTheError_data() {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QByteArray>("content");
        QTest::addColumn<QString>("expected");
        QTest::newRow("missing") << u"missing.token"_s << QByteArray()
                                 << u"cannot read the admin token file"_s;
        QTest::newRow("unreadable (a folder)") << u"folder.token"_s << QByteArray() << u"cannot read"_s;
        QTest::newRow("empty") << u"empty.token"_s << QByteArray("") << u"must be 16 to 4096 characters"_s;
        QTest::newRow("white space only")
            << u"blank.token"_s << QByteArray(" \n\t\n") << u"must be 16 to 4096 characters"_s;
    }

    void aTokenFileThatCannotBeUsedIsNamedInTheError() {
        QFETCH(QString, name);
        QFETCH(QByteArray, content);
        QFETCH(QString, expected);
        QTemporaryDir dir;
        const QString path = dir.filePath(name);
        if (name.startsWith(u"folder"_s)) {
            QVERIFY(QDir().mkdir(path));
        } else if (!name.startsWith(u"missing"_s)) {
            QVERIFY(writeTestFile(path, content));
        }
        const auto token = readAdminToken(path);
        QVERIFY(!token);
        QCOMPARE(token.error().code, u"admin_token"_s);
        QVERIFY2(token.error().message.contains(expected), qPrintable(token.error().message));
        QVERIFY2(token.error().message.contains(path), qPrintable(token.error().message));
        const auto server = AdminToken::fromFile(path, false);
        QVERIFY(!server);
        QCOMPARE(server.error().message, token.error().message);
    }

    void aTokenIsReadWithoutSurroundingWhiteSpace() {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"good.token"_s);
        QVERIFY(writeTestFile(path, "  secret-token-1234567890\n"));
        const auto token = readAdminToken(path);
        QVERIFY(token);
        QCOMPARE(token.value(), QByteArray("secret-token-1234567890"));
    }
};

QTEST_APPLESS_MAIN(TestAdminToken)
#include "tst_admintoken.moc"
