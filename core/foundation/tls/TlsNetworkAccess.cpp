#include "tls/TlsNetworkAccess.h"

#include "tls/TlsVerifier.h"

#include <QNetworkReply>

using namespace Qt::StringLiterals;

namespace lk {
namespace {

// Where a refused handshake leaves its message on the reply.
constexpr char kRefusedProperty[] = "leasekeeper_tls_refused";

QSslCertificate peerOf(const QNetworkReply* reply, const QList<QSslError>& errors) {
    const QSslCertificate peer = reply->sslConfiguration().peerCertificate();
    if (!peer.isNull() || errors.isEmpty())
        return peer;
    return errors.first().certificate();
}

} // namespace

TlsNetworkAccess::TlsNetworkAccess(QObject* parent)
    : QNetworkAccessManager(parent) {}

TlsNetworkAccess::TlsNetworkAccess(TlsClientOptions options, QObject* parent)
    : QNetworkAccessManager(parent)
    , m_options(std::move(options)) {}

void TlsNetworkAccess::setTlsOptions(TlsClientOptions options) {
    m_options = std::move(options);
    clearConnectionCache();
}

QNetworkReply* TlsNetworkAccess::createRequest(Operation operation, const QNetworkRequest& request,
                                               QIODevice* outgoingData) {
    // Also for http://: a redirect to https:// keeps the request's configuration and this reply's judge.
    QNetworkRequest secured(request);
    secured.setSslConfiguration(m_options.sslConfiguration());
    QNetworkReply* reply = QNetworkAccessManager::createRequest(operation, secured, outgoingData);
    watch(reply);
    return reply;
}

void TlsNetworkAccess::watch(QNetworkReply* reply) {
    // Both run before any request byte (an admin token, say) is sent.
    const TlsClientOptions options = m_options;
    connect(reply, &QNetworkReply::sslErrors, reply, [reply, options](const QList<QSslError>& errors) {
        const auto verdict = TlsVerifier::judgeErrors(options, reply->url(), errors, peerOf(reply, errors));
        if (verdict.accepted)
            reply->ignoreSslErrors();
        else
            reply->setProperty(kRefusedProperty, verdict.message);
    });
    connect(reply, &QNetworkReply::encrypted, reply, [reply, options] {
        const auto verdict =
            TlsVerifier::judgeEncrypted(options, reply->url(), reply->sslConfiguration().peerCertificate());
        if (!verdict.accepted) {
            reply->setProperty(kRefusedProperty, verdict.message);
            reply->abort();
        }
    });
}

QString TlsNetworkAccess::failureText(const QNetworkReply* reply, int timeoutMs) {
    const QString refused = reply->property(kRefusedProperty).toString();
    if (!refused.isEmpty())
        return refused;
    if (reply->error() == QNetworkReply::OperationCanceledError)
        return tr("no answer within %1 s").arg(timeoutMs / 1000.0);
    return reply->errorString();
}

} // namespace lk
