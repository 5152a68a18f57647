#pragma once

#include "console/ConnectionProfile.h"

#include <QCoreApplication>

namespace lk {

// The console's saved connection profiles, in profiles.json of its data
// directory. Secrets never go there: admin tokens live in the keychain.
class ProfileStore {
    Q_DECLARE_TR_FUNCTIONS(ProfileStore)

public:
    explicit ProfileStore(const QString& dataDir);

    QString path() const { return m_path; }
    // No file yet is an empty list; a damaged file is an error, never
    // silently treated as empty (saving would then wipe it).
    Result<QList<ConnectionProfile>> load() const;
    // Replaces the file atomically; profile names must be unique.
    Status save(const QList<ConnectionProfile>& profiles) const;
    Result<ConnectionProfile> find(const QString& name) const;
    // Saves `profile` in place of the one named `replacing`, or adds it when
    // there is none (an empty `replacing` always adds; a name taken twice is
    // refused). Reads the file first, so that profiles another console saved
    // meanwhile are kept. Returns the list as saved.
    Result<QList<ConnectionProfile>> put(const ConnectionProfile& profile, const QString& replacing) const;

    static constexpr QStringView kFormat = u"leasekeeper-profiles-1";

private:
    QString m_path;
};

} // namespace lk
