#include "http/LimitOptions.h"

#include <cmath>

using namespace Qt::StringLiterals;

namespace lk {

namespace {

Error usage(const QString& message) {
    return makeError(u"usage"_s, message);
}

} // namespace

Result<qint64> LimitOptions::parseBytes(const QString& option, const QString& text) {
    QString digits = text.trimmed().toLower();
    qint64 unit = 1;
    if (digits.endsWith(u'k')) {
        unit = 1024;
        digits.chop(1);
    } else if (digits.endsWith(u'm')) {
        unit = 1024 * 1024;
        digits.chop(1);
    }
    bool ok = false;
    const qint64 number = digits.toLongLong(&ok);
    if (!ok || number <= 0 || number > ServerLimits::kMaxRequestBytes / unit ||
        number * unit < ServerLimits::kMinRequestBytes)
        return usage(tr("--%1 '%2' must be a number of bytes from %3 to %4 (k and m suffixes allowed)")
                         .arg(option, text)
                         .arg(ServerLimits::kMinRequestBytes)
                         .arg(ServerLimits::kMaxRequestBytes));
    return number * unit;
}

Result<std::chrono::milliseconds> LimitOptions::parseSeconds(const QString& option, const QString& text) {
    bool ok = false;
    const double seconds = text.trimmed().toDouble(&ok);
    const double milliseconds = std::round(seconds * 1000);
    if (!ok || !std::isfinite(seconds) || milliseconds < 1 || seconds > 86400)
        return usage(tr("--%1 '%2' must be a number of seconds above 0 and at most 86400").arg(option, text));
    return std::chrono::milliseconds(qint64(milliseconds));
}

Result<int> LimitOptions::parseCount(const QString& option, const QString& text) {
    bool ok = false;
    const int count = text.trimmed().toInt(&ok);
    if (!ok || count < 1 || count > ServerLimits::kMaxConnectionsCeiling)
        return usage(tr("--%1 '%2' must be a number from 1 to %3")
                         .arg(option, text)
                         .arg(ServerLimits::kMaxConnectionsCeiling));
    return count;
}

} // namespace lk
