#include "TestCertificates.h"

#include <QProcess>
#include <QStandardPaths>

namespace lk::test {

bool haveOpenssl() {
    return !QStandardPaths::findExecutable(QStringLiteral("openssl")).isEmpty();
}

TestCertificate makeTestCertificate(const QDir& dir, const QString& name, int days,
                                    const QString& subjectAltName) {
    TestCertificate made{dir.filePath(name + QStringLiteral(".crt")),
                         dir.filePath(name + QStringLiteral(".key"))};
    QProcess openssl;
    openssl.setProcessChannelMode(QProcess::MergedChannels);
    openssl.start(QStringLiteral("openssl"),
                  {QStringLiteral("req"), QStringLiteral("-x509"), QStringLiteral("-newkey"),
                   QStringLiteral("ec"), QStringLiteral("-pkeyopt"),
                   QStringLiteral("ec_paramgen_curve:P-256"), QStringLiteral("-nodes"),
                   QStringLiteral("-days"), QString::number(days), QStringLiteral("-subj"),
                   QStringLiteral("/CN=localhost"), QStringLiteral("-addext"),
                   QStringLiteral("subjectAltName=") + subjectAltName, QStringLiteral("-keyout"), made.key,
                   QStringLiteral("-out"), made.certificate});
    if (!openssl.waitForFinished(20000) || openssl.exitCode() != 0) {
        qWarning("openssl failed: %s", openssl.readAll().constData());
        return {};
    }
    return made;
}

} // namespace lk::test
