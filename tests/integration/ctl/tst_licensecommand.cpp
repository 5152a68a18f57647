#include "LicenseTestData.h"
#include "ProcessRun.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>
#include <sys/stat.h>

using namespace Qt::StringLiterals;
using namespace lk::test;

// Runs the real leasekeeper-ctl binary, the way an issuer or an
// administrator would.
class tst_LicenseCommand : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void keygenIssueVerifyTamperShow();
    void keygenRefusesToOverwrite();
    void verifyRefusesUntrustedKey();
    void expiredLicenseExitsWithFour();
    void helpExitsZero_data();
    void helpExitsZero();
    void usageErrorsExitWithTwo_data();
    void usageErrorsExitWithTwo();

private:
    ProcessRun ctl(const QStringList& arguments) const { return runCtl(arguments, m_dir.path()); }
    QString path(const QString& name) const { return m_dir.filePath(name); }
    void writeFile(const QString& name, const QByteArray& content) const;
    QByteArray readFile(const QString& name) const;

    QString m_binary;
    QTemporaryDir m_dir;
};

void tst_LicenseCommand::initTestCase() {
    const QString binDir = qEnvironmentVariable("LEASEKEEPER_BIN_DIR");
    QVERIFY2(!binDir.isEmpty(), "LEASEKEEPER_BIN_DIR is not set; run this test through ctest");
    m_binary = QDir(binDir).filePath(u"leasekeeper-ctl"_s);
    QVERIFY2(QFile::exists(m_binary), qPrintable(m_binary));
    QVERIFY(m_dir.isValid());
    writeFile(u"terms.json"_s, QJsonDocument(sampleTermsJson()).toJson());
}

void tst_LicenseCommand::writeFile(const QString& name, const QByteArray& content) const {
    QFile file(path(name));
    QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    QCOMPARE(file.write(content), content.size());
}

