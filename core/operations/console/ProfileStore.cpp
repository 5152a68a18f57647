#include "console/ProfileStore.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSaveFile>
#include <QSet>

using namespace Qt::StringLiterals;

namespace lk {

ProfileStore::ProfileStore(const QString& dataDir)
    : m_path(QDir(dataDir).filePath(u"profiles.json"_s)) {}

Result<QList<ConnectionProfile>> ProfileStore::load() const {
    QFile file(m_path);
    if (!file.exists())
        return QList<ConnectionProfile>();
    if (!file.open(QIODevice::ReadOnly))
        return makeError(u"profiles_unreadable"_s, tr("Cannot read %1: %2").arg(m_path, file.errorString()));
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(file.read(4 * 1024 * 1024), &parseError);
    const QJsonObject root = document.object();
    if (parseError.error != QJsonParseError::NoError || root.value(u"format"_s).toString() != kFormat)
        return makeError(
            u"profiles_damaged"_s,
            tr("%1 is not a LeaseKeeper profile file; move it away to start afresh.").arg(m_path));
    QList<ConnectionProfile> profiles;
    for (const QJsonValue& entry : root.value(u"profiles"_s).toArray()) {
        auto profile = ConnectionProfile::fromJson(entry.toObject());
        if (!profile)
            return makeError(u"profiles_damaged"_s, tr("%1: %2").arg(m_path, profile.error().message));
        profiles.append(std::move(profile).value());
    }
    return profiles;
}

Status ProfileStore::save(const QList<ConnectionProfile>& profiles) const {
    QJsonArray entries;
    QSet<QString> names;
    for (const ConnectionProfile& profile : profiles) {
        if (auto valid = profile.validate(); !valid)
            return valid;
        if (names.contains(profile.name))
            return makeError(u"duplicate_profile"_s,
                             tr("There is already a profile named '%1'.").arg(profile.name));
        names.insert(profile.name);
        entries.append(profile.toJson());
    }
    QDir().mkpath(QFileInfo(m_path).absolutePath());
    QSaveFile file(m_path);
    const QJsonObject root{{u"format"_s, kFormat.toString()}, {u"profiles"_s, entries}};
    if (!file.open(QIODevice::WriteOnly) || file.write(QJsonDocument(root).toJson()) < 0 || !file.commit())
        return makeError(u"profiles_unwritable"_s, tr("Cannot save %1: %2").arg(m_path, file.errorString()));
    return {};
}

Result<QList<ConnectionProfile>> ProfileStore::put(const ConnectionProfile& profile,
                                                   const QString& replacing) const {
    auto profiles = load();
    if (!profiles)
        return profiles.error();
    QList<ConnectionProfile> updated = profiles.value();
    const auto existing = std::find_if(updated.begin(), updated.end(),
                                       [&](const ConnectionProfile& p) { return p.name == replacing; });
    if (replacing.isEmpty() || existing == updated.end())
        updated.append(profile);
    else
        *existing = profile;
    if (auto saved = save(updated); !saved)
        return saved.error();
    return updated;
}

Result<ConnectionProfile> ProfileStore::find(const QString& name) const {
    auto profiles = load();
    if (!profiles)
        return profiles.error();
    QStringList names;
    for (const ConnectionProfile& profile : *profiles) {
        if (profile.name == name)
            return profile;
        names.append(profile.name);
    }
    return makeError(u"no_such_profile"_s,
                     names.isEmpty()
                         ? tr("There is no connection profile named '%1'; none is saved yet.").arg(name)
                         : tr("There is no connection profile named '%1'. Saved profiles: %2.")
                               .arg(name, names.join(u", "_s)));
}

} // namespace lk
