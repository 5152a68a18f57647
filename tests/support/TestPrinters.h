#pragma once

// Lets QCOMPARE print LeaseKeeper's enums by their API names.
#include "lease/LeaseReasons.h"

#include <QtTest/qtestcase.h>

namespace lk {
inline char* toString(DenialReason reason) {
    return qstrdup(qPrintable(reasonCode(reason)));
}
inline char* toString(EndReason reason) {
    return qstrdup(qPrintable(reasonCode(reason)));
}
} // namespace lk
