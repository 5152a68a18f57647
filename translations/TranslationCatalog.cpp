#include "TranslationCatalog.h"

#include <QDir>

using namespace Qt::StringLiterals;

namespace lk {

QString translationResourceDir() {
    return u":/i18n"_s;
}

QString translationResourcePath(const QString& languageCode) {
    return translationResourceDir() % u"/leasekeeper_"_s % languageCode % u".qm"_s;
}

QStringList availableTranslations() {
    static const QString prefix = u"leasekeeper_"_s;
    QStringList codes;
    const QStringList files =
        QDir(translationResourceDir()).entryList({prefix % u"*.qm"_s}, QDir::Files, QDir::Name);
    for (const QString& file : files) {
        codes.append(file.mid(prefix.size(), file.size() - prefix.size() - 3));
    }
    return codes;
}

} // namespace lk
