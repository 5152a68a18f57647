#pragma once

#include <QStringView>

namespace lk {

// Stable Error::code values for files on disk (TextFile and the modules that
// read files through it). Scripts branch on these; the messages are for people.
struct FileErrorCode {
    static constexpr QStringView notFound = u"file_not_found";
    static constexpr QStringView unreadable = u"file_unreadable";
    static constexpr QStringView exists = u"file_exists";
    static constexpr QStringView writeFailed = u"write_failed";
};

} // namespace lk
