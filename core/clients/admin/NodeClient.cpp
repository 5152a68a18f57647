#include "admin/NodeClient.h"

#include "admin/ApiParse.h"
#include "tls/TlsNetworkAccess.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkReply>
#include <QUrlQuery>

using namespace Qt::StringLiterals;

namespace lk {

NodeClient::NodeClient(QUrl baseUrl, QNetworkAccessManager& network, const Clock& clock, QObject* parent)
    : QObject(parent)
    , m_baseUrl(std::move(baseUrl))
    , m_network(network)
    , m_clock(clock) {}

void NodeClient::request(const QByteArray& method, const QString& pathAndQuery, const QByteArray& body,
                         bool admin, std::function<void(const Answer&)> done) {
    QUrl url = m_baseUrl;
    const qsizetype question = pathAndQuery.indexOf(u'?');
    url.setPath(url.path().chopped(url.path().endsWith(u'/') ? 1 : 0) + pathAndQuery.left(question));
    if (question >= 0)
        url.setQuery(pathAndQuery.mid(question + 1));
    QNetworkRequest http(url);
    http.setTransferTimeout(kTimeoutMs);
    if (!body.isEmpty())
        http.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    if (admin && !m_adminToken.isEmpty())
        http.setRawHeader("Authorization", "Bearer " + m_adminToken);
    const qint64 sentAt = m_clock.nowMs();
    QNetworkReply* reply = m_network.sendCustomRequest(http, method, body);
    connect(reply, &QNetworkReply::finished, this, [this, reply, sentAt, done = std::move(done)] {
        reply->deleteLater();
        Answer answer;
        answer.sentAtMs = sentAt;
        answer.receivedAtMs = m_clock.nowMs();
        const QVariant status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute);
        if (status.isValid()) {
            answer.status = status.toInt();
            answer.json = QJsonDocument::fromJson(reply->readAll()).object();
        } else {
            answer.error = TlsNetworkAccess::failureText(reply, kTimeoutMs);
        }
        done(answer);
    });
}

Error NodeClient::failure(const Answer& answer, const QString& what) {
    if (answer.status == 0)
        return makeError(u"unreachable"_s, tr("%1: %2").arg(what, answer.error));
    const QString message = answer.json.value(u"message"_s).toString();
    return makeError(answer.json.value(u"error"_s).toString(u"http_%1"_s.arg(answer.status)),
                     tr("%1: HTTP %2 %3").arg(what).arg(answer.status).arg(message).trimmed());
}

void NodeClient::fetchStatus(std::function<void(const NodeStatus&)> done) {
    request("GET", u"/pingLicenseManager"_s, {}, false, [this, done](const Answer& ping) {
        if (ping.status == 0) {
            NodeStatus status;
            status.lastError = ping.error;
            return done(status);
        }
        request("GET", u"/api/v1/status"_s, {}, false, [ping, done](const Answer& answer) {
            NodeStatus status;
            status.reachable = true;
            status.pingHttpStatus = ping.status;
            status.pingReason = ping.json.value(u"reason"_s).toString();
            status.pingMessage = ping.json.value(u"message"_s).toString();
            status.responseTimeMs = ping.receivedAtMs - ping.sentAtMs;
            if (answer.status == 200) {
                apiparse::status(answer.json, status);
                // Assume the node read its clock halfway through our request.
                status.clockOffsetMs = status.serverTimeMs - (answer.sentAtMs + answer.receivedAtMs) / 2;
            }
            if (ping.status != 200)
                status.lastError = status.pingMessage;
            done(status);
        });
    });
}

void NodeClient::fetchLeases(Callback<LeaseSnapshot> done) {
    request("GET", u"/api/v1/leases"_s, {}, true, [done](const Answer& answer) {
        if (answer.status != 200)
            return done(failure(answer, tr("listing leases")));
        LeaseSnapshot snapshot;
        snapshot.serverTimeMs = answer.json.value(u"server_time_ms"_s).toInteger();
        snapshot.fetchedAtMs = answer.receivedAtMs;
        for (const QJsonValue& value : answer.json.value(u"leases"_s).toArray())
            snapshot.leases.append(apiparse::lease(value.toObject()));
        done(snapshot);
    });
}

void NodeClient::fetchRenewals(qint64 after, Callback<RenewalBatch> done) {
    request("GET", u"/api/v1/renewals?after=%1"_s.arg(after), {}, true, [done](const Answer& answer) {
        if (answer.status != 200)
            return done(failure(answer, tr("listing renewals")));
        done(apiparse::renewals(answer.json));
    });
}

void NodeClient::fetchHistory(const HistoryQuery& query, Callback<QList<HistoryEntry>> done) {
    QUrlQuery parameters;
    if (query.sinceMs)
        parameters.addQueryItem(u"since_ms"_s, QString::number(*query.sinceMs));
    if (query.untilMs)
        parameters.addQueryItem(u"until_ms"_s, QString::number(*query.untilMs));
    if (!query.component.isEmpty())
        parameters.addQueryItem(u"component"_s, query.component);
    if (!query.reason.isEmpty())
        parameters.addQueryItem(u"reason"_s, query.reason);
    parameters.addQueryItem(u"limit"_s, QString::number(query.limit));
    const QString path = u"/api/v1/history?"_s + parameters.toString(QUrl::FullyEncoded);
    request("GET", path, {}, true, [done](const Answer& answer) {
        if (answer.status != 200)
            return done(failure(answer, tr("reading the history")));
        QList<HistoryEntry> entries;
        for (const QJsonValue& value : answer.json.value(u"history"_s).toArray())
            entries.append(apiparse::historyEntry(value.toObject()));
        done(entries);
    });
}

void NodeClient::freeLease(const QString& leaseId, const QString& reason, Callback<bool> done) {
    const QByteArray body = QJsonDocument(QJsonObject{{u"reason"_s, reason}}).toJson(QJsonDocument::Compact);
    const QString path =
        u"/api/v1/leases/%1/free"_s.arg(QString::fromLatin1(QUrl::toPercentEncoding(leaseId)));
    request("POST", path, body, true, [done](const Answer& answer) {
        if (answer.status == 204)
            return done(true);
        if (answer.status == 404)
            return done(false);
        done(failure(answer, tr("freeing the lease")));
    });
}

} // namespace lk
