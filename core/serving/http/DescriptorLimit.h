#pragma once

namespace lk {

// The process's limit on open file descriptors (RLIMIT_NOFILE), which caps
// the connections a server can hold whatever --max-connections says.
class DescriptorLimit {
public:
    // Raises the soft limit towards `wanted`, never above the hard limit.
    // Returns the soft limit afterwards (-1 where there is no such limit).
    static long raiseTo(long wanted);
};

} // namespace lk
