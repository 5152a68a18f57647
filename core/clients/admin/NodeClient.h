#pragma once

#include "admin/NodeStatus.h"
#include "util/Clock.h"
#include "util/Result.h"

#include <QNetworkAccessManager>
#include <QObject>
#include <QUrl>
#include <functional>

namespace lk {

// The console's asynchronous view of one node (or a load balancer's virtual
// host): every call returns at once and answers through its callback on this
// object's thread, so the window never waits on the network.
class NodeClient final : public QObject {
    Q_OBJECT

public:
    template <typename T> using Callback = std::function<void(const Result<T>&)>;

    static constexpr int kTimeoutMs = 5000;

    NodeClient(QUrl baseUrl, QNetworkAccessManager& network, const Clock& clock, QObject* parent = nullptr);

    const QUrl& baseUrl() const { return m_baseUrl; }
    void setAdminToken(const QByteArray& token) { m_adminToken = token; }
    bool hasAdminToken() const { return !m_adminToken.isEmpty(); }
    const QByteArray& adminToken() const { return m_adminToken; }

    // Ping and status together: a node that answers the ping but not the
    // status still counts as reachable.
    void fetchStatus(std::function<void(const NodeStatus&)> done);
    void fetchLeases(Callback<LeaseSnapshot> done);
    void fetchHistory(const HistoryQuery& query, Callback<QList<HistoryEntry>> done);
    void freeLease(const QString& leaseId, const QString& reason, Callback<bool> done);
    // Grants and renewals the node served after sequence number `after` (admin).
    void fetchRenewals(qint64 after, Callback<RenewalBatch> done);

private:
    struct Answer {
        int status = 0;
        QJsonObject json;
        QString error;
        qint64 sentAtMs = 0;
        qint64 receivedAtMs = 0;
    };
    void request(const QByteArray& method, const QString& pathAndQuery, const QByteArray& body, bool admin,
                 std::function<void(const Answer&)> done);
    static Error failure(const Answer& answer, const QString& what);

    QUrl m_baseUrl;
    QNetworkAccessManager& m_network;
    const Clock& m_clock;
    QByteArray m_adminToken;
};

} // namespace lk
