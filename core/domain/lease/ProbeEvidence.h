#pragma once

#include "lease/LeaseRequest.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <optional>

namespace lk {

// What a TCP connect to a component's service address said.
enum class ProbeOutcome {
    Refused,     // the host answered and nothing listens: the process is gone
    Timeout,     // no answer: the host is down, or the network between us is cut
    Unreachable, // the address cannot be reached or resolved from here
    Open,        // something listens: probably alive, cut off from the License Manager
};

// One probe of an overdue lease, as kept with the lease as evidence.
struct ProbeResult {
    qint64 atMs = 0;
    ProbeOutcome outcome = ProbeOutcome::Timeout;
    QString detail; // the system's words, for the administrator

    static QString code(ProbeOutcome outcome); // "refused", "timeout", "unreachable", "open"
    static std::optional<ProbeOutcome> outcomeFromCode(const QString& code);

    friend bool operator==(const ProbeResult&, const ProbeResult&) = default;
};

// Where a component is probed: "host:port" (the grant's `probe` address, or
// its instance id when that has this form); IPv6 as "[::1]:port".
struct ProbeTarget {
    Q_DECLARE_TR_FUNCTIONS(ProbeTarget)

public:
    QString host;
    quint16 port = 0;

    // Nothing when the text is not host:port with a port from 1 to 65535.
    static std::optional<ProbeTarget> parse(const QString& text);
    // Where `holder` is probed: its `probe` address, else its instance id
    // when that reads as host:port; nothing when neither does.
    static std::optional<ProbeTarget> of(const LeaseRequest& holder);
    QString toString() const;

    friend bool operator==(const ProbeTarget&, const ProbeTarget&) = default;
};

} // namespace lk
