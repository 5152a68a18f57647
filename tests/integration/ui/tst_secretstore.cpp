// The keychain round trip, against a real Secret Service: the test starts its
// own D-Bus session and an unlocked GNOME Keyring in a temporary home, so it
// neither needs nor touches the user's.
#include "HttpTestClient.h"
#include "ScriptedPrompts.h"
#include "TestServer.h"
#include "models/LeaseTableModel.h"
#include "pages/LeasesPage.h"
#include "secrets/SecretStore.h"
#include "window/ConsoleSession.h"
#include "window/MainWindow.h"

#include <QJsonArray>
#include <QProcess>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace lk;

class TestSecretStore : public QObject {
    Q_OBJECT

    QTemporaryDir m_home;
    QProcess m_bus;
    QProcess m_keyring;

    template <typename T> static T await(const std::function<void(std::function<void(const T&)>)>& call) {
        std::optional<T> result;
        call([&result](const T& value) { result = value; });
        if (!QTest::qWaitFor([&] { return result.has_value(); }, 10000))
            qFatal("the keychain did not answer within 10 s");
        return *result;
    }

    Status write(SecretStore& store, const QString& key, const QByteArray& secret) {
        return await<Status>([&](auto done) { store.write(key, secret, done); });
    }
    Result<std::optional<QByteArray>> read(SecretStore& store, const QString& key) {
        return await<Result<std::optional<QByteArray>>>([&](auto done) { store.read(key, done); });
    }
    Status remove(SecretStore& store, const QString& key) {
        return await<Status>([&](auto done) { store.remove(key, done); });
    }

private Q_SLOTS:
    void initTestCase() {
        QVERIFY(m_home.isValid());
        qputenv("XDG_DATA_HOME", m_home.filePath(u"data"_s).toLocal8Bit());
        qputenv("XDG_RUNTIME_DIR", m_home.path().toLocal8Bit());
        m_bus.start(u"dbus-daemon"_s, {u"--session"_s, u"--nofork"_s, u"--print-address=1"_s});
        QVERIFY2(m_bus.waitForStarted(5000), "dbus-daemon is missing: install the dbus package");
        QVERIFY(m_bus.waitForReadyRead(5000));
        const QByteArray address = m_bus.readLine().trimmed();
        QVERIFY(!address.isEmpty());
        qputenv("DBUS_SESSION_BUS_ADDRESS", address);
        m_keyring.start(u"gnome-keyring-daemon"_s,
                        {u"--foreground"_s, u"--unlock"_s, u"--components=secrets"_s});
        QVERIFY2(m_keyring.waitForStarted(5000), "gnome-keyring-daemon is missing: install gnome-keyring");
        m_keyring.write("test-keyring-password");
        m_keyring.closeWriteChannel();
    }

    void cleanupTestCase() {
        m_keyring.kill();
        m_keyring.waitForFinished(5000);
        m_bus.kill();
        m_bus.waitForFinished(5000);
    }

    void roundTrip() {
        SecretStore store;
        const QString key = u"admin-token:http://lm1.example.com:10091"_s;
        const Status written = write(store, key, QByteArray("s3cret-token\0\xff", 14));
        QVERIFY2(written, written.ok() ? "" : qPrintable(written.error().message));
        const auto back = read(store, key);
        QVERIFY(back);
        QVERIFY(back->has_value());
        QCOMPARE(**back, QByteArray("s3cret-token\0\xff", 14));
    }

    void overwriteReplaces() {
        SecretStore store;
        QVERIFY(write(store, u"db-password:pg1"_s, "first"));
        QVERIFY(write(store, u"db-password:pg1"_s, "second"));
        QCOMPARE(read(store, u"db-password:pg1"_s)->value(), QByteArray("second"));
    }

    void removedSecretsAreGone() {
        SecretStore store;
        QVERIFY(write(store, u"db-password:pg2"_s, "temporary"));
        QVERIFY(remove(store, u"db-password:pg2"_s));
        const auto gone = read(store, u"db-password:pg2"_s);
        QVERIFY(gone);
        QVERIFY(!gone->has_value());
        QVERIFY(remove(store, u"db-password:pg2"_s)); // removing twice is harmless
    }

    void theConsoleRemembersARemoteNodesToken() {
        qputenv("XDG_CONFIG_HOME", m_home.filePath(u"config"_s).toLocal8Bit());
        test::TestServer remote;
        QVERIFY(remote.start());
        test::HttpTestClient(remote.port())
            .post(u"/api/v1/leases"_s, QJsonObject{{u"component"_s, u"vdp"_s},
                                                   {u"instance"_s, u"kc:1"_s},
                                                   {u"host"_s, u"kc"_s},
                                                   {u"ips"_s, QJsonArray()},
                                                   {u"cores"_s, 2},
                                                   {u"version"_s, u"1"_s}});
        SystemClock clock;
        test::ScriptedPrompts prompts;
        ConsoleOptions options;
        options.localServer = false;
        options.connectUrl = QUrl(u"http://127.0.0.1:%1"_s.arg(remote.port()));
        options.tokenFile = remote.config.adminTokenPath;
        {
            ConsoleSession first(options, clock, prompts);
            QVERIFY(first.start());
            QTRY_COMPARE_WITH_TIMEOUT(first.window()->findChild<LeasesPage*>()->model().leaseCount(), 1,
                                      10000);
        }
        SecretStore store;
        const auto remembered = read(store, u"admin-token:"_s + options.connectUrl.toString());
        QVERIFY(remembered && remembered->has_value());
        options.tokenFile.clear(); // the second run has only the URL
        ConsoleSession second(options, clock, prompts);
        QVERIFY(second.start());
        QTRY_COMPARE_WITH_TIMEOUT(second.window()->findChild<LeasesPage*>()->model().leaseCount(), 1, 10000);
    }

    void keysAreKeptApart() {
        SecretStore store;
        QVERIFY(write(store, u"admin-token:a"_s, "aaa"));
        QVERIFY(write(store, u"admin-token:b"_s, "bbb"));
        QCOMPARE(read(store, u"admin-token:a"_s)->value(), QByteArray("aaa"));
        QCOMPARE(read(store, u"admin-token:b"_s)->value(), QByteArray("bbb"));
    }
};

QTEST_MAIN(TestSecretStore)
#include "tst_secretstore.moc"
