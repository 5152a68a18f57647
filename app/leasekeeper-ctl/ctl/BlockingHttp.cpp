#include "ctl/BlockingHttp.h"

#include "tls/TlsNetworkAccess.h"

#include <QEventLoop>
#include <QJsonDocument>
#include <QNetworkReply>

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
                                         const QByteArray& bearerToken, const QByteArray& body,
                                         int timeoutMs, const TlsClientOptions& tls) {
    TlsNetworkAccess manager(tls);
    QNetworkRequest request(url);
    request.setTransferTimeout(timeoutMs);
    if (!body.isEmpty())
        request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    if (!bearerToken.isEmpty())
        request.setRawHeader("Authorization", "Bearer " + bearerToken);
    QNetworkReply* reply = manager.sendCustomRequest(request, method, body);
    QEventLoop loop;
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    if (!reply->isFinished())
        loop.exec();
    reply->deleteLater();

    const QVariant status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute);
    if (!status.isValid()) {
        return makeError(u"unreachable"_s, tr("cannot reach %1: %2")
                                               .arg(url.toString(), TlsNetworkAccess::failureText(reply, timeoutMs)));
    }
    HttpAnswer answer;
    answer.status = status.toInt();
    answer.body = reply->readAll();
    answer.json = QJsonDocument::fromJson(answer.body).object();
    return answer;
}

} // namespace lk
