#pragma once

#include <QByteArray>
#include <QString>
#include <cstdio>
#include <cstdlib>

// An invariant of the code under test. A failure aborts, which libFuzzer
// reports as a crash and saves the input that caused it.
#define FUZZ_CHECK(condition)                                                                                \
    do {                                                                                                     \
        if (!(condition)) {                                                                                  \
            std::fprintf(stderr, "%s:%d: invariant failed: %s\n", __FILE__, __LINE__, #condition);           \
            std::abort();                                                                                    \
        }                                                                                                    \
    } while (false)

namespace lk::fuzz {

inline QByteArray bytes(const uint8_t* data, size_t size) {
    return QByteArray(reinterpret_cast<const char*>(data), qsizetype(size));
}

// Larger inputs only slow the fuzzer down: every file the harnesses read is
// a few hundred bytes in real use.
inline constexpr size_t kMaxInput = 16 * 1024;

} // namespace lk::fuzz
