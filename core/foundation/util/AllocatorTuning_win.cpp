#include "util/AllocatorTuning.h"

namespace lk {

// The Windows heap keeps freed blocks for reuse on its own.
void tuneAllocatorForServing() {}

} // namespace lk
