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
    auto answer = send(cli, "GET", path, err, query, {}, BlockingHttp::kDefaultTimeoutMs);
    if (const HttpAnswer* got = std::get_if<HttpAnswer>(&answer); got && got->status != 200) {
        err << "leasekeeper-ctl: " << refusal(*got) << '\n';
        return int(CtlExit::Failure);
    }
    return answer;
}

std::variant<HttpAnswer, int> CtlAdminGet::post(CtlParser& cli, const QString& path, QTextStream& err,
                                                const QUrlQuery& query, const QByteArray& body,
                                                int timeoutMs) {
    return send(cli, "POST", path, err, query, body, timeoutMs);
}

QString CtlAdminGet::refusal(const HttpAnswer& answer) {
    return tr("%1 answered %2: %3")
        .arg(answer.url.toString())
        .arg(answer.status)
        .arg(wire::ErrorBody::read(answer.json).message);
}

std::variant<HttpAnswer, int> CtlAdminGet::send(CtlParser& cli, const QByteArray& method, const QString& path,
                                                QTextStream& err, const QUrlQuery& query,
                                                const QByteArray& body, int timeoutMs) {
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
    auto answer = BlockingHttp::request(method, url, token.value(), body, timeoutMs, tls);
    if (!answer) {
        err << "leasekeeper-ctl: " << answer.error().message << '\n';
        return int(CtlExit::Failure);
    }
    return std::move(answer).value();
}

} // namespace lk
