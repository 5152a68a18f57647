// Windows part of DescriptorLimit: sockets are handles, not C runtime file
// descriptors, and a process has no per-process cap on them to raise.
#include "http/DescriptorLimit.h"

namespace lk {

long DescriptorLimit::raiseTo(long wanted) {
    static_cast<void>(wanted);
    return -1;
}

} // namespace lk
