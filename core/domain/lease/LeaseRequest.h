#pragma once

#include "util/Result.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QStringList>

namespace lk {

// What a component sends when it asks to start.
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

    // Validates a request body; errors have code "invalid_request" and name the field.
    static Result<LeaseRequest> fromJson(const QJsonObject& json);
    QJsonObject toJson() const;

    friend bool operator==(const LeaseRequest&, const LeaseRequest&) = default;
};

} // namespace lk
