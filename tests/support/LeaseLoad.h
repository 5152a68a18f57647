#pragma once

#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMap>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QPointer>
#include <QRandomGenerator>
#include <QStringList>
#include <memory>
#include <vector>

namespace lk::test {

// Simulated components driving one node over HTTP, for tests that kill or
// cut off the node under load. Each component keeps one request in flight:
// a grant when it holds no lease, otherwise a renewal or (less often) a
// release. The load remembers exactly which answers it received, so a test
// can tell what the node acknowledged from what was in flight when it died:
// held() is every lease whose grant (or renewal) came back and whose release
// was not sent. Every acknowledged grant is checked against the license's
// places at once; a renewal of a held lease answered 404 means the node lost
// it. Both go to violations().
class LeaseLoad {
public:
    struct Counts {
        int grants = 0;      // 201
        int renewals = 0;    // 200
        int releases = 0;    // 204
        int denied = 0;      // 403 (no place left)
        int unavailable = 0; // 503
        int noAnswer = 0;    // no HTTP answer within the timeout, or the connection died
        int unexpected = 0;  // anything else
        qint64 slowestMs = 0;
        int answers() const { return grants + renewals + releases + denied + unavailable + unexpected; }
    };

    LeaseLoad(QString component, int components, int maxInstances, int maxTotalCores, quint32 seed)
        : m_component(std::move(component))
        , m_maxInstances(maxInstances)
        , m_maxTotalCores(maxTotalCores)
        , m_random(seed) {
        for (int i = 0; i < components; ++i)
            m_components.push_back({QStringLiteral("%1-%2").arg(m_component).arg(i),
                                    1 + int(m_random.bounded(3)),
                                    {},
                                    {},
                                    {},
                                    {},
                                    {}});
    }
    ~LeaseLoad() { stop(); }

    // Starts every component against the node on `port`; each answer sends
    // that component's next request until stop().
    void start(quint16 port, int timeoutMs = 5000) {
        stop();
        m_base = QStringLiteral("http://127.0.0.1:%1").arg(port);
        m_timeoutMs = timeoutMs;
        m_managers.clear();
        // QNetworkAccessManager opens at most six connections per host.
        for (size_t i = 0; i < (m_components.size() + 5) / 6; ++i)
            m_managers.push_back(std::make_unique<QNetworkAccessManager>());
        m_running = true;
        for (size_t i = 0; i < m_components.size(); ++i)
            send(i);
    }

    // Abandons every request in flight: what the node did with it stays unknown.
    void stop() {
        m_running = false;
        for (Component& c : m_components) {
            if (QNetworkReply* reply = c.reply) {
                QObject::disconnect(reply, nullptr, &m_context, nullptr);
                if (!reply->isFinished())
                    reply->abort();
                delete reply; // now: events Qt still posts to an aborted reply go with it
            }
            c.reply = nullptr;
        }
    }

    int inFlight() const {
        int n = 0;
        for (const Component& c : m_components)
            n += !c.reply.isNull();
        return n;
    }

    // instance -> lease id of every lease the node acknowledged and that was not released since.
    QMap<QString, QString> held() const {
        QMap<QString, QString> leases;
        for (const Component& c : m_components) {
            if (!c.leaseId.isEmpty())
                leases.insert(c.instance, c.leaseId);
        }
        return leases;
    }

    // After a restart, the node's live leases (instance -> lease id) are what
    // each component holds: a grant or release whose answer was lost may or
    // may not have happened, and the node's answer settles it.
    // Returns how many of them no component knew of: grants that took effect
    // although their answer never arrived.
    int adopt(const QMap<QString, QString>& live) {
        int unknown = 0;
        for (Component& c : m_components) {
            const QString id = live.value(c.instance);
            unknown += !id.isEmpty() && id != c.leaseId && id != c.releasing;
            c.leaseId = id;
            c.releasing.clear();
        }
        return unknown;
    }

    const Counts& counts() const { return m_counts; }
    const QStringList& violations() const { return m_violations; }
    // The last 503 body received, to show why the node refused.
    QJsonObject lastUnavailable() const { return m_lastUnavailable; }

private:
    enum class Action { Grant, Renew, Release };
    struct Component {
        QString instance;
        int cores = 1;
        QString leaseId;   // held: acknowledged, release not sent
        QString releasing; // its release is in flight
        QPointer<QNetworkReply> reply;
        Action action = Action::Grant;
        QElapsedTimer sent;
    };

