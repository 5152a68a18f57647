#include "alert/AlertSettingsFile.h"

#include "util/TextFile.h"

#include <QFileInfo>
#include <QSettings>

using namespace Qt::StringLiterals;

namespace lk {
namespace {

// Reads typed values from one section, keeping the first error, which names
// the file, the section and the key.
class IniSection {
    Q_DECLARE_TR_FUNCTIONS(AlertSettingsFile)

public:
    IniSection(QSettings& settings, const QString& section, std::optional<Error>& error)
        : m_settings(settings)
        , m_section(section)
        , m_error(error) {
        if (!section.isEmpty())
            m_settings.beginGroup(section);
        for (const QString& key : m_settings.childKeys())
            m_unknown.insert(key);
    }
    ~IniSection() {
        if (!m_unknown.isEmpty())
            fail(*m_unknown.cbegin(), tr("unknown key"));
        if (!m_section.isEmpty())
            m_settings.endGroup();
    }

    void text(const QString& key, QString& into) {
        if (has(key))
            into = m_settings.value(key).toStringList().join(u", "_s);
    }
    void list(const QString& key, QStringList& into) {
        if (!has(key))
            return;
        into.clear();
        // QSettings splits at commas; a value may also list with spaces.
        for (const QString& part : m_settings.value(key).toStringList())
            into.append(part.split(u' ', Qt::SkipEmptyParts));
    }
    void integer(const QString& key, int& into) {
        if (!has(key))
            return;
        bool ok = false;
        const QString text = m_settings.value(key).toString().trimmed();
        const int value = text.toInt(&ok);
        if (!ok)
            return fail(key, tr("\"%1\" is not a whole number").arg(text));
        into = value;
    }
    void boolean(const QString& key, bool& into) {
        if (!has(key))
            return;
        const QString text = m_settings.value(key).toString().trimmed().toLower();
        if (text != u"true"_s && text != u"false"_s)
            return fail(key, tr("\"%1\" is neither true nor false").arg(text));
        into = text == u"true"_s;
    }

private:
    bool has(const QString& key) {
        m_unknown.remove(key);
        return m_settings.contains(key);
    }
    void fail(const QString& key, const QString& message) {
        if (m_error)
            return;
        const QString where = m_section.isEmpty() ? key : u"[%1] %2"_s.arg(m_section, key);
        m_error = makeError(u"invalid_alert_settings"_s,
                            tr("%1: %2: %3").arg(m_settings.fileName(), where, message));
    }

