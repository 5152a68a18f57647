#pragma once
// Where the embedded LeaseKeeper catalogues live and which languages they cover.

#include <QString>
#include <QStringList>

namespace lk {

// Resource directory of the compiled catalogues (":/i18n").
QString translationResourceDir();

// Resource path of the catalogue for a language code ("es" -> ":/i18n/leasekeeper_es.qm").
QString translationResourcePath(const QString& languageCode);

// Language codes with an embedded catalogue, sorted ("de", "en", "es").
QStringList availableTranslations();

} // namespace lk