    void send(size_t index) {
        Component& c = m_components[index];
        QByteArray method = "POST";
        QByteArray body = "{}";
        QString path;
        if (c.leaseId.isEmpty()) {
            c.action = Action::Grant;
            path = QStringLiteral("/api/v1/leases");
            body = QJsonDocument(QJsonObject{{QStringLiteral("component"), m_component},
                                             {QStringLiteral("instance"), c.instance},
                                             {QStringLiteral("host"), QStringLiteral("load-host")},
                                             {QStringLiteral("ips"), QJsonArray{QStringLiteral("127.0.0.1")}},
                                             {QStringLiteral("cores"), c.cores},
                                             {QStringLiteral("version"), QStringLiteral("1")}})
                       .toJson(QJsonDocument::Compact);
        } else if (m_random.bounded(10) < 7) {
            c.action = Action::Renew;
            path = QStringLiteral("/api/v1/leases/%1/renew").arg(c.leaseId);
        } else {
            c.action = Action::Release;
            method = "DELETE";
            body.clear();
            path = QStringLiteral("/api/v1/leases/%1").arg(c.leaseId);
            c.releasing = c.leaseId;
            c.leaseId.clear(); // from now on it may be gone at any moment
        }
        QNetworkRequest request(QUrl(m_base + path));
        request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
        request.setTransferTimeout(m_timeoutMs);
        QNetworkReply* reply =
            m_managers[index % m_managers.size()]->sendCustomRequest(request, method, body);
        c.reply = reply;
        c.sent.start();
        QObject::connect(reply, &QNetworkReply::finished, &m_context,
                         [this, index, reply] { answered(index, reply); });
    }

    void answered(size_t index, QNetworkReply* reply) {
        Component& c = m_components[index];
        c.reply = nullptr;
        c.releasing.clear();
        reply->deleteLater();
        const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        const QJsonObject json = QJsonDocument::fromJson(reply->readAll()).object();
        m_counts.slowestMs = qMax(m_counts.slowestMs, c.sent.elapsed());
        if (status == 201 && c.action == Action::Grant) {
            ++m_counts.grants;
            c.leaseId = json.value(QStringLiteral("lease_id")).toString();
            checkPlaces(c.instance);
        } else if (status == 200 && c.action == Action::Renew) {
            ++m_counts.renewals;
        } else if (status == 204 && c.action == Action::Release) {
            ++m_counts.releases;
        } else if (status == 403 && c.action == Action::Grant) {
            ++m_counts.denied;
        } else if (status == 503) {
            ++m_counts.unavailable;
            m_lastUnavailable = json;
        } else if (status == 404 && c.action == Action::Renew) {
            m_violations << QStringLiteral(
                                "the renewal of acknowledged lease %1 of %2 was answered 404: lost")
                                .arg(c.leaseId, c.instance);
            c.leaseId.clear();
        } else if (status == 0) {
            ++m_counts.noAnswer;
        } else {
            ++m_counts.unexpected;
            m_violations << QStringLiteral("%1 answered %2: %3")
                                .arg(reply->url().path())
                                .arg(status)
                                .arg(QString::fromUtf8(QJsonDocument(json).toJson(QJsonDocument::Compact)));
        }
        if (m_running)
            send(index);
    }

    // The node acknowledged a grant: the leases this load holds must fit the license.
    void checkPlaces(const QString& instance) {
        int leases = 0;
        int cores = 0;
        for (const Component& c : m_components) {
            leases += !c.leaseId.isEmpty();
            cores += c.leaseId.isEmpty() ? 0 : c.cores;
        }
        if (leases > m_maxInstances || cores > m_maxTotalCores)
            m_violations << QStringLiteral("after granting %1 the components hold %2 leases and %3 cores; "
                                           "the license allows %4 and %5")
                                .arg(instance)
                                .arg(leases)
                                .arg(cores)
                                .arg(m_maxInstances)
                                .arg(m_maxTotalCores);
    }

    QString m_component;
    int m_maxInstances;
    int m_maxTotalCores;
    QRandomGenerator m_random;
    std::vector<Component> m_components;
    std::vector<std::unique_ptr<QNetworkAccessManager>> m_managers;
    QObject m_context; // the answers' receiver: disconnecting it abandons a request
    QString m_base;
    int m_timeoutMs = 5000;
    bool m_running = false;
    Counts m_counts;
    QStringList m_violations;
    QJsonObject m_lastUnavailable;
};

} // namespace lk::test
