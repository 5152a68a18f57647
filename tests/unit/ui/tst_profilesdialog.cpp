// File > Connection profiles, driven through its real widgets.
#include "ScriptedPrompts.h"
#include "TestFiles.h"
#include "console/ProfileStore.h"
#include "secrets/SecretStore.h"
#include "tls/CertificateFingerprint.h"
#include "tls/SelfSignedCertificate.h"
#include "window/ProfilesDialog.h"

#include <QFile>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace lk;
using namespace lk::test;

class TestProfilesDialog : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;
    ScriptedPrompts m_prompts;

    static void fill(ProfilesDialog& dialog, const QString& name, const QString& service,
                     const QString& nodes) {
        dialog.findChild<QLineEdit*>(u"profileName"_s)->setText(name);
        dialog.findChild<QLineEdit*>(u"serviceUrl"_s)->setText(service);
        dialog.findChild<QPlainTextEdit*>(u"nodeUrls"_s)->setPlainText(nodes);
    }

private Q_SLOTS:
    void initTestCase() {
        // Never the user's keychain: storing a token must fail here, visibly.
        qputenv("DBUS_SESSION_BUS_ADDRESS", "unix:path=/nonexistent/leasekeeper-test-bus");
    }
    void init() { m_prompts = ScriptedPrompts(); }

    void aNewPairIsSavedToTheProfileFile() {
        const QString dir = m_dir.filePath(u"save"_s);
        SecretStore secrets;
        ProfilesDialog dialog(dir, secrets, m_prompts);
        fill(dialog, u"Production"_s, u"http://lm-vip:10091/"_s, u"http://lm1:10091\n\nhttp://lm2:10091\n"_s);
        QVERIFY2(dialog.saveCurrent(), qPrintable(dialog.message()));
        const auto saved = ProfileStore(dir).find(u"Production"_s);
        QVERIFY(saved);
        QCOMPARE(saved->serviceUrl, QUrl(u"http://lm-vip:10091"_s));
        QCOMPARE(saved->nodeUrls.size(), 2);
        QCOMPARE(dialog.findChild<QListWidget*>(u"profileList"_s)->count(), 1);
    }

    void anHttpsPairKeepsItsCaFileAndPins() {
        const QString dir = m_dir.filePath(u"tls"_s);
        const auto pem = SelfSignedCertificate::generate({u"lm1"_s, {}, 1});
        QVERIFY(pem);
        const QString ca = m_dir.filePath(u"ca.pem"_s);
        QVERIFY(writeTestFile(ca, pem->certificate));
        const QString pin = CertificateFingerprint::formatSha256(QSslCertificate(pem->certificate));
        SecretStore secrets;
        ProfilesDialog dialog(dir, secrets, m_prompts);
        fill(dialog, u"Secure"_s, u"https://lm-vip:10091"_s, u"https://lm1:10091"_s);
        dialog.findChild<QLineEdit*>(u"caFile"_s)->setText(m_dir.filePath(u"missing.pem"_s));
        QVERIFY(!dialog.saveCurrent());
        QVERIFY2(dialog.message().startsWith(u"the CA file"_s), qPrintable(dialog.message()));
        dialog.findChild<QLineEdit*>(u"caFile"_s)->setText(ca);
        dialog.findChild<QLineEdit*>(u"pinsSha256"_s)->setText(u"nope"_s);
        QVERIFY(!dialog.saveCurrent());
        QVERIFY2(dialog.message().contains(u"SHA-256"_s), qPrintable(dialog.message()));
        dialog.findChild<QLineEdit*>(u"pinsSha256"_s)->setText(pin + u", "_s + pin.toLower());
        QVERIFY2(dialog.saveCurrent(), qPrintable(dialog.message()));
        const auto saved = ProfileStore(dir).find(u"Secure"_s);
        QVERIFY(saved);
        QCOMPARE(saved->caFile, ca);
        QCOMPARE(saved->pinsSha256, (QStringList{pin, pin.toLower()}));

        ProfilesDialog again(dir, secrets, m_prompts);
        QCOMPARE(again.findChild<QLineEdit*>(u"caFile"_s)->text(), ca);
        QVERIFY(again.saveCurrent()); // saving again keeps them
        QCOMPARE(ProfileStore(dir).find(u"Secure"_s)->pinsSha256.size(), 2);
    }

    void aBadAddressIsShownAndNothingIsSaved() {
        const QString dir = m_dir.filePath(u"bad"_s);
        SecretStore secrets;
        ProfilesDialog dialog(dir, secrets, m_prompts);
        fill(dialog, u"Production"_s, u"http://lm-vip:10091"_s, u"lm1:10091"_s);
        QVERIFY(!dialog.saveCurrent());
        QVERIFY2(dialog.message().startsWith(u"Nodes:"_s), qPrintable(dialog.message()));
        QVERIFY(ProfileStore(dir).load()->isEmpty());
    }

    void editingRenamesInPlace() {
        const QString dir = m_dir.filePath(u"edit"_s);
        SecretStore secrets;
        ProfilesDialog dialog(dir, secrets, m_prompts);
        fill(dialog, u"Old"_s, u"http://lm-vip:10091"_s, QString());
        QVERIFY(dialog.saveCurrent());
        fill(dialog, u"New"_s, u"http://lm-vip:10092"_s, QString());
        QVERIFY(dialog.saveCurrent());
        const auto profiles = ProfileStore(dir).load();
        QCOMPARE(profiles->size(), 1);
        QCOMPARE(profiles->first().name, u"New"_s);
    }

    void deletingAsksFirst() {
        const QString dir = m_dir.filePath(u"delete"_s);
        SecretStore secrets;
        ProfilesDialog dialog(dir, secrets, m_prompts);
        fill(dialog, u"Production"_s, u"http://lm-vip:10091"_s, QString());
        QVERIFY(dialog.saveCurrent());
        m_prompts.confirmAnswer = false;
        QVERIFY(!dialog.deleteCurrent());
        QCOMPARE(ProfileStore(dir).load()->size(), 1);
        m_prompts.confirmAnswer = true;
        QVERIFY(dialog.deleteCurrent());
        QVERIFY(ProfileStore(dir).load()->isEmpty());
        QVERIFY(m_prompts.asked.last().contains(u"Production"_s));
    }

    void aDamagedFileIsNeverOverwritten() {
        const QString dir = m_dir.filePath(u"damaged"_s);
        QDir().mkpath(dir);
        QFile file(ProfileStore(dir).path());
        QVERIFY(writeTestFile(file.fileName(), "not json"));
        SecretStore secrets;
        ProfilesDialog dialog(dir, secrets, m_prompts);
        QVERIFY(dialog.message().contains(u"not a LeaseKeeper profile file"_s));
        fill(dialog, u"Production"_s, u"http://lm-vip:10091"_s, QString());
        QVERIFY(!dialog.saveCurrent());
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(file.readAll(), QByteArray("not json"));
    }

    void openingSavesAndAsksForAWindow() {
        const QString dir = m_dir.filePath(u"open"_s);
        SecretStore secrets;
        ProfilesDialog dialog(dir, secrets, m_prompts);
        QSignalSpy open(&dialog, &ProfilesDialog::openRequested);
        fill(dialog, u"Production"_s, u"http://lm-vip:10091"_s, QString());
        dialog.openCurrent();
        QCOMPARE(open.size(), 1);
        QCOMPARE(open.first().first().toString(), u"Production"_s);
        QVERIFY(ProfileStore(dir).find(u"Production"_s));
    }

    void aTokenTheKeychainRefusesIsReported() {
        SecretStore secrets;
        ProfilesDialog dialog(m_dir.filePath(u"token"_s), secrets, m_prompts);
        fill(dialog, u"Production"_s, u"http://lm-vip:10091"_s, QString());
        dialog.findChild<QLineEdit*>(u"adminToken"_s)->setText(u"secret-token"_s);
        QVERIFY(dialog.saveCurrent());
        QVERIFY(dialog.findChild<QLineEdit*>(u"adminToken"_s)->text().isEmpty());
        QTRY_VERIFY_WITH_TIMEOUT(dialog.message().contains(u"admin token is not"_s), 10000);
    }
};

QTEST_MAIN(TestProfilesDialog)
#include "tst_profilesdialog.moc"
