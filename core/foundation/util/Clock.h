#pragma once

#include <QtGlobal>

namespace lk {

// Wall-clock time in milliseconds since the Unix epoch. Every rule that
// depends on time reads it through a Clock so that tests can run days of
// grace in milliseconds.
class Clock {
public:
    virtual ~Clock() = default;
    virtual qint64 nowMs() const = 0;
};

class SystemClock final : public Clock {
public:
    qint64 nowMs() const override;
};

} // namespace lk
