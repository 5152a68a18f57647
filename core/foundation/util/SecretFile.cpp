#include "util/SecretFile.h"

#include <QFile>

using namespace Qt::StringLiterals;

namespace lk {

Result<QByteArray> SecretFile::read(const QString& path) {
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return makeError(u"unreadable"_s, file.errorString());
    const QByteArray secret = file.read(kMaxBytes + 1).trimmed();
    if (secret.size() < kMinBytes || secret.size() > kMaxBytes)
        return makeError(
            u"length"_s,
            tr("the secret in %1 must be %2 to %3 characters long").arg(path).arg(kMinBytes).arg(kMaxBytes));
    return secret;
}

} // namespace lk
