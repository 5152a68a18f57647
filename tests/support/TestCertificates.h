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

bool haveOpenssl();

// `name` names the files; the certificate is for DNS:localhost and
// IP:127.0.0.1 unless `subjectAltName` says otherwise. Empty paths on failure.
TestCertificate
makeTestCertificate(const QDir& dir, const QString& name, int days = 2,
                    const QString& subjectAltName = QStringLiteral("DNS:localhost,IP:127.0.0.1"));

} // namespace lk::test
