#pragma once

#include "alert/AlertChannel.h"
#include "alert/AlertChannels.h"
#include "alert/AlertSecrets.h"
#include "alert/AlertSettings.h"
#include "util/Clock.h"

#include <QObject>
#include <deque>
#include <functional>
#include <memory>

namespace lk {

// Hands raised alerts to the channels their rule names, and keeps what the
// console and the API show: the alerts raised lately (numbered, for a
// console that polls for new ones) and the delivery log.
class AlertDispatcher final : public QObject {
    Q_OBJECT

public:
    static constexpr int kKeptAlerts = 200;
    static constexpr int kKeptDeliveries = 500;
    using TestDone = std::function<void(const RaisedAlert&, const QList<AlertDelivery>&)>;

    AlertDispatcher(const Clock& clock, QString nodeName, QObject* parent = nullptr);
    ~AlertDispatcher() override;

    // Builds the channels the settings describe (an error changes nothing);
    // deliveries under way finish on the channels they started on.
    Status configure(const AlertSettings& settings, const AlertSecrets& secrets);
    // Numbers the alert, keeps it and delivers it on each listed channel
    // that is configured ("tray" is the console's, which polls for it).
    RaisedAlert raise(AlertMessage message, const QStringList& channels);
    // One test alert on every configured channel, tried once each (no
    // retries, so the answer comes within a timeout); `done` gets every
    // channel's outcome.
    void sendTest(const QString& actor, QObject* context, TestDone done);

    QList<RaisedAlert> alertsAfter(qint64 seq) const;
    QList<AlertDelivery> deliveries() const { return {m_deliveries.begin(), m_deliveries.end()}; }
    qint64 lastSeq() const { return m_lastSeq; }
    // A fresh alert with id, node and time filled in.
    AlertMessage message(const QString& rule, const QString& severity) const;

Q_SIGNALS:
    void raised(const lk::RaisedAlert& alert);
    void delivered(const lk::AlertDelivery& delivery);

private:
    using ChannelList = AlertChannels::List;
    void record(const AlertDelivery& delivery);

    const Clock& m_clock;
    QString m_nodeName;
    AlertSettings m_settings;
    AlertSecrets m_secrets;
    ChannelList m_channels;
    std::deque<RaisedAlert> m_alerts;
    std::deque<AlertDelivery> m_deliveries;
    qint64 m_lastSeq = 0;
};

} // namespace lk
