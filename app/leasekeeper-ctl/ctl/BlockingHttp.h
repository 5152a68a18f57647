#pragma once

#include "tls/TlsClientOptions.h"
#include "util/Result.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QUrl>

namespace lk {

struct HttpAnswer {
    int status = 0;
    QByteArray body;
    QJsonObject json; // empty unless the body is a JSON object
    QUrl url;         // what was asked
};

// One HTTP request, waited for. Only for the command line, which has nothing
// else to do meanwhile; widgets and servers use asynchronous calls.
class BlockingHttp {
    Q_DECLARE_TR_FUNCTIONS(BlockingHttp)

public:
    static constexpr int kDefaultTimeoutMs = 10000;

    // Fails (code "unreachable") only when no HTTP answer arrived; any status
    // code, 5xx included, is an answer. https:// URLs are verified with `tls`.
    static Result<HttpAnswer> request(const QByteArray& method, const QUrl& url,
                                      const QByteArray& bearerToken = {}, const QByteArray& body = {},
                                      int timeoutMs = kDefaultTimeoutMs, const TlsClientOptions& tls = {});
    // "http://host:port" plus `path`; refuses URLs that are not http(s).
    static Result<QUrl> endpoint(const QString& baseUrl, const QString& path);
};

} // namespace lk
