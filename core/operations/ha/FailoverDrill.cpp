#include "ha/FailoverDrill.h"

#include "tls/TlsNetworkAccess.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>

using namespace Qt::StringLiterals;

namespace lk {

FailoverDrill::FailoverDrill(QNetworkAccessManager& network, Setup setup, QObject* parent)
    : QObject(parent)
    , m_network(network)
    , m_setup(std::move(setup)) {
    m_timer.setInterval(m_setup.pollMs);
    connect(&m_timer, &QTimer::timeout, this, &FailoverDrill::poll);
}

FailoverDrill::~FailoverDrill() {
    // Never leave the primary drained behind the administrator's back. As
    // Done, the request is sent without waiting on this (dying) object.
    if (m_phase == Phase::Draining || m_phase == Phase::Returning) {
        m_phase = Phase::Done;
        setMaintenance(false);
    }
}

void FailoverDrill::start() {
    drain(true);
}

void FailoverDrill::startDrain() {
    drain(false);
}

void FailoverDrill::drain(bool thenReturn) {
    m_report = {};
    m_error.clear();
    m_returnAfterMove = thenReturn;
    m_phase = Phase::Draining;
    Q_EMIT progress(tr("Putting %1 in maintenance...").arg(m_setup.primaryNode));
    setMaintenance(true);
}

void FailoverDrill::startReturn() {
    m_report = {};
    m_error.clear();
    m_phase = Phase::Returning;
    Q_EMIT progress(tr("Taking %1 out of maintenance...").arg(m_setup.primaryNode));
    setMaintenance(false);
}

void FailoverDrill::cancel() {
    if (m_phase == Phase::Draining || m_phase == Phase::Returning)
        fail(tr("cancelled; %1 is taken out of maintenance").arg(m_setup.primaryNode));
}

void FailoverDrill::setMaintenance(bool enabled) {
    QNetworkRequest request(m_setup.primary.resolved(QUrl(u"/api/v1/maintenance"_s)));
    request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    request.setRawHeader("Authorization", "Bearer " + m_setup.primaryToken);
    request.setTransferTimeout(5000);
    const QByteArray body =
        QJsonDocument(QJsonObject{{u"enabled"_s, enabled}}).toJson(QJsonDocument::Compact);
    QNetworkReply* reply = m_network.post(request, body);
    if (m_phase == Phase::Done || m_phase == Phase::Idle) {
        connect(reply, &QNetworkReply::finished, reply, &QObject::deleteLater);
        return; // switching off after the end: nobody waits for the answer
    }
    connect(reply, &QNetworkReply::finished, this, [this, reply, enabled] {
        reply->deleteLater();
        const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        if (status != 200) {
            const QString why = status == 401 ? tr("the admin token was refused")
                                : status == 0 ? TlsNetworkAccess::failureText(reply, 5000)
                                              : reply->errorString();
            if (enabled)
                return fail(tr("cannot put %1 in maintenance: %2").arg(m_setup.primaryNode, why));
            return fail(
                tr("cannot take %1 out of maintenance: %2; do it by hand").arg(m_setup.primaryNode, why));
        }
        m_phaseClock.start();
        Q_EMIT progress(
            enabled ? tr("Waiting for the load balancer to move traffic to %1...").arg(m_setup.secondaryNode)
                    : tr("Waiting for traffic to return to %1...").arg(m_setup.primaryNode));
        m_timer.start();
        poll();
    });
}

void FailoverDrill::poll() {
    if (m_pollInFlight)
        return;
    if (m_phaseClock.elapsed() > m_setup.phaseTimeoutMs) {
        return fail(
            m_phase == Phase::Draining
                ? tr("after %1 s the load balancer still sends traffic to %2; check its health check of "
                     "/pingLicenseManager")
                      .arg(m_setup.phaseTimeoutMs / 1000)
                      .arg(m_setup.primaryNode)
                : tr("after %1 s traffic has not returned to %2; check the load balancer")
                      .arg(m_setup.phaseTimeoutMs / 1000)
                      .arg(m_setup.primaryNode));
    }
    // /api/v1/time, not the ping: a node in maintenance fails its ping on
    // purpose but still serves requests, and those are what components see.
    QNetworkRequest request(m_setup.loadBalancer.resolved(QUrl(u"/api/v1/time"_s)));
    request.setTransferTimeout(3000);
    m_pollInFlight = true;
    ++m_report.requests;
    QNetworkReply* reply = m_network.get(request);
    connect(reply, &QNetworkReply::finished, this, [this, reply] { answered(reply); });
}

void FailoverDrill::answered(QNetworkReply* reply) {
    reply->deleteLater();
    m_pollInFlight = false;
    if (m_phase != Phase::Draining && m_phase != Phase::Returning)
        return;
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    const QString node = QString::fromUtf8(reply->rawHeader("X-License-Manager-Node"));
    if (status != 200) {
        ++m_report.failed;
        return;
    }
    if (m_phase == Phase::Draining && node == m_setup.secondaryNode) {
        m_report.movedAfterMs = m_phaseClock.elapsed();
        m_timer.stop();
        if (!m_returnAfterMove) {
            Q_EMIT progress(tr("Traffic moved to %1 after %2 ms; %3 stays in maintenance.")
                                .arg(m_setup.secondaryNode)
                                .arg(m_report.movedAfterMs)
                                .arg(m_setup.primaryNode));
            return finishWith({});
        }
        m_phase = Phase::Returning;
        Q_EMIT progress(tr("Traffic moved to %1 after %2 ms. Taking %3 out of maintenance...")
                            .arg(m_setup.secondaryNode)
                            .arg(m_report.movedAfterMs)
                            .arg(m_setup.primaryNode));
        setMaintenance(false);
    } else if (m_phase == Phase::Returning && node == m_setup.primaryNode) {
        m_report.returnedAfterMs = m_phaseClock.elapsed();
        finishWith({});
    }
}

void FailoverDrill::fail(const QString& message) {
    const bool drained = m_phase == Phase::Draining || m_phase == Phase::Returning;
    m_phase = Phase::Done;
    if (drained)
        setMaintenance(false);
    finishWith(message);
}

void FailoverDrill::finishWith(const QString& error) {
    m_timer.stop();
    m_phase = Phase::Done;
    m_error = error;
    Q_EMIT finished(error.isEmpty());
}

} // namespace lk
