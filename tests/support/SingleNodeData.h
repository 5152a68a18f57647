// What a single License Manager on SQLite leaves behind, for the tests that
// move it into PostgreSQL (leasekeeper-ctl store migrate, the HA wizard).
#pragma once

#include "util/Clock.h"

#include <QString>

namespace lk::test {

// Three leases (one of them released) and `denials` denials in a fresh SQLite
// file at `path`, written at `clock`'s time. The path, or empty when the file
// cannot be made.
QString writeSingleNodeData(const QString& path, const Clock& clock, int denials = 1);

} // namespace lk::test
