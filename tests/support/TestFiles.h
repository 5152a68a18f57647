// Small files a test writes before it runs the code under test (INI files,
// tokens, passwords). False when the file cannot be written in full.
#pragma once

#include <QByteArray>
#include <QFile>
#include <QString>

namespace lk::test {

inline bool writeTestFile(const QString& path, const QByteArray& content) {
    QFile file(path);
    return file.open(QIODevice::WriteOnly | QIODevice::Truncate) && file.write(content) == content.size();
}

} // namespace lk::test
