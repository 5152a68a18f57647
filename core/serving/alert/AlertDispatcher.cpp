#include "alert/AlertDispatcher.h"

#include "log/LogCategories.h"

#include <QPointer>
#include <QUuid>

using namespace Qt::StringLiterals;

namespace lk {

AlertDispatcher::AlertDispatcher(const Clock& clock, QString nodeName, QObject* parent)
    : QObject(parent)
    , m_clock(clock)
    , m_nodeName(std::move(nodeName)) {}

AlertDispatcher::~AlertDispatcher() = default;

Status AlertDispatcher::configure(const AlertSettings& settings, const AlertSecrets& secrets) {
    auto channels = AlertChannels::make(settings, secrets, m_clock, AlertChannels::Attempts::AsConfigured);
    if (!channels)
        return channels.error();
    m_settings = settings;
    m_secrets = secrets;
    // A channel replaced while delivering finishes its delivery first.
    for (auto& channel : m_channels)
        channel.release()->deleteLater();
    m_channels = std::move(channels).value();
    for (auto& channel : m_channels)
        connect(channel.get(), &AlertChannel::finished, this, &AlertDispatcher::record);
    return {};
}

AlertMessage AlertDispatcher::message(const QString& rule, const QString& severity) const {
    AlertMessage message;
    message.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    message.rule = rule;
    message.severity = severity;
    message.node = m_nodeName;
    message.atMs = m_clock.nowMs();
    return message;
}

RaisedAlert AlertDispatcher::raise(AlertMessage message, const QStringList& channels) {
    RaisedAlert alert{++m_lastSeq, std::move(message), channels};
    m_alerts.push_back(alert);
    if (m_alerts.size() > kKeptAlerts)
        m_alerts.pop_front();
    qCWarning(lcAlert).noquote()
        << tr("alert %1 (%2): %3").arg(alert.message.rule, alert.message.id, alert.message.summary);
    for (auto& channel : m_channels) {
        if (channels.contains(channel->name()))
            channel->deliver(alert.message);
    }
    Q_EMIT raised(alert);
    return alert;
}

void AlertDispatcher::record(const AlertDelivery& delivery) {
    m_deliveries.push_back(delivery);
    if (m_deliveries.size() > kKeptDeliveries)
        m_deliveries.pop_front();
    if (delivery.delivered)
        qCInfo(lcAlert).noquote() << tr("alert %1 delivered by %2 to %3 (%4)")
                                         .arg(delivery.alertId, delivery.channel, delivery.target,
                                              delivery.detail);
    else
        qCWarning(lcAlert).noquote() << tr("alert %1 NOT delivered by %2 to %3 after %n attempt(s): %4",
                                           nullptr, delivery.attempts)
                                            .arg(delivery.alertId, delivery.channel, delivery.target,
                                                 delivery.detail);
    Q_EMIT delivered(delivery);
}

void AlertDispatcher::sendTest(const QString& actor, QObject* context, TestDone done) {
    AlertMessage test = message(u"test"_s, u"info"_s);
    test.test = true;
    test.subject = m_nodeName;
    test.summary = tr("Test alert from %1").arg(m_nodeName);
    test.detail = tr("%1 asked for this test alert. If you read it, alerts from this License Manager "
                     "reach you here.")
                      .arg(actor);
    // Built as configure() built them, so they cannot fail here.
    auto made = AlertChannels::make(m_settings, m_secrets, m_clock, AlertChannels::Attempts::Once);
    auto channels = std::make_shared<ChannelList>(made ? std::move(made).value() : ChannelList());
    const RaisedAlert alert = raise(test, {QString::fromLatin1(alertchannels::kTray)});
    auto outcomes = std::make_shared<QList<AlertDelivery>>();
    if (channels->empty())
        return done(alert, {});
    QPointer<QObject> guard(context);
    for (auto& channel : *channels) {
        connect(channel.get(), &AlertChannel::finished, this,
                [this, channels, outcomes, alert, guard, done](const AlertDelivery& delivery) {
                    record(delivery);
                    outcomes->append(delivery);
                    if (outcomes->size() < qsizetype(channels->size()))
                        return;
                    if (guard)
                        done(alert, *outcomes);
                    for (auto& finished : *channels)
                        finished.release()->deleteLater();
                });
        channel->deliver(test);
    }
}

QList<RaisedAlert> AlertDispatcher::alertsAfter(qint64 seq) const {
    QList<RaisedAlert> after;
    for (const RaisedAlert& alert : m_alerts) {
        if (alert.seq > seq)
            after.append(alert);
    }
    return after;
}

} // namespace lk
