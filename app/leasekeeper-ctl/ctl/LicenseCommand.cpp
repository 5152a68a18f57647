#include "ctl/LicenseCommand.h"

#include "ctl/CtlExit.h"
#include "ctl/CtlParser.h"
#include "ctl/LicenseFitCommand.h"
#include "ctl/LicenseReport.h"
#include "license/IssuerKeyPair.h"
#include "license/LicenseErrorCode.h"
#include "license/LicenseIssuer.h"
#include "license/LicenseVerifier.h"
#include "util/Clock.h"
#include "util/TextFile.h"

#include <QFileInfo>
#include <QJsonDocument>

using namespace Qt::StringLiterals;

namespace lk {
namespace {

QCommandLineOption fileOption(const QString& name, const QString& description) {
    return QCommandLineOption(name, description, u"FILE"_s);
}

// Exit code for a refused license: an expired one is genuine, scripts may
// want to tell it apart; unreadable files are not the license's fault.
int exitCodeFor(const Error& problem) {
    if (problem.code == LicenseErrorCode::expired)
        return CtlExit::ExpiredLicense;
    if (problem.code == LicenseErrorCode::fileNotFound || problem.code == LicenseErrorCode::fileUnreadable)
        return CtlExit::Failure;
    return CtlExit::InvalidLicense;
}

} // namespace

int LicenseCommand::run(const QStringList& arguments, QTextStream& out, QTextStream& err) {
    return runAt(arguments, out, err, SystemClock());
}

int LicenseCommand::runAt(const QStringList& arguments, QTextStream& out, QTextStream& err,
                          const Clock& clock) {
    CtlParser cli(tr("license ACTION [OPTIONS...]"),
                  tr("Create issuer keys; issue, verify and show signed licenses.\n\nActions:\n"
                     "  keygen    create an issuer key pair (private and public key files)\n"
                     "  issue     sign license terms with the issuer private key\n"
                     "  verify    check a license against trusted issuer public keys\n"
                     "  show      print what a license grants\n"
                     "  fit       check a license against a node's recorded usage of the last days\n\n"
                     "Run 'leasekeeper-ctl license ACTION --help' for the options of an action."));
    return cli.runAction(
        arguments, out, err,
        {{u"keygen", [&](const QStringList& rest) { return keygen(rest, out, err); }},
         {u"issue", [&](const QStringList& rest) { return issue(rest, out, err, clock); }},
         {u"verify", [&](const QStringList& rest) { return verify(rest, out, err, clock); }},
         {u"show", [&](const QStringList& rest) { return show(rest, out, err); }},
         {u"fit", [&](const QStringList& rest) { return LicenseFitCommand::run(rest, out, err); }}});
}

int LicenseCommand::keygen(const QStringList& arguments, QTextStream& out, QTextStream& err) {
    CtlParser cli(tr("license keygen --private FILE --public FILE [--force]"),
                  tr("Create a new Ed25519 issuer key pair. Keep the private key on the issuing machine; "
                     "copy the public key to every License Manager."));
    cli.addOption(fileOption(u"private"_s, tr("Where to write the private key (mode 0600).")));
    cli.addOption(fileOption(u"public"_s, tr("Where to write the public key.")));
    cli.addOption(QCommandLineOption(u"force"_s, tr("Replace an existing private key file.")));
    if (const auto done = cli.parse(arguments, out, err))
        return *done;
    const QString privatePath = cli.parser().value(u"private"_s);
    const QString publicPath = cli.parser().value(u"public"_s);
    if (privatePath.isEmpty() || publicPath.isEmpty())
        return cli.usageError(tr("both --private FILE and --public FILE are required"), err);
    if (!cli.parser().positionalArguments().isEmpty())
        return cli.usageError(tr("unexpected argument '%1'").arg(cli.parser().positionalArguments().first()),
                              err);
    if (QFileInfo(privatePath).absoluteFilePath() == QFileInfo(publicPath).absoluteFilePath())
        return cli.usageError(tr("--private and --public must be different files"), err);
    const bool force = cli.parser().isSet(u"force"_s);
    if (!force && QFileInfo::exists(privatePath))
        return fail(tr("%1 already exists and may be the key your licenses are signed with; pass --force to "
                       "replace it")
                        .arg(privatePath),
                    CtlExit::Failure, err);

    auto key = IssuerKeyPair::generate();
    if (!key)
        return fail(key.error().message, CtlExit::Failure, err);
    if (auto saved = key->savePrivate(privatePath, force); !saved)
        return fail(saved.error().message, CtlExit::Failure, err);
    if (auto saved = key->savePublic(publicPath); !saved)
        return fail(saved.error().message, CtlExit::Failure, err);
    out << tr("Generated issuer key %1\n"
              "  private key: %2 (mode 0600; keep it secret, back it up, never copy it to a server)\n"
              "  public key:  %3 (give it to each License Manager with --trust)\n")
               .arg(key->keyId(), privatePath, publicPath);
    return CtlExit::Ok;
}

int LicenseCommand::issue(const QStringList& arguments, QTextStream& out, QTextStream& err,
                          const Clock& clock) {
    CtlParser cli(tr("license issue --key PRIVATE --terms TERMS.json --out LICENSE"),
                  tr("Sign license terms with the issuer private key and write the license file."));
    cli.addOption(fileOption(u"key"_s, tr("The issuer private key file.")));
    cli.addOption(fileOption(u"terms"_s, tr("The license terms (JSON).")));
    cli.addOption(fileOption(u"out"_s, tr("Where to write the signed license.")));
    if (const auto done = cli.parse(arguments, out, err))
        return *done;
    const QString keyPath = cli.parser().value(u"key"_s);
    const QString termsPath = cli.parser().value(u"terms"_s);
    const QString outPath = cli.parser().value(u"out"_s);
    if (keyPath.isEmpty() || termsPath.isEmpty() || outPath.isEmpty())
        return cli.usageError(tr("--key, --terms and --out are all required"), err);
    if (!cli.parser().positionalArguments().isEmpty())
        return cli.usageError(tr("unexpected argument '%1'").arg(cli.parser().positionalArguments().first()),
                              err);

    const auto key = IssuerKeyPair::load(keyPath);
    if (!key)
        return fail(key.error().message, CtlExit::Failure, err);
    const auto termsBytes = TextFile::read(termsPath, tr("terms file"));
    if (!termsBytes)
        return fail(termsBytes.error().message, CtlExit::Failure, err);
    const auto license = LicenseIssuer::issue(termsBytes.value(), key.value());
    if (!license)
        return fail(tr("%1: %2").arg(termsPath, license.error().message), CtlExit::InvalidLicense, err);
    if (auto written = TextFile::write(outPath, license->toFileBytes()); !written)
        return fail(written.error().message, CtlExit::Failure, err);
    if (const auto expired = LicenseVerifier::expiryProblem(license.value(), clock.nowMs()))
        err << tr("leasekeeper-ctl: warning: %1\n").arg(expired->message);
    out << tr("Wrote license %1 for %2 (expires %3), signed with issuer key %4, to %5\n")
               .arg(license->terms().licenseId, license->terms().licensee,
                    LicenseVerifier::formatUtc(license->terms().expiresMs), key->keyId(), outPath);
    return CtlExit::Ok;
}

int LicenseCommand::verify(const QStringList& arguments, QTextStream& out, QTextStream& err,
                           const Clock& clock) {
    CtlParser cli(tr("license verify --trust PUBLIC [--trust PUBLIC...] LICENSE"),
                  tr("Check that a license is intact, signed by a trusted issuer key and not expired.\n"
                     "Exit status: 0 valid, 1 unreadable files, 2 usage, 3 invalid license, 4 expired."));
    cli.addOption(fileOption(u"trust"_s, tr("An issuer public key to trust; repeat for several.")));
    if (const auto done = cli.parse(arguments, out, err))
        return *done;
    const QStringList trustPaths = cli.parser().values(u"trust"_s);
    const QStringList positional = cli.parser().positionalArguments();
    if (trustPaths.isEmpty())
        return cli.usageError(tr("at least one --trust PUBLIC is required"), err);
    if (positional.size() != 1)
        return cli.usageError(tr("give exactly one LICENSE file"), err);

    LicenseVerifier verifier;
    for (const QString& path : trustPaths) {
        const auto key = IssuerPublicKey::load(path);
        if (!key)
            return fail(key.error().message, CtlExit::Failure, err);
        verifier.trust(key.value());
    }
    const LicenseCheck check = verifier.verifyFile(positional.first(), clock.nowMs());
    if (check.problem)
        return fail(tr("%1 is not valid (%2): %3")
                        .arg(positional.first(), check.problem->code, check.problem->message),
                    exitCodeFor(*check.problem), err);
    const LicenseTerms& terms = check.license->terms();
    out << tr("%1: valid license %2 for %3, signed by trusted issuer key %4, expires %5\n")
               .arg(positional.first(), terms.licenseId, terms.licensee, check.license->keyId(),
                    LicenseVerifier::formatUtc(terms.expiresMs));
    return CtlExit::Ok;
}

int LicenseCommand::show(const QStringList& arguments, QTextStream& out, QTextStream& err) {
    CtlParser cli(
        tr("license show [--json] LICENSE"),
        tr("Print what a license grants. This does not check the signature; use 'license verify'."));
    cli.addOption(QCommandLineOption(u"json"_s, tr("Print the terms as JSON, exactly as signed.")));
    if (const auto done = cli.parse(arguments, out, err))
        return *done;
    const QStringList positional = cli.parser().positionalArguments();
    if (positional.size() != 1)
        return cli.usageError(tr("give exactly one LICENSE file"), err);

    const auto bytes = TextFile::read(positional.first(), tr("license file"));
    if (!bytes)
        return fail(bytes.error().message, CtlExit::Failure, err);
    const auto license = License::parse(bytes.value());
    if (!license)
        return fail(tr("%1: %2").arg(positional.first(), license.error().message), CtlExit::InvalidLicense,
                    err);
    if (cli.parser().isSet(u"json"_s))
        out << QString::fromUtf8(QJsonDocument(license->termsJson()).toJson(QJsonDocument::Indented));
    else
        out << LicenseReport::describe(license.value());
    return CtlExit::Ok;
}

int LicenseCommand::fail(const QString& message, int exitCode, QTextStream& err) {
    err << CtlParser::kProgram << ": " << message << '\n';
    err.flush();
    return exitCode;
}

} // namespace lk
