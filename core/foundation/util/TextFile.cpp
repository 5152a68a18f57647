#include "util/TextFile.h"

#include "license/LicenseErrorCode.h"

#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonParseError>
#include <QSaveFile>

namespace lk {
namespace {

// Private keys and licenses are a few hundred bytes; refusing anything huge
// keeps a wrong path (a disk image, /dev/zero) from eating memory.
constexpr qint64 kMaxFileBytes = 1024 * 1024;

Status writeWith(QSaveFile& file, const QByteArray& bytes, bool ownerOnly) {
    if (!file.open(QIODevice::WriteOnly))
        return makeError(LicenseErrorCode::writeFailed.toString(),
                         TextFile::tr("cannot write %1: %2").arg(file.fileName(), file.errorString()));
    // QSaveFile writes to a temporary file; restrict it while it is still empty.
    if (ownerOnly && !file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner)) {
        file.cancelWriting();
        return makeError(
            LicenseErrorCode::writeFailed.toString(),
            TextFile::tr("cannot restrict %1 to mode 0600: %2").arg(file.fileName(), file.errorString()));
    }
    if (file.write(bytes) != bytes.size() || !file.commit())
        return makeError(LicenseErrorCode::writeFailed.toString(),
                         TextFile::tr("cannot write %1: %2").arg(file.fileName(), file.errorString()));
    return {};
}

} // namespace

Result<QByteArray> TextFile::read(const QString& path, const QString& what) {
    const QFileInfo info(path);
    if (!info.exists())
        return makeError(LicenseErrorCode::fileNotFound.toString(),
                         tr("%1 %2 does not exist").arg(what, path));
    if (info.isDir())
        return makeError(LicenseErrorCode::fileUnreadable.toString(),
                         tr("%1 %2 is a directory, not a file").arg(what, path));
    if (info.size() > kMaxFileBytes)
        return makeError(LicenseErrorCode::fileUnreadable.toString(),
                         tr("%1 %2 is larger than 1 MiB; this is not a LeaseKeeper file").arg(what, path));
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return makeError(LicenseErrorCode::fileUnreadable.toString(),
                         tr("cannot read %1 %2: %3").arg(what, path, file.errorString()));
    return file.readAll();
}

Result<QJsonObject> TextFile::readObject(const QString& path, const QString& what,
                                         QStringView malformedCode) {
    auto bytes = read(path, what);
    if (!bytes)
        return bytes.error();
    auto object = parseObject(bytes.value(), malformedCode);
    if (!object)
        return makeError(object.error().code, tr("%1 %2: %3").arg(what, path, object.error().message));
    return object;
}

Result<QJsonObject> TextFile::parseObject(const QByteArray& bytes, QStringView malformedCode) {
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(bytes, &parseError);
    if (parseError.error != QJsonParseError::NoError)
        return makeError(
            malformedCode.toString(),
            tr("not valid JSON (%1 at byte %2)").arg(parseError.errorString()).arg(parseError.offset));
    if (!document.isObject())
        return makeError(malformedCode.toString(), tr("the JSON document must be an object ({...})"));
    return document.object();
}

Status TextFile::write(const QString& path, const QByteArray& bytes) {
    QSaveFile file(path);
    return writeWith(file, bytes, false);
}

Status TextFile::writePrivate(const QString& path, const QByteArray& bytes, bool overwrite) {
    if (!overwrite && QFileInfo(path).exists())
        return makeError(LicenseErrorCode::fileExists.toString(),
                         tr("%1 already exists and was left unchanged").arg(path));
    QSaveFile file(path);
    return writeWith(file, bytes, true);
}

} // namespace lk
