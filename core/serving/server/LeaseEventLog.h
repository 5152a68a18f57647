#pragma once

#include "log/LogFields.h"
#include "server/LeaseEvent.h"

#include <QCoreApplication>

namespace lk {

// One log line per lease event, category leasekeeper.lease: grants,
// releases, frees, expiries and replacements at info, denials at warning,
// renewals at debug (there are many; QT_LOGGING_RULES turns them on). The
// event's fields go to --log-format json as keys of their own.
class LeaseEventLog {
    Q_DECLARE_TR_FUNCTIONS(LeaseEventLog)

public:
    static void write(const LeaseEvent& event);

    static QString message(const LeaseEvent& event);
    static LogFields fields(const LeaseEvent& event);
};

} // namespace lk
