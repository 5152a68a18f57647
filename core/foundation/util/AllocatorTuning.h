#pragma once

namespace lk {

// Keeps freed memory in the process instead of handing it back to the
// operating system after every request. With glibc, the store thread's arena
// shrank (madvise) after nearly every SQLite statement, and each shrink
// stopped the other CPU for a TLB shootdown: a third of a renewal's cost in
// the profile (docs/performance.md). Called first thing in the server's
// main(); not in the console's, which holds a 30 MB lease list now and then
// and should give that memory back.
void tuneAllocatorForServing();

} // namespace lk
