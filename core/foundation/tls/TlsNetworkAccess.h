#pragma once

#include "tls/TlsClientOptions.h"

#include <QNetworkAccessManager>

namespace lk {

// A QNetworkAccessManager that applies TlsClientOptions to every request
// made through it and lets TlsVerifier judge every TLS handshake (https://,
// or http:// redirected to https://). Give it to any client that takes a
// QNetworkAccessManager&; plain http:// is not affected.
class TlsNetworkAccess final : public QNetworkAccessManager {
    Q_OBJECT

public:
    explicit TlsNetworkAccess(QObject* parent = nullptr);
    explicit TlsNetworkAccess(TlsClientOptions options, QObject* parent = nullptr);

    const TlsClientOptions& tlsOptions() const { return m_options; }
    // Drops open connections, which were judged under the old options.
    void setTlsOptions(TlsClientOptions options);

    // Why `reply` got no HTTP answer, for an administrator: the refused
    // certificate as judged here, "no answer within N s" after the transfer
    // timeout, or Qt's own text. Works for replies of any manager.
    static QString failureText(const QNetworkReply* reply, int timeoutMs);

protected:
    QNetworkReply* createRequest(Operation operation, const QNetworkRequest& request,
                                 QIODevice* outgoingData) override;

private:
    void watch(QNetworkReply* reply);

    TlsClientOptions m_options;
};

} // namespace lk
