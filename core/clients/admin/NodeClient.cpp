#include "admin/NodeClient.h"

#include "admin/ApiParse.h"
#include "tls/TlsNetworkAccess.h"
#include "wire/AlertSettingsJson.h"
#include "wire/AuditAnswer.h"
#include "wire/AuditParameters.h"
#include "wire/ErrorBody.h"
#include "wire/FreeRequest.h"
#include "wire/HistoryParameters.h"
#include "wire/LeaseJson.h"
#include "wire/PingAnswer.h"
#include "wire/UsageAnswer.h"
#include "wire/UsageParameters.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkReply>
#include <algorithm>

using namespace Qt::StringLiterals;

namespace lk {

NodeClient::NodeClient(QUrl baseUrl, QNetworkAccessManager& network, const Clock& clock, QObject* parent)
    : QObject(parent)
    , m_baseUrl(std::move(baseUrl))
    , m_network(network)
    , m_clock(clock) {}

void NodeClient::send(const QByteArray& method, const QString& pathAndQuery, const QByteArray& body,
                      bool admin, std::function<void(Answer)> done, Parse parse) {
    QUrl url = m_baseUrl;
    const qsizetype question = pathAndQuery.indexOf(u'?');
    url.setPath(url.path().chopped(url.path().endsWith(u'/') ? 1 : 0) + pathAndQuery.left(question));
    if (question >= 0)
        url.setQuery(pathAndQuery.mid(question + 1));
    QNetworkRequest http(url);
    http.setTransferTimeout(m_timeoutMs);
    if (!body.isEmpty())
        http.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    if (admin && !m_adminToken.isEmpty())
        http.setRawHeader("Authorization", "Bearer " + m_adminToken);
    const qint64 sentAt = m_clock.nowMs();
    QNetworkReply* reply = m_network.sendCustomRequest(http, method, body);
    connect(reply, &QNetworkReply::finished, this, [this, reply, sentAt, parse, done = std::move(done)] {
        reply->deleteLater();
        Answer answer;
        answer.sentAtMs = sentAt;
        answer.receivedAtMs = m_clock.nowMs();
        const QVariant status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute);
        if (status.isValid()) {
            answer.status = status.toInt();
            answer.body = reply->readAll();
            const bool asText = parse == Parse::Text && answer.status / 100 == 2;
            const QJsonDocument document = asText ? QJsonDocument() : QJsonDocument::fromJson(answer.body);
            if (document.isObject()) {
                answer.json = document.object();
                answer.body = {};
            }
            // rawHeader() ignores case: HAProxy passes header names in lower case.
            answer.node = QString::fromUtf8(reply->rawHeader("X-License-Manager-Node"));
        } else {
            answer.error = TlsNetworkAccess::failureText(reply, m_timeoutMs);
        }
        done(std::move(answer));
    });
}

Error NodeClient::failure(const Answer& answer, const QString& what) {
    if (answer.status == 0)
        return makeError(u"unreachable"_s, tr("%1: %2").arg(what, answer.error));
    const wire::ErrorBody body = wire::ErrorBody::ofAnswer(answer.status, answer.json);
    return makeError(body.error,
                     tr("%1: HTTP %2 %3").arg(what).arg(answer.status).arg(body.message).trimmed());
}

