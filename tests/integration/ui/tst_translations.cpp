#include "TranslationCatalog.h"
#include "window/AppIcon.h"
#include "window/Translations.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QIcon>
#include <QImage>
#include <QLibraryInfo>
#include <QPixmap>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>
#include <QTranslator>
#include <QXmlStreamReader>

using namespace Qt::StringLiterals;
using namespace lk;

namespace {

QString sourceDir() {
    return qEnvironmentVariable("LEASEKEEPER_SOURCE_DIR");
}

// The .ts files that need a translation for every message (the English one
// holds the source texts and only adds plural forms).
QStringList translatedTsFiles(const QString& dir) {
    QStringList files;
    const QStringList names = QDir(dir).entryList({u"leasekeeper_*.ts"_s}, QDir::Files, QDir::Name);
    for (const QString& name : names) {
        if (name != u"leasekeeper_en.ts"_s)
            files.append(QDir(dir).filePath(name));
    }
    return files;
}

QStringList placeholders(const QString& text) {
    static const QRegularExpression pattern(u"%(\\d+)"_s);
    QStringList found;
    for (auto it = pattern.globalMatch(text); it.hasNext();) {
        const QString one = it.next().captured(0);
        if (!found.contains(one))
            found.append(one);
    }
    found.sort();
    return found;
}

// Every message of a .ts file that is unfinished, empty, or whose placeholders
// differ from its source's, as "context: source (why)".
QStringList problemsIn(const QString& path, QString* error) {
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = file.errorString();
        return {};
    }
    QStringList problems;
    QXmlStreamReader xml(&file);
    QString context;
    QString source;
    QString type;
    QStringList forms;
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isStartElement()) {
            const auto name = xml.name();
            if (name == u"name"_s) {
                context = xml.readElementText();
            } else if (name == u"message"_s) {
                source.clear();
                type.clear();
                forms.clear();
            } else if (name == u"source"_s) {
                source = xml.readElementText();
            } else if (name == u"translation"_s) {
                type = xml.attributes().value(u"type"_s).toString();
                // A plain translation holds text; a plural one holds <numerusform>s.
                QString text;
                while (!xml.atEnd()) {
                    xml.readNext();
                    if (xml.isCharacters()) {
                        text += xml.text();
                    } else if (xml.isStartElement() && xml.name() == u"numerusform"_s) {
                        forms.append(xml.readElementText());
                    } else if (xml.isEndElement() && xml.name() == u"translation"_s) {
                        break;
                    }
                }
                if (forms.isEmpty())
                    forms.append(text.trimmed().isEmpty() ? QString() : text);
            }
        } else if (xml.isEndElement() && xml.name() == u"message"_s) {
            if (type == u"vanished"_s || type == u"obsolete"_s)
                continue;
            const QString where = context % u": \""_s % source % u'"';
            if (type == u"unfinished"_s) {
                problems.append(where % u" (unfinished)"_s);
                continue;
            }
            for (const QString& form : std::as_const(forms)) {
                if (form.isEmpty()) {
                    problems.append(where % u" (empty translation)"_s);
                    break;
                }
                if (placeholders(form) != placeholders(source)) {
                    problems.append(where % u" (placeholders differ: \""_s % form % u"\")"_s);
                    break;
                }
            }
        }
    }
    if (xml.hasError())
        *error = u"%1 at line %2"_s.arg(xml.errorString()).arg(xml.lineNumber());
    return problems;
}

} // namespace

class tst_Translations : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void cleanup();
    void embedsEveryLanguage();
    void catalogueTranslates_data();
    void catalogueTranslates();
    void cataloguePluralForms_data();
    void cataloguePluralForms();
    void installSwitchesLanguage();
    void installFallsBackToEnglish();
    void installSystemLanguage();
    void installsQtsOwnTranslations();
    void everyMessageIsTranslated_data();
    void everyMessageIsTranslated();
    void translationsAreCurrent();
    void appIconIsEmbedded();
};

void tst_Translations::cleanup() {
    Translations::install(*QCoreApplication::instance(), u"en"_s);
}

void tst_Translations::embedsEveryLanguage() {
    QCOMPARE(availableTranslations(), (QStringList{u"de"_s, u"en"_s, u"es"_s}));
    QCOMPARE(translationResourcePath(u"es"_s), u":/i18n/leasekeeper_es.qm"_s);
    QVERIFY(QFile::exists(translationResourcePath(u"de"_s)));
}

