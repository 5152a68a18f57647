// Installing a license into the console's own License Manager, without
// widgets: a real node on SQLite, real files, grants over real HTTP.
#include "HttpTestClient.h"
#include "ManualClock.h"
#include "TestLicense.h"
#include "console/ConsoleDataDir.h"
#include "console/LicenseInstallService.h"
#include "server/LicenseServer.h"

#include <QDir>
#include <QJsonArray>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace lk;
using namespace lk::test;

class TestLicenseInstallService : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;
    ManualClock m_clock{QDateTime::currentMSecsSinceEpoch()};
    std::unique_ptr<ConsoleDataDir> m_data;
    std::unique_ptr<LicenseServer> m_server;

    static void writeFile(const QString& path, const QByteArray& bytes) {
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
        QCOMPARE(file.write(bytes), bytes.size());
    }

    bool startServer() {
        m_server = std::make_unique<LicenseServer>(m_data->serverConfig(0, QHostAddress::LocalHost), m_clock);
        return m_server->start().ok();
    }

    // A grant from a component, over HTTP, as the License Manager answers it.
    HttpResult grant(const QString& instance) {
        HttpTestClient client(m_server->port());
        return client.post(u"/api/v1/leases"_s, QJsonObject{{u"component"_s, u"vdp"_s},
                                                            {u"instance"_s, instance},
                                                            {u"host"_s, u"h"_s},
                                                            {u"ips"_s, QJsonArray{}},
                                                            {u"cores"_s, 1},
                                                            {u"version"_s, u"1"_s}});
    }

    // A key file that cannot be used, even by root: not a key at all.
    QString writeBrokenKey() {
        const QString path = QDir(m_data->trustedKeysDir()).filePath(u"broken.pub"_s);
        writeFile(path, "this is not an issuer public key\n");
        return path;
    }

private Q_SLOTS:
    void init() {
        QVERIFY(m_dir.isValid());
        const QString path = m_dir.filePath(QString::fromLatin1(QTest::currentTestFunction()));
        m_data = std::make_unique<ConsoleDataDir>(path);
        const auto created = m_data->ensureLicense(m_clock);
        QVERIFY2(created && created.value(), qPrintable(created ? QString() : created.error().message));
        QVERIFY(startServer());
    }

    void cleanup() {
        m_server.reset();
        m_data.reset();
    }

    // The defect this service was built against: the install check skipped a
    // key it could not read while the node gave up on it, so the license was
    // installed and then nothing could be granted (license_unavailable).
    void aLicenseNextToAnUnreadableKeyIsInstalledAndGrants() {
        const QString broken = writeBrokenKey();
        const QString pub = m_dir.filePath(u"acme.pub"_s);
        const QString lic = m_dir.filePath(u"acme.json"_s);
        QVERIFY(writeSignedLicense(exampleTerms(), pub, lic));
        LicenseInstallService service(*m_server, m_clock);
        QSignalSpy installed(&service, &LicenseInstallService::installed);
        // Reported by the install check and by the node's reload, the same way.
        const QRegularExpression skipped(u"trusted key skipped: .*"_s + QRegularExpression::escape(broken));
        QTest::ignoreMessage(QtWarningMsg, skipped);
        QTest::ignoreMessage(QtWarningMsg, skipped);
        const auto result = service.install(lic, pub);
        // What a component sees first (before the fix: 503 license_unavailable).
        const HttpResult granted = grant(u"after-install"_s);
        QVERIFY2(granted.status == 201, granted.body.constData());
        QVERIFY2(result, qPrintable(result ? QString() : result.error().message));
        QCOMPARE(result->licenseId, u"acme-2027"_s);
        QCOMPARE(installed.size(), 1);

        // A restart reads the same directory: the broken key is skipped again.
        QTest::ignoreMessage(QtWarningMsg, skipped);
        QVERIFY(startServer());
        const HttpResult afterRestart = grant(u"after-restart"_s);
        QVERIFY2(afterRestart.status == 201, afterRestart.body.constData());
        QCOMPARE(m_server->service().license().terms->licenseId, u"acme-2027"_s);
    }

    void aLicenseFromANewIssuerNeedsItsKey() {
        const QString pub = m_dir.filePath(u"new.pub"_s);
        const QString lic = m_dir.filePath(u"new.json"_s);
        QVERIFY(writeSignedLicense(exampleTerms(), pub, lic));
        LicenseInstallService service(*m_server, m_clock);
        QSignalSpy failed(&service, &LicenseInstallService::failed);
        const LicenseCheck withoutKey = service.check(lic);
        QVERIFY(LicenseInstallService::needsIssuerKey(withoutKey));
        const auto refused = service.install(lic);
        QVERIFY(!refused);
        QCOMPARE(refused.error().code, u"untrusted_key"_s);
        QCOMPARE(failed.size(), 1);
        QCOMPARE(failed.first().first().value<Error>().code, u"untrusted_key"_s);
        QVERIFY(service.check(lic, pub).ok());
        QVERIFY(!QFile::exists(m_data->licensePath() + u".previous"_s)); // nothing replaced
    }

    void aTamperedLicenseChangesNothing() {
        const QString pub = m_dir.filePath(u"t.pub"_s);
        const QString lic = m_dir.filePath(u"t.json"_s);
        QVERIFY(writeSignedLicense(exampleTerms(), pub, lic));
        QFile file(lic);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QByteArray bytes = file.readAll();
        file.close();
        QVERIFY(bytes.contains("\"max_total_cores\": 24"));
        bytes.replace("\"max_total_cores\": 24", "\"max_total_cores\": 2400");
        writeFile(lic, bytes);
        LicenseInstallService service(*m_server, m_clock);
        const auto refused = service.install(lic, pub);
        QVERIFY(!refused);
        QCOMPARE(refused.error().code, u"tampered"_s);
        QVERIFY(!QFile::exists(m_data->licensePath() + u".previous"_s));
        // The demo license is still served.
        QCOMPARE(grant(u"still-demo"_s).status, 201);
    }
};

QTEST_GUILESS_MAIN(TestLicenseInstallService)
#include "tst_licenseinstallservice.moc"
