#include "window/Translations.h"

#include "TranslationCatalog.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

using namespace Qt::StringLiterals;

namespace lk {

namespace {

const QString kInstalledName = u"lk_translations"_s;

// Removes the translators an earlier install() left on the application.
void removePrevious(QCoreApplication& app) {
    const auto previous = app.findChildren<QTranslator*>(kInstalledName, Qt::FindDirectChildrenOnly);
    for (QTranslator* translator : previous) {
        QCoreApplication::removeTranslator(translator);
        delete translator;
    }
}

bool installFrom(QCoreApplication& app, const QLocale& locale, const QString& name, const QString& dir) {
    auto* translator = new QTranslator(&app);
    translator->setObjectName(kInstalledName);
    if (!translator->load(locale, name, u"_"_s, dir) || !QCoreApplication::installTranslator(translator)) {
        delete translator;
        return false;
    }
    return true;
}

} // namespace

bool Translations::install(QCoreApplication& app, const QString& languageCode) {
    removePrevious(app);
    const QLocale locale = languageCode.isEmpty() ? QLocale::system() : QLocale(languageCode);

    bool installed = installFrom(app, locale, u"leasekeeper"_s, translationResourceDir());
    if (!installed) {
        // The sources are English; its catalogue only adds the plural forms.
        installFrom(app, QLocale(QLocale::English), u"leasekeeper"_s, translationResourceDir());
        if (!languageCode.isEmpty()) {
            qWarning("leasekeeper: no translation for language \"%s\"; using English",
                     qUtf8Printable(languageCode));
        }
    }
    // Qt's own strings (standard buttons, dialogs), when the system has them.
    const QString qtDir = QLibraryInfo::path(QLibraryInfo::TranslationsPath);
    if (installed || locale.language() == QLocale::English) {
        installFrom(app, locale, u"qtbase"_s, qtDir);
    }
    return installed;
}

} // namespace lk
