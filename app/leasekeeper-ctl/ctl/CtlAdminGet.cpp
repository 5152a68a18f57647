#include "ctl/CtlAdminGet.h"

#include "ctl/CtlExit.h"
#include "ctl/CtlTlsOptions.h"
#include "util/AdminTokenFile.h"
#include "wire/ErrorBody.h"

using namespace Qt::StringLiterals;

namespace lk {

void CtlAdminGet::addOptions(CtlParser& cli) {
    cli.addOption(QCommandLineOption(u"url"_s, tr("The node, e.g. http://lm1.example.com:10091."), u"URL"_s));
    cli.addOption(QCommandLineOption(u"token-file"_s,
                                     tr("File holding an admin or viewer token of the node."), u"FILE"_s));
    cli.addOption(QCommandLineOption(u"json"_s, tr("Print the server's JSON answer.")));
    CtlTlsOptions::add(cli);
}

std::variant<HttpAnswer, int> CtlAdminGet::get(CtlParser& cli, const QString& path, QTextStream& err,
                                               const QUrlQuery& query) {
    if (!cli.parser().isSet(u"url"_s) || !cli.parser().isSet(u"token-file"_s))
        return cli.usageError(tr("--url and --token-file are required"), err);
    TlsClientOptions tls;
    if (const auto failed = CtlTlsOptions::read(cli, tls, err))
        return *failed;
    const auto endpoint = BlockingHttp::endpoint(cli.parser().value(u"url"_s), path);
    if (!endpoint)
        return cli.usageError(endpoint.error().message, err);
    QUrl url = endpoint.value();
    url.setQuery(query);
    const auto token = readAdminToken(cli.parser().value(u"token-file"_s));
    if (!token) {
        err << "leasekeeper-ctl: " << token.error().message << '\n';
        return int(CtlExit::Failure);
    }
    auto answer = BlockingHttp::request("GET", url, token.value(), {}, BlockingHttp::kDefaultTimeoutMs, tls);
    if (!answer || answer->status != 200) {
        err << "leasekeeper-ctl: "
            << (answer ? tr("%1 answered %2: %3")
                             .arg(url.toString())
                             .arg(answer->status)
                             .arg(wire::ErrorBody::read(answer->json).message)
                       : answer.error().message)
            << '\n';
        return int(CtlExit::Failure);
    }
    return std::move(answer).value();
}

} // namespace lk
