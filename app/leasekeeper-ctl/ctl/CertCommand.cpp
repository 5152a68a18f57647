#include "ctl/CertCommand.h"

#include "ctl/CtlExit.h"
#include "ctl/CtlParser.h"
#include "tls/CertificateFingerprint.h"
#include "tls/SelfSignedCertificate.h"

#include <QSslCertificate>

using namespace Qt::StringLiterals;

namespace lk {

int CertCommand::run(const QStringList& arguments, QTextStream& out, QTextStream& err) {
    CtlParser cli(tr("cert self-signed [OPTIONS...]"),
                  tr("Make TLS certificates for License Managers.\n\nActions:\n"
                     "  self-signed    an EC P-256 key and a self-signed certificate, in PEM"));
    cli.stopAtFirstPositional();
    if (const auto done = cli.parse(arguments, out, err))
        return *done;
    const QStringList rest = cli.parser().positionalArguments();
    if (rest.isEmpty())
        return cli.usageError(tr("missing action"), err);
    if (rest.first() != u"self-signed"_s)
        return cli.usageError(tr("unknown action '%1'").arg(rest.first()), err);
    return selfSigned(rest, out, err);
}

int CertCommand::selfSigned(const QStringList& arguments, QTextStream& out, QTextStream& err) {
    CtlParser cli(
        tr("cert self-signed --cn NAME [--san DNS:host|IP:addr ...] [--days N] --cert FILE --key FILE "
           "[--force]"),
        tr("Write an EC P-256 private key (mode 0600) and a self-signed certificate for it, and print "
           "the certificate's SHA-256 fingerprint. Give the certificate to the server (--tls-cert, "
           "--tls-key) and to clients as their --ca file, or let clients pin the fingerprint "
           "(--pin-sha256)."));
    const QList<QCommandLineOption> options{
        {u"cn"_s, tr("Common name, e.g. lm1.example.com."), u"NAME"_s},
        {u"san"_s,
         tr("A name clients use to reach the server: DNS:host or IP:address; repeat for more (default "
            "DNS:<cn>)."),
         u"NAME"_s},
        {u"days"_s, tr("Validity in days (default 365, at most %1).").arg(SelfSignedCertificate::kMaxDays),
         u"N"_s},
        {u"cert"_s, tr("Certificate file to write (PEM)."), u"FILE"_s},
        {u"key"_s, tr("Private key file to write (PEM, mode 0600)."), u"FILE"_s},
        {u"force"_s, tr("Replace existing files.")},
    };
    for (const QCommandLineOption& option : options)
        cli.addOption(option);
    if (const auto done = cli.parse(arguments, out, err))
        return *done;
    const QCommandLineParser& p = cli.parser();
    if (!p.isSet(u"cn"_s) || !p.isSet(u"cert"_s) || !p.isSet(u"key"_s))
        return cli.usageError(tr("--cn, --cert and --key are required"), err);
    if (!p.positionalArguments().value(1).isEmpty())
        return cli.usageError(tr("unexpected argument '%1'").arg(p.positionalArguments().value(1)), err);

    SelfSignedCertificate::Request request;
    request.commonName = p.value(u"cn"_s);
    request.subjectAltNames = p.values(u"san"_s);
    if (p.isSet(u"days"_s)) {
        bool ok = false;
        request.days = p.value(u"days"_s).toInt(&ok);
        if (!ok)
            request.days = 0;
    }
    const auto pem = SelfSignedCertificate::generate(request);
    if (!pem) {
        if (pem.error().code == u"usage"_s)
            return cli.usageError(pem.error().message, err);
        err << CtlParser::kProgram << ": " << pem.error().message << '\n';
        return CtlExit::Failure;
    }
    const QString certPath = p.value(u"cert"_s);
    const QString keyPath = p.value(u"key"_s);
    if (auto written = SelfSignedCertificate::write(pem.value(), certPath, keyPath, p.isSet(u"force"_s));
        !written) {
        if (written.error().code == u"usage"_s)
            return cli.usageError(written.error().message, err);
        err << CtlParser::kProgram << ": " << written.error().message << '\n';
        return CtlExit::Failure;
    }
    const QSslCertificate certificate(pem->certificate, QSsl::Pem);
    const QString fingerprint = CertificateFingerprint::formatSha256(certificate);
    out << tr("Wrote the certificate %1 (CN=%2, %3, valid until %4)\nand its private key %5 (mode 0600).\n")
               .arg(certPath, certificate.subjectInfo(QSslCertificate::CommonName).value(0),
                    certificate.subjectAlternativeNames().isEmpty()
                        ? QString()
                        : QStringList(certificate.subjectAlternativeNames().values()).join(u", "_s),
                    certificate.expiryDate().toUTC().toString(u"yyyy-MM-dd HH:mm 'UTC'"_s), keyPath)
        << tr("SHA-256 fingerprint: %1\n").arg(fingerprint)
        << tr("Server: --tls-cert %1 --tls-key %2\nClients: --ca %1, or --pin-sha256 %3\n")
               .arg(certPath, keyPath, fingerprint);
    return CtlExit::Ok;
}

} // namespace lk
