// POSIX part of DescriptorLimit: RLIMIT_NOFILE.
#include "http/DescriptorLimit.h"

#include <QtGlobal>
#include <sys/resource.h>

namespace lk {

long DescriptorLimit::raiseTo(long wanted) {
    rlimit limit{};
    if (getrlimit(RLIMIT_NOFILE, &limit) != 0)
        return -1;
    if (limit.rlim_cur != RLIM_INFINITY && rlim_t(wanted) > limit.rlim_cur) {
        rlimit raised = limit;
        raised.rlim_cur =
            limit.rlim_max == RLIM_INFINITY ? rlim_t(wanted) : qMin(rlim_t(wanted), limit.rlim_max);
        if (setrlimit(RLIMIT_NOFILE, &raised) == 0)
            limit = raised;
    }
    return limit.rlim_cur == RLIM_INFINITY ? wanted : long(limit.rlim_cur);
}

} // namespace lk
