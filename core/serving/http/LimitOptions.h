#pragma once

#include "http/ServerLimits.h"
#include "util/Result.h"

#include <QCoreApplication>

namespace lk {

// The values of --max-request-bytes, --idle-timeout, --request-timeout and
// --max-connections (and their INI keys), checked; errors have code "usage"
// and name the option.
class LimitOptions {
    Q_DECLARE_TR_FUNCTIONS(LimitOptions)

public:
    // "1048576", "512k", "1m" (binary units); 1 KiB to 1 GiB.
    static Result<qint64> parseBytes(const QString& option, const QString& text);
    // Seconds, fractions allowed ("0.25"); more than 0, at most a day.
    static Result<std::chrono::milliseconds> parseSeconds(const QString& option, const QString& text);
    // 1 to 1000000.
    static Result<int> parseCount(const QString& option, const QString& text);
    // Applies whichever of the four options `value` yields (null: not given).
    template <typename Lookup> static Status apply(ServerLimits& limits, Lookup value);
};

template <typename Lookup> Status LimitOptions::apply(ServerLimits& limits, Lookup value) {
    using namespace Qt::StringLiterals;
    if (const QString text = value(u"max-request-bytes"_s); !text.isNull()) {
        auto bytes = parseBytes(u"max-request-bytes"_s, text);
        if (!bytes)
            return bytes.error();
        limits.maxRequestBytes = bytes.value();
    }
    if (const QString text = value(u"idle-timeout"_s); !text.isNull()) {
        auto timeout = parseSeconds(u"idle-timeout"_s, text);
        if (!timeout)
            return timeout.error();
        limits.idleTimeout = timeout.value();
    }
    if (const QString text = value(u"request-timeout"_s); !text.isNull()) {
        auto timeout = parseSeconds(u"request-timeout"_s, text);
        if (!timeout)
            return timeout.error();
        limits.requestTimeout = timeout.value();
    }
    if (const QString text = value(u"max-connections"_s); !text.isNull()) {
        auto count = parseCount(u"max-connections"_s, text);
        if (!count)
            return count.error();
        limits.maxConnections = count.value();
    }
    return {};
}

} // namespace lk
