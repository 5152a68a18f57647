#pragma once

#include <QDir>
#include <QProcess>
#include <QStandardPaths>
#include <QString>

namespace lk::test {

// Self-signed EC P-256 certificates for TLS tests, made with the openssl
// command line in a directory the test owns.
struct TestCertificate {
    QString certificate;
    QString key;
};

inline bool haveOpenssl() {
    return !QStandardPaths::findExecutable(QStringLiteral("openssl")).isEmpty();
}

// `name` names the files; the certificate is for DNS:localhost and
// IP:127.0.0.1 unless `subjectAltName` says otherwise. Empty paths on failure.
inline TestCertificate
makeTestCertificate(const QDir& dir, const QString& name, int days = 2,
                    const QString& subjectAltName = QStringLiteral("DNS:localhost,IP:127.0.0.1")) {
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
