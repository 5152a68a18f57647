#include "util/AllocatorTuning.h"

#include <cstdlib> // defines __GLIBC__ on glibc
#if defined(__GLIBC__)
#include <malloc.h>
#endif

namespace lk {

void tuneAllocatorForServing() {
#if defined(__GLIBC__)
    // Fixed thresholds (setting them turns off glibc's dynamic adjustment):
    // trim only when 64 MiB sit free at the top of a heap, and serve blocks
    // up to 32 MiB from the heap rather than from a fresh mapping each time.
    mallopt(M_TRIM_THRESHOLD, 64 * 1024 * 1024);
    mallopt(M_MMAP_THRESHOLD, 32 * 1024 * 1024);
#endif
}

} // namespace lk