void NodeClient::fetchStatus(std::function<void(const NodeStatus&)> done) {
    send("GET", u"/pingLicenseManager"_s, {}, false, [this, done](const Answer& ping) {
        if (ping.status == 0) {
            NodeStatus status;
            status.lastError = ping.error;
            return done(status);
        }
        send("GET", u"/api/v1/status"_s, {}, false, [ping, done](const Answer& answer) {
            NodeStatus status;
            status.reachable = true;
            status.pingHttpStatus = ping.status;
            const auto pinged = wire::PingAnswer::fromJson(ping.json);
            status.pingReason = pinged ? pinged->reason : QString();
            status.pingMessage = pinged ? pinged->message : QString();
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

void NodeClient::fetchLeases(const QString& since, Callback<LeaseUpdate> done) {
    QString path = u"/api/v1/leases"_s;
    if (!since.isEmpty())
        path += u"?since="_s + QString::fromLatin1(QUrl::toPercentEncoding(since));
    // As text: a full list of 100,000 leases is 30 MB, parsed a lease at a time.
    const auto parsed = [done](Answer answer) {
        if (answer.status != 200)
            return done(failure(answer, tr("listing leases")));
        auto listed = wire::LeaseListAnswer::fromJsonText(answer.body);
        answer.body = {};
        if (!listed)
            return done(makeError(listed.error().code, tr("listing leases: %1").arg(listed.error().message)));
        wire::LeaseListAnswer& list = listed.value();
        LeaseUpdate update;
        update.serverTimeMs = list.serverTimeMs;
        update.fetchedAtMs = answer.receivedAtMs;
        update.changes.full = list.full;
        update.changes.ended = std::move(list.ended);
        update.changes.cursor = std::move(list.cursor);
        update.changes.live.reserve(list.leases.size());
        for (wire::LeaseListAnswer::Item& item : list.leases)
            update.changes.live.append(std::move(item.lease));
        list.leases = {}; // before the views make their own copies
        done(update);
    };
    send("GET", path, {}, true, parsed, Parse::Text);
}

void NodeClient::fetchRenewals(qint64 after, Callback<RenewalBatch> done) {
    send("GET", u"/api/v1/renewals?after=%1"_s.arg(after), {}, true, [done](const Answer& answer) {
        if (answer.status != 200)
            return done(failure(answer, tr("listing renewals")));
        const auto read = wire::RenewalsAnswer::fromJson(answer.json);
        if (!read)
            return done(makeError(read.error().code, tr("listing renewals: %1").arg(read.error().message)));
        done(apiparse::renewals(read.value()));
    });
}

void NodeClient::fetchHistory(const HistoryQuery& query, Callback<QList<HistoryEntry>> done) {
    const QString path =
        u"/api/v1/history?"_s + wire::HistoryParameters::toQuery(query).toString(QUrl::FullyEncoded);
    send("GET", path, {}, true, [done](const Answer& answer) {
        if (answer.status != 200)
            return done(failure(answer, tr("reading the history")));
        const auto read = wire::HistoryAnswer::fromJson(answer.json);
        if (!read)
            return done(
                makeError(read.error().code, tr("reading the history: %1").arg(read.error().message)));
        done(read->history);
    });
}

void NodeClient::fetchAudit(const AuditQuery& query, Callback<QList<AuditEntry>> done) {
    const QString path =
        u"/api/v1/audit?"_s + wire::AuditParameters::toQuery(query).toString(QUrl::FullyEncoded);
    send("GET", path, {}, true, [done](const Answer& answer) {
        if (answer.status != 200)
            return done(failure(answer, tr("reading the audit trail")));
        const auto read = wire::AuditAnswer::fromJson(answer.json);
        if (!read)
            return done(
                makeError(read.error().code, tr("reading the audit trail: %1").arg(read.error().message)));
        done(read->entries);
    });
}

void NodeClient::fetchUsage(const UsageQuery& query, Callback<QList<UsageSample>> done) {
    const QString path =
        u"/api/v1/usage?"_s + wire::UsageParameters::toQuery(query).toString(QUrl::FullyEncoded);
    send("GET", path, {}, true, [done](const Answer& answer) {
        if (answer.status != 200)
            return done(failure(answer, tr("reading the usage")));
        const auto read = wire::UsageAnswer::fromJson(answer.json);
        if (!read)
            return done(makeError(read.error().code, tr("reading the usage: %1").arg(read.error().message)));
        done(read->samples);
    });
}

void NodeClient::fetchAccess(Callback<wire::AccessAnswer> done) {
    send("GET", u"/api/v1/access"_s, {}, true, [done](const Answer& answer) {
        if (answer.status != 200)
            return done(failure(answer, tr("asking what the token may do")));
        const auto read = wire::AccessAnswer::fromJson(answer.json);
        if (!read)
            return done(makeError(read.error().code,
                                  tr("asking what the token may do: %1").arg(read.error().message)));
        done(read.value());
    });
}

void NodeClient::freeLease(const QString& leaseId, const QString& reason, Callback<bool> done) {
    const QByteArray body = QJsonDocument(wire::FreeRequest{reason}.toJson()).toJson(QJsonDocument::Compact);
    const QString path =
        u"/api/v1/leases/%1/free"_s.arg(QString::fromLatin1(QUrl::toPercentEncoding(leaseId)));
    send("POST", path, body, true, [done](const Answer& answer) {
        if (answer.status == 204)
            return done(true);
        if (answer.status == 404)
            return done(false);
        done(failure(answer, tr("freeing the lease")));
    });
}

void NodeClient::fetchGroups(Callback<wire::GroupsAnswer> done) {
    send("GET", u"/api/v1/groups"_s, {}, true, [done](const Answer& answer) {
        if (answer.status != 200)
            return done(failure(answer, tr("reading the host groups")));
        const auto read = wire::GroupsAnswer::fromJson(answer.json);
        if (!read)
            return done(
                makeError(read.error().code, tr("reading the host groups: %1").arg(read.error().message)));
        done(read.value());
    });
}

void NodeClient::checkLicenseFit(const QByteArray& licenseFile, int days,
                                 Callback<wire::LicenseFitAnswer> done) {
    const QString path =
        u"/api/v1/license/fit?"_s + wire::LicenseFitParameters::toQuery(days).toString(QUrl::FullyEncoded);
    const int usualTimeoutMs = m_timeoutMs;
    m_timeoutMs = std::max(m_timeoutMs, kFitTimeoutMs);
    send("POST", path, licenseFile, true, [done](const Answer& answer) {
        if (answer.status != 200)
            return done(failure(answer, tr("checking the license against past usage")));
        const auto read = wire::LicenseFitAnswer::fromJson(answer.json);
        if (!read)
            return done(
                makeError(read.error().code,
                          tr("checking the license against past usage: %1").arg(read.error().message)));
        done(read.value());
    });
    m_timeoutMs = usualTimeoutMs;
}

namespace {

// A 200 answer parsed by `T::fromJson`, else the node's error, both under `what`.
template <typename T> Result<T> parsed(const NodeClient::Answer& answer, const QString& what) {
    if (answer.status != 200)
        return NodeClient::failure(answer, what);
    auto read = T::fromJson(answer.json);
    if (!read)
        return makeError(read.error().code, NodeClient::tr("%1: %2").arg(what, read.error().message));
    return read;
}

} // namespace

void NodeClient::fetchAlerts(qint64 after, Callback<wire::AlertsAnswer> done) {
    send("GET", u"/api/v1/alerts?after=%1"_s.arg(after), {}, true, [done](const Answer& answer) {
        done(parsed<wire::AlertsAnswer>(answer, tr("reading the alerts")));
    });
}

void NodeClient::fetchAlertSettings(Callback<wire::AlertSettingsAnswer> done) {
    send("GET", u"/api/v1/alerts/settings"_s, {}, true, [done](const Answer& answer) {
        done(parsed<wire::AlertSettingsAnswer>(answer, tr("reading the alert settings")));
    });
}

void NodeClient::saveAlertSettings(const AlertSettings& settings, Callback<wire::AlertSettingsAnswer> done) {
    const QByteArray body =
        QJsonDocument(wire::AlertSettingsJson::toJson(settings)).toJson(QJsonDocument::Compact);
    send("PUT", u"/api/v1/alerts/settings"_s, body, true, [done](const Answer& answer) {
        // Refused settings: the node's own words name the field to change.
        const wire::ErrorBody refusal = wire::ErrorBody::read(answer.json);
        if ((answer.status == 400 || answer.status == 409) && !refusal.message.isEmpty())
            return done(makeError(refusal.error, refusal.message));
        done(parsed<wire::AlertSettingsAnswer>(answer, tr("saving the alert settings")));
    });
}

void NodeClient::sendTestAlert(Callback<wire::AlertsAnswer> done) {
    const int usualTimeoutMs = m_timeoutMs;
    m_timeoutMs = std::max(m_timeoutMs, kTestAlertTimeoutMs);
    send("POST", u"/api/v1/alerts/test"_s, {}, true, [done](const Answer& answer) {
        done(parsed<wire::AlertsAnswer>(answer, tr("sending a test alert")));
    });
    m_timeoutMs = usualTimeoutMs;
}

} // namespace lk
