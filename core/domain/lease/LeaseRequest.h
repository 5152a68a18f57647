#pragma once

#include <QCoreApplication>
#include <QStringList>

namespace lk {

// What a component sends when it asks to start. Its JSON form is
// wire/LeaseRequestJson, whose messages about the fields are tr() of this struct.
struct LeaseRequest {
    Q_DECLARE_TR_FUNCTIONS(LeaseRequest)

public:
    static constexpr int kMaxCores = 4096;
    static constexpr int kMaxIps = 64;

    QString component; // type, e.g. "vdp"
    QString instance;  // stable identity of the component, e.g. "host:9999"
    QString host;
    QStringList ips;
    int cores = 0;
    QString version;
    // Optional "host:port" where the License Manager probes the component
    // when it misses renewals (ProbeTarget); empty: its instance id, when
    // that has this form.
    QString probe = {};

    friend bool operator==(const LeaseRequest&, const LeaseRequest&) = default;
};

} // namespace lk