void tst_Translations::catalogueTranslates_data() {
    QTest::addColumn<QString>("language");
    QTest::addColumn<QString>("context");
    QTest::addColumn<QString>("source");
    QTest::addColumn<QString>("translation");
    QTest::newRow("es NodeCard") << u"es"_s << u"lk::NodeCard"_s << u"Reachable"_s << u"Accesible"_s;
    QTest::newRow("de NodeCard") << u"de"_s << u"lk::NodeCard"_s << u"Reachable"_s << u"Erreichbar"_s;
    QTest::newRow("es HistoryModel") << u"es"_s << u"lk::HistoryModel"_s << u"grace period expired"_s
                                     << u"periodo de gracia agotado"_s;
    QTest::newRow("de HistoryModel") << u"de"_s << u"lk::HistoryModel"_s << u"grace period expired"_s
                                     << u"Karenzzeit abgelaufen"_s;
    // A non-QObject context (Q_DECLARE_TR_FUNCTIONS) from core/.
    QTest::newRow("es LeaseRequest") << u"es"_s << u"LeaseRequest"_s << u"missing field 'cores'"_s
                                     << u"falta el campo 'cores'"_s;
    QTest::newRow("de LeaseRequest") << u"de"_s << u"LeaseRequest"_s << u"missing field 'cores'"_s
                                     << u"Feld 'cores' fehlt"_s;
}

void tst_Translations::catalogueTranslates() {
    QFETCH(QString, language);
    QFETCH(QString, context);
    QFETCH(QString, source);
    QTranslator translator;
    QVERIFY(translator.load(translationResourcePath(language)));
    QCOMPARE(translator.language(), language);
    QTEST(translator.translate(context.toUtf8().constData(), source.toUtf8().constData()), "translation");
}

void tst_Translations::cataloguePluralForms_data() {
    QTest::addColumn<QString>("language");
    QTest::addColumn<int>("count");
    QTest::addColumn<QString>("translation");
    QTest::newRow("en 1") << u"en"_s << 1 << u"%1 of 1 lease shown"_s;
    QTest::newRow("en 3") << u"en"_s << 3 << u"%1 of 3 leases shown"_s;
    QTest::newRow("es 1") << u"es"_s << 1 << u"%1 de 1 concesión mostrada"_s;
    QTest::newRow("es 3") << u"es"_s << 3 << u"%1 de 3 concesiones mostradas"_s;
    QTest::newRow("de 1") << u"de"_s << 1 << u"%1 von 1 Lease angezeigt"_s;
    QTest::newRow("de 3") << u"de"_s << 3 << u"%1 von 3 Leases angezeigt"_s;
}

void tst_Translations::cataloguePluralForms() {
    QFETCH(QString, language);
    QFETCH(int, count);
    QTranslator translator;
    QVERIFY(translator.load(translationResourcePath(language)));
    QCoreApplication::installTranslator(&translator);
    const QString text =
        QCoreApplication::translate("lk::LeasesPage", "%1 of %n lease(s) shown", nullptr, count);
    QCoreApplication::removeTranslator(&translator);
    QTEST(text, "translation");
}

void tst_Translations::installSwitchesLanguage() {
    auto& app = *QCoreApplication::instance();
    QVERIFY(Translations::install(app, u"de"_s));
    QCOMPARE(QCoreApplication::translate("lk::NodeCard", "Reachable"), u"Erreichbar"_s);
    QCOMPARE(QCoreApplication::translate("ConsoleSession", "History"), u"Verlauf"_s);
    QVERIFY(Translations::install(app, u"es_MX"_s));
    QCOMPARE(QCoreApplication::translate("lk::NodeCard", "Reachable"), u"Accesible"_s);
    QCOMPARE(QCoreApplication::translate("ConsoleSession", "History"), u"Historial"_s);
}

void tst_Translations::installFallsBackToEnglish() {
    auto& app = *QCoreApplication::instance();
    QVERIFY(Translations::install(app, u"de"_s));
    QTest::ignoreMessage(QtWarningMsg, "leasekeeper: no translation for language \"fi\"; using English");
    QVERIFY(!Translations::install(app, u"fi"_s));
    QCOMPARE(QCoreApplication::translate("lk::NodeCard", "Reachable"), u"Reachable"_s);
    QCOMPARE(QCoreApplication::translate("lk::LeasesPage", "%1 of %n lease(s) shown", nullptr, 2),
             u"%1 of 2 leases shown"_s);
}