    QSettings& m_settings;
    QString m_section;
    std::optional<Error>& m_error;
    QSet<QString> m_unknown;
};

// QSettings splits an unquoted value at commas and reads backslashes as
// escapes; a quoted one is taken whole (a URL with a comma, a Windows path).
QString quoted(QString text) {
    text.replace(u'\\', u"\\\\"_s).replace(u'"', u"\\\""_s);
    return u'"' + text + u'"';
}

QStringList knownSections() {
    QStringList sections{u"webhook"_s, u"mail"_s};
    for (AlertKind kind : AlertRule::allKinds())
        sections.append(AlertRule::code(kind));
    return sections;
}

void readSections(QSettings& ini, AlertSettings& settings, std::optional<Error>& error) {
    {
        IniSection top(ini, QString(), error);
        top.integer(u"evaluate-interval-s"_s, settings.evaluateIntervalS);
    }
    {
        IniSection webhook(ini, u"webhook"_s, error);
        webhook.text(u"url"_s, settings.webhook.url);
        webhook.text(u"secret-file"_s, settings.webhook.secretFile);
        webhook.integer(u"attempts"_s, settings.webhook.attempts);
        webhook.integer(u"retry-base-ms"_s, settings.webhook.retryBaseMs);
        webhook.integer(u"timeout-ms"_s, settings.webhook.timeoutMs);
    }
    {
        IniSection mail(ini, u"mail"_s, error);
        mail.text(u"host"_s, settings.mail.host);
        mail.integer(u"port"_s, settings.mail.port);
        mail.text(u"security"_s, settings.mail.security);
        mail.text(u"user"_s, settings.mail.user);
        mail.text(u"password-file"_s, settings.mail.passwordFile);
        mail.text(u"from"_s, settings.mail.from);
        mail.list(u"to"_s, settings.mail.to);
        mail.text(u"ca-file"_s, settings.mail.caFile);
    }
    for (AlertRule& rule : settings.rules) {
        IniSection section(ini, AlertRule::code(rule.kind), error);
        section.boolean(u"enabled"_s, rule.enabled);
        section.integer(u"threshold"_s, rule.threshold);
        section.integer(u"quiet-period-s"_s, rule.quietPeriodS);
        section.list(u"channels"_s, rule.channels);
    }
}

} // namespace

AlertSettingsFile::AlertSettingsFile(QString path, QObject* parent)
    : QObject(parent)
    , m_file(std::move(path)) {
    connect(&m_file, &WatchedFile::changed, this, &AlertSettingsFile::changed);
}

Result<AlertSettings> AlertSettingsFile::parse(const QString& path) {
    if (!QFileInfo::exists(path))
        return AlertSettings();
    QSettings ini(path, QSettings::IniFormat);
    if (ini.status() != QSettings::NoError)
        return makeError(u"invalid_alert_settings"_s,
                         IniSection::tr("%1: not a readable INI file").arg(path));
    for (const QString& section : ini.childGroups()) {
        if (!knownSections().contains(section))
            return makeError(u"invalid_alert_settings"_s,
                             IniSection::tr("%1: unknown section [%2]; the sections are %3")
                                 .arg(path, section, knownSections().join(u", "_s)));
    }
    AlertSettings settings;
    std::optional<Error> error;
    readSections(ini, settings, error);
    if (error)
        return *error;
    if (auto valid = settings.validate(); !valid)
        return makeError(valid.error().code, IniSection::tr("%1: %2").arg(path, valid.error().message));
    return settings;
}

Result<AlertSettings> AlertSettingsFile::load() {
    m_file.read();
    return parse(m_file.path());
}

QByteArray AlertSettingsFile::format(const AlertSettings& settings) {
    QByteArray text = "; LeaseKeeper alert settings (docs/alerts.md). Written by the License Manager\n"
                      "; when changed from the console or the API; comments are not kept.\n";
    auto line = [&text](const QString& key, const QString& value) {
        text += (key + u" = "_s + value).toUtf8() + '\n';
    };
    line(u"evaluate-interval-s"_s, QString::number(settings.evaluateIntervalS));
    text += "\n[webhook]\n";
    line(u"url"_s, quoted(settings.webhook.url));
    line(u"secret-file"_s, quoted(settings.webhook.secretFile));
    line(u"attempts"_s, QString::number(settings.webhook.attempts));
    line(u"retry-base-ms"_s, QString::number(settings.webhook.retryBaseMs));
    line(u"timeout-ms"_s, QString::number(settings.webhook.timeoutMs));
    text += "\n[mail]\n";
    line(u"host"_s, quoted(settings.mail.host));
    line(u"port"_s, QString::number(settings.mail.port));
    line(u"security"_s, settings.mail.security);
    line(u"user"_s, quoted(settings.mail.user));
    line(u"password-file"_s, quoted(settings.mail.passwordFile));
    line(u"from"_s, quoted(settings.mail.from));
    line(u"to"_s, settings.mail.to.join(u' '));
    line(u"ca-file"_s, quoted(settings.mail.caFile));
    for (const AlertRule& rule : settings.rules) {
        text += "\n[" + AlertRule::code(rule.kind).toUtf8() + "]\n";
        line(u"enabled"_s, rule.enabled ? u"true"_s : u"false"_s);
        if (!AlertRule::thresholdUnit(rule.kind).isEmpty())
            line(u"threshold"_s, QString::number(rule.threshold));
        line(u"quiet-period-s"_s, QString::number(rule.quietPeriodS));
        line(u"channels"_s, rule.channels.join(u' '));
    }
    return text;
}

Status AlertSettingsFile::save(const AlertSettings& settings) {
    const QByteArray text = format(settings);
    if (auto written = TextFile::write(m_file.path(), text); !written)
        return written;
    m_file.noteWritten(text);
    return {};
}

} // namespace lk
