#pragma once

#include <QMetaType>
#include <QString>

#include <optional>

namespace lk {

// One thing that happened to a component's license, as it reports it.
struct ClientEvent {
    enum class Kind { Licensed, Renewed, Grace, Recovered, Denied, Unreachable, Shutdown, Released };

    Kind kind = Kind::Licensed;
    QString instance;
    QString leaseId;
    QString node;                          // the License Manager that answered, when one did
    QString message;                       // for people; server messages are passed on as they are
    QString reason;                        // machine-readable, e.g. the server's denial reason
    std::optional<qint64> graceRemainingMs; // while a lease is held

    static QString kindName(Kind kind);
};

} // namespace lk

Q_DECLARE_METATYPE(lk::ClientEvent)