void tst_Translations::installSystemLanguage() {
    // The system's language is the host's: whatever it is, English is the fallback.
    Translations::install(*QCoreApplication::instance(), QString());
    const QStringList known{u"Reachable"_s, u"Accesible"_s, u"Erreichbar"_s};
    QVERIFY(known.contains(QCoreApplication::translate("lk::NodeCard", "Reachable")));
}

void tst_Translations::installsQtsOwnTranslations() {
    const QString qtDir = QLibraryInfo::path(QLibraryInfo::TranslationsPath);
    if (!QFile::exists(qtDir % u"/qtbase_de.qm"_s))
        QSKIP("Qt's own German translations are not installed (Debian: qt6-translations-l10n)");
    QVERIFY(Translations::install(*QCoreApplication::instance(), u"de"_s));
    QCOMPARE(QCoreApplication::translate("QPlatformTheme", "Cancel"), u"Abbrechen"_s);
}

void tst_Translations::everyMessageIsTranslated_data() {
    QTest::addColumn<QString>("path");
    QVERIFY2(!sourceDir().isEmpty(), "LEASEKEEPER_SOURCE_DIR is not set (ctest sets it)");
    const QStringList files = translatedTsFiles(sourceDir() % u"/translations"_s);
    QVERIFY2(files.size() >= 2, "expected at least leasekeeper_es.ts and leasekeeper_de.ts");
    for (const QString& file : files)
        QTest::newRow(qPrintable(QFileInfo(file).fileName())) << file;
}

void tst_Translations::everyMessageIsTranslated() {
    QFETCH(QString, path);
    QString error;
    const QStringList problems = problemsIn(path, &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QVERIFY2(problems.isEmpty(), qPrintable(u"%1 message(s) of %2 need work (see docs/translations.md):\n  "_s
                                                .arg(problems.size())
                                                .arg(path) +
                                            problems.join(u"\n  "_s)));
}

// A tr() string added to the sources without running the update target
// (docs/translations.md) would stay untranslated: run lupdate on copies of
// the .ts files and require that it finds nothing new.
void tst_Translations::translationsAreCurrent() {
    const QString lupdate = QStringLiteral(LEASEKEEPER_LUPDATE);
    if (!QFile::exists(lupdate))
        QSKIP("lupdate is not installed");
    QVERIFY2(!sourceDir().isEmpty(), "LEASEKEEPER_SOURCE_DIR is not set (ctest sets it)");
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    QStringList copies;
    for (const QString& file : translatedTsFiles(sourceDir() % u"/translations"_s)) {
        const QString copy = dir.filePath(QFileInfo(file).fileName());
        QVERIFY(QFile::copy(file, copy));
        copies.append(copy);
    }
    QProcess process;
    process.setProcessChannelMode(QProcess::MergedChannels);
    QStringList arguments{u"-locations"_s, u"none"_s, u"-no-obsolete"_s, u"-silent"_s};
    for (const char* area : {"core", "ui", "app"})
        arguments.append(sourceDir() % u'/' % QLatin1StringView(area));
    arguments.append(u"-ts"_s);
    arguments.append(copies);
    process.start(lupdate, arguments);
    QVERIFY(process.waitForFinished(120000));
    QVERIFY2(process.exitCode() == 0, process.readAll().constData());

    for (const QString& copy : std::as_const(copies)) {
        QString error;
        const QStringList problems = problemsIn(copy, &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QVERIFY2(problems.isEmpty(),
                 qPrintable(u"%1 is out of date: run `ninja -C BUILD_DIR update_translations` and translate "
                            "(docs/translations.md):\n  "_s.arg(QFileInfo(copy).fileName()) +
                            problems.join(u"\n  "_s)));
    }
}

// The window icon ships in the same library; check its resource is linked in.
void tst_Translations::appIconIsEmbedded() {
    const QIcon icon = appIcon();
    QVERIFY(!icon.isNull());
    for (int size : {16, 32, 48, 256}) {
        const QPixmap pixmap = icon.pixmap(size, size);
        QCOMPARE(pixmap.size(), QSize(size, size));
        const QImage image = pixmap.toImage();
        QVERIFY(qAlpha(image.pixel(size / 2, size / 2)) > 0); // opaque in the middle
        QCOMPARE(qAlpha(image.pixel(0, 0)), 0);               // transparent corner
    }
}

QTEST_MAIN(tst_Translations)
#include "tst_translations.moc"
