// The one loader of trusted issuer keys: a key file that cannot be used is
// reported with its name and reason and skipped; the others still count.
#include "TestLicense.h"
#include "license/TrustedKeys.h"

#include <QDir>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace lk;
using namespace lk::test;

class TestTrustedKeys : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void unusableKeysAreReportedAndSkipped() {
        QTemporaryDir dir;
        const QString good = dir.filePath(u"good.pub"_s);
        const QString license = dir.filePath(u"license.json"_s);
        QVERIFY(writeSignedLicense(exampleTerms(), good, license));
        const QString malformed = dir.filePath(u"malformed.pub"_s);
        QFile file(malformed);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("{\"not\": \"a key\"}");
        file.close();
        const QString directory = dir.filePath(u"directory.pub"_s); // unreadable even for root
        QVERIFY(QDir().mkpath(directory));
        const QString missing = dir.filePath(u"missing.pub"_s);

        const QStringList bad{malformed, directory, missing};
        for (const QString& path : bad)
            QTest::ignoreMessage(QtWarningMsg, QRegularExpression(u"trusted key skipped: .*"_s +
                                                                  QRegularExpression::escape(path)));
        const TrustedKeys trusted = TrustedKeys::load({malformed, directory, good, missing});
        QCOMPARE(trusted.keys().size(), 1);
        QCOMPARE(trusted.skipped().size(), 3);
        for (int i = 0; i < bad.size(); ++i)
            QVERIFY2(trusted.skipped().at(i).message.contains(bad.at(i)),
                     qPrintable(trusted.skipped().at(i).message));
        QVERIFY(trusted.skipped().at(1).message.contains(u"directory"_s));
        QVERIFY(trusted.skipped().at(2).message.contains(u"does not exist"_s));
        QVERIFY(trusted.verifier().verifyFile(license, QDateTime::currentMSecsSinceEpoch()).ok());
    }

    void noPathsTrustNothing() {
        const TrustedKeys trusted = TrustedKeys::load({});
        QVERIFY(trusted.keys().isEmpty());
        QVERIFY(trusted.skipped().isEmpty());
        QVERIFY(trusted.verifier().trustedKeys().isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestTrustedKeys)
#include "tst_trustedkeys.moc"