QByteArray tst_LicenseCommand::readFile(const QString& name) const {
    QFile file(path(name));
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

void tst_LicenseCommand::keygenIssueVerifyTamperShow() {
    ProcessRun run =
        ctl({u"license"_s, u"keygen"_s, u"--private"_s, u"issuer.key"_s, u"--public"_s, u"issuer.pub"_s});
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    QVERIFY(run.out.contains(u"Generated issuer key "_s));
    struct stat info {};
    QCOMPARE(::stat(QFile::encodeName(path(u"issuer.key"_s)).constData(), &info), 0);
    QCOMPARE(info.st_mode & 0777, 0600u);
    const QString keyId =
        QJsonDocument::fromJson(readFile(u"issuer.pub"_s)).object().value(u"key_id"_s).toString();
    QCOMPARE(keyId.size(), 16);

    run = ctl({u"license"_s, u"issue"_s, u"--key"_s, u"issuer.key"_s, u"--terms"_s, u"terms.json"_s,
               u"--out"_s, u"acme.lic"_s});
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    QVERIFY(run.out.contains(u"Wrote license acme-2027"_s));
    QVERIFY(run.err.isEmpty());

    run = ctl({u"license"_s, u"verify"_s, u"--trust"_s, u"issuer.pub"_s, u"acme.lic"_s});
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    QVERIFY(run.out.contains(
        u"valid license acme-2027 for ACME Rendering Ltd, signed by trusted issuer key "_s + keyId));

    QByteArray tampered = readFile(u"acme.lic"_s);
    QVERIFY(tampered.contains("\"max_instances\": 10"));
    tampered.replace("\"max_instances\": 10", "\"max_instances\": 1000");
    writeFile(u"tampered.lic"_s, tampered);
    run = ctl({u"license"_s, u"verify"_s, u"--trust"_s, u"issuer.pub"_s, u"tampered.lic"_s});
    QCOMPARE(run.exitCode, 3);
    QVERIFY2(run.err.contains(u"(tampered)"_s) && run.err.contains(u"modified after signing"_s),
             qPrintable(run.err));
    QVERIFY(run.out.isEmpty());

    run = ctl({u"license"_s, u"show"_s, u"acme.lic"_s});
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    for (const QString& expected :
         {u"License id:           acme-2027"_s, u"Licensee:             ACME Rendering Ltd"_s,
          u"Expires:              2027-12-31 23:59:59 UTC"_s,
          u"Grace period:         432000 s (5 d), default"_s, u"Max license managers: 2"_s,
          u"max 10 instances"_s, QString(u"Key id:               "_s + keyId),
          u"Signature:            present"_s})
        QVERIFY2(run.out.contains(expected), qPrintable(run.out));

    run = ctl({u"license"_s, u"show"_s, u"--json"_s, u"acme.lic"_s});
    QCOMPARE(run.exitCode, 0);
    QCOMPARE(QJsonDocument::fromJson(run.out.toUtf8()).object(), sampleTermsJson());
}

void tst_LicenseCommand::keygenRefusesToOverwrite() {
    const QStringList keygen = {u"license"_s,  u"keygen"_s,   u"--private"_s,
                                u"keep.key"_s, u"--public"_s, u"keep.pub"_s};
    QCOMPARE(ctl(keygen).exitCode, 0);
    const QByteArray original = readFile(u"keep.key"_s);
    const ProcessRun refused = ctl(keygen);
    QCOMPARE(refused.exitCode, 1);
    QVERIFY(refused.err.contains(u"pass --force"_s));
    QCOMPARE(readFile(u"keep.key"_s), original);
    QCOMPARE(ctl(keygen + QStringList{u"--force"_s}).exitCode, 0);
    QVERIFY(readFile(u"keep.key"_s) != original);
}

void tst_LicenseCommand::verifyRefusesUntrustedKey() {
    QCOMPARE(ctl({u"license"_s, u"keygen"_s, u"--private"_s, u"a.key"_s, u"--public"_s, u"a.pub"_s}).exitCode,
             0);
    QCOMPARE(ctl({u"license"_s, u"keygen"_s, u"--private"_s, u"b.key"_s, u"--public"_s, u"b.pub"_s}).exitCode,
             0);
    QCOMPARE(ctl({u"license"_s, u"issue"_s, u"--key"_s, u"a.key"_s, u"--terms"_s, u"terms.json"_s, u"--out"_s,
                  u"a.lic"_s})
                 .exitCode,
             0);
    ProcessRun run = ctl({u"license"_s, u"verify"_s, u"--trust"_s, u"b.pub"_s, u"a.lic"_s});
    QCOMPARE(run.exitCode, 3);
    QVERIFY2(run.err.contains(u"(untrusted_key)"_s) && run.err.contains(u"add its public key with --trust"_s),
             qPrintable(run.err));
    run = ctl({u"license"_s, u"verify"_s, u"--trust"_s, u"b.pub"_s, u"--trust"_s, u"a.pub"_s, u"a.lic"_s});
    QCOMPARE(run.exitCode, 0);
    // A private key is not a trust anchor; servers should never hold one.
    run = ctl({u"license"_s, u"verify"_s, u"--trust"_s, u"a.key"_s, u"a.lic"_s});
    QCOMPARE(run.exitCode, 1);
    QVERIFY(run.err.contains(u"PRIVATE key"_s));
}

void tst_LicenseCommand::expiredLicenseExitsWithFour() {
    QCOMPARE(
        ctl({u"license"_s, u"keygen"_s, u"--private"_s, u"old.key"_s, u"--public"_s, u"old.pub"_s}).exitCode,
        0);
    writeFile(u"old.json"_s,
              QJsonDocument(withField(sampleTermsJson(), u"expires"_s, u"2001-01-31T12:00:00Z"_s)).toJson());
    ProcessRun run = ctl({u"license"_s, u"issue"_s, u"--key"_s, u"old.key"_s, u"--terms"_s, u"old.json"_s,
                          u"--out"_s, u"old.lic"_s});
    QCOMPARE(run.exitCode, 0);
    QVERIFY2(run.err.contains(u"warning: license acme-2027 expired on 2001-01-31 12:00:00 UTC"_s),
             qPrintable(run.err));
    run = ctl({u"license"_s, u"verify"_s, u"--trust"_s, u"old.pub"_s, u"old.lic"_s});
    QCOMPARE(run.exitCode, 4);
    QVERIFY2(run.err.contains(u"(expired): license acme-2027 expired on 2001-01-31 12:00:00 UTC"_s),
             qPrintable(run.err));
}

void tst_LicenseCommand::helpExitsZero_data() {
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("usage");
    QTest::newRow("top") << QStringList{u"--help"_s} << u"Usage: leasekeeper-ctl [--help]"_s;
    QTest::newRow("license") << QStringList{u"license"_s, u"--help"_s}
                             << u"Usage: leasekeeper-ctl license ACTION"_s;
    QTest::newRow("verify") << QStringList{u"license"_s, u"verify"_s, u"-h"_s}
                            << u"Usage: leasekeeper-ctl license verify --trust PUBLIC"_s;
    QTest::newRow("keygen") << QStringList{u"license"_s, u"keygen"_s, u"--help"_s}
                            << u"Usage: leasekeeper-ctl license keygen --private FILE"_s;
}

void tst_LicenseCommand::helpExitsZero() {
    QFETCH(QStringList, arguments);
    QFETCH(QString, usage);
    const ProcessRun run = ctl(arguments);
    QCOMPARE(run.exitCode, 0);
    QVERIFY2(run.out.startsWith(usage), qPrintable(run.out));
}

void tst_LicenseCommand::usageErrorsExitWithTwo_data() {
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("message");
    QTest::newRow("nothing") << QStringList{} << u"missing command"_s;
    QTest::newRow("unknown command") << QStringList{u"frobnicate"_s} << u"unknown command 'frobnicate'"_s;
    QTest::newRow("unknown option") << QStringList{u"--frobnicate"_s} << u"frobnicate"_s;
    QTest::newRow("no action") << QStringList{u"license"_s} << u"missing action"_s;
    QTest::newRow("unknown action") << QStringList{u"license"_s, u"sign"_s} << u"unknown action 'sign'"_s;
    QTest::newRow("verify without trust")
        << QStringList{u"license"_s, u"verify"_s, u"x.lic"_s} << u"--trust"_s;
    QTest::newRow("verify two licenses")
        << QStringList{u"license"_s, u"verify"_s, u"--trust"_s, u"p"_s, u"a"_s, u"b"_s}
        << u"exactly one LICENSE"_s;
    QTest::newRow("keygen without public")
        << QStringList{u"license"_s, u"keygen"_s, u"--private"_s, u"k"_s} << u"--public FILE"_s;
    QTest::newRow("issue without out")
        << QStringList{u"license"_s, u"issue"_s, u"--key"_s, u"k"_s, u"--terms"_s, u"t"_s} << u"--out"_s;
    QTest::newRow("show without file") << QStringList{u"license"_s, u"show"_s} << u"exactly one LICENSE"_s;
}

void tst_LicenseCommand::usageErrorsExitWithTwo() {
    QFETCH(QStringList, arguments);
    QFETCH(QString, message);
    const ProcessRun run = ctl(arguments);
    QCOMPARE(run.exitCode, 2);
    QVERIFY2(run.err.contains(message), qPrintable(run.err));
    QVERIFY2(run.err.contains(u"Usage: leasekeeper-ctl"_s), qPrintable(run.err));
}

QTEST_GUILESS_MAIN(tst_LicenseCommand)
#include "tst_licensecommand.moc"
