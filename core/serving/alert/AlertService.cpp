#include "alert/AlertService.h"

#include "log/LogCategories.h"

using namespace Qt::StringLiterals;

namespace lk {

AlertService::AlertService(LeaseService& service, const Clock& clock, std::function<qint64()> storeNow,
                           QString role, QString path, QObject* parent)
    : QObject(parent)
    , m_clock(clock)
    , m_dispatcher(clock, service.nodeName())
    , m_monitor(std::make_unique<AlertMonitor>(service, m_dispatcher, std::move(storeNow), std::move(role))) {
    if (!path.isEmpty())
        m_file = std::make_unique<AlertSettingsFile>(std::move(path));
}

AlertService::~AlertService() = default;

Status AlertService::start() {
    if (!m_file)
        return use(AlertSettings());
    auto settings = m_file->load();
    if (!settings)
        return settings.error();
    if (auto used = use(settings.value()); !used)
        return used;
    connect(m_file.get(), &AlertSettingsFile::changed, this, [this] { Q_EMIT fileReloaded(reload()); });
    return {};
}

Status AlertService::use(const AlertSettings& settings) {
    auto secrets = AlertSecrets::read(settings);
    if (!secrets)
        return secrets.error();
    if (auto configured = m_dispatcher.configure(settings, secrets.value()); !configured)
        return configured;
    m_settings = settings;
    m_monitor->setSettings(settings);
    return {};
}

Status AlertService::apply(const AlertSettings& settings) {
    if (!m_file)
        return makeError(u"no_alerts_file"_s,
                         tr("this node keeps no alert settings file, so changes could not be kept; start it "
                            "with --alerts FILE"));
    if (auto valid = settings.validate(); !valid)
        return valid;
    auto secrets = AlertSecrets::read(settings);
    if (!secrets)
        return secrets.error();
    // Channels that cannot be built (a CA file that cannot be read) are refused before saving.
    if (auto channels =
            AlertChannels::make(settings, secrets.value(), m_clock, AlertChannels::Attempts::Once);
        !channels)
        return channels.error();
    if (auto saved = m_file->save(settings); !saved)
        return saved;
    return use(settings);
}

Status AlertService::reload() {
    auto settings = m_file->load();
    if (!settings)
        return settings.error();
    return use(settings.value());
}

} // namespace lk
