#include "ctl/BlockingHttp.h"

#include "admin/NodeClient.h"
#include "tls/TlsNetworkAccess.h"
#include "util/Clock.h"

#include <QEventLoop>
#include <QJsonDocument>
#include <QNetworkReply>
#include <optional>

using namespace Qt::StringLiterals;

namespace lk {

Result<QUrl> BlockingHttp::endpoint(const QString& baseUrl, const QString& path) {
    QUrl url(baseUrl.endsWith(u'/') ? baseUrl.chopped(1) : baseUrl);
    if (!url.isValid() || (url.scheme() != u"http"_s && url.scheme() != u"https"_s) || url.host().isEmpty())
        return makeError(u"usage"_s, tr("'%1' is not an http:// or https:// URL").arg(baseUrl));
    url.setPath(url.path() + path);
    return url;
}

Result<HttpAnswer> BlockingHttp::request(const QByteArray& method, const QUrl& url,
                                         const QByteArray& bearerToken, const QByteArray& body, int timeoutMs,
                                         const TlsClientOptions& tls) {
    // The asynchronous admin client, waited for: one way to build and read a
    // request for the console, the HA checks and the command line.
    TlsNetworkAccess manager(tls);
    SystemClock clock;
    NodeClient client(url, manager, clock);
    client.setAdminToken(bearerToken);
    client.setTimeoutMs(timeoutMs);
    std::optional<NodeClient::Answer> answered;
    QEventLoop loop;
    client.send(method, {}, body, true, [&answered, &loop](const NodeClient::Answer& answer) {
        answered = answer;
        loop.quit();
    });
    if (!answered)
        loop.exec();
    if (answered->status == 0)
        return makeError(u"unreachable"_s, tr("cannot reach %1: %2").arg(url.toString(), answered->error));
    return HttpAnswer{answered->status, answered->body, answered->json, url};
}

} // namespace lk
