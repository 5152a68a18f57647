#pragma once

#include <QCoreApplication>
#include <QString>

namespace lk {

// Human-readable spans such as "4 d 21 h 13 m", for countdowns and uptimes.
class Duration {
    Q_DECLARE_TR_FUNCTIONS(Duration)

public:
    // The two largest non-zero units; seconds only below one hour.
    static QString format(qint64 ms);
};

} // namespace lk
