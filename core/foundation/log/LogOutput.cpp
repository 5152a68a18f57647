#include "log/LogOutput.h"

#include <QFile>
#include <QMutex>
#include <QMutexLocker>
#include <cstdio>
#include <memory>

using namespace Qt::StringLiterals;

namespace lk {

namespace {

LogOutput::Style g_style; // set once, before the handler is installed
// --log-file; messages come from every thread (the store worker logs too).
QMutex g_fileMutex;
std::unique_ptr<QFile> g_file;

void appendJsonString(QByteArray& out, const QString& text) {
    out += '"';
    for (const char c : text.toUtf8()) {
        switch (c) {
        case '"':
            out += "\\\"";
            break;
        case '\\':
            out += "\\\\";
            break;
        case '\n':
            out += "\\n";
            break;
        case '\r':
            out += "\\r";
            break;
        case '\t':
            out += "\\t";
            break;
        default:
            if (static_cast<unsigned char>(c) < 0x20) {
                char escape[8];
                std::snprintf(escape, sizeof(escape), "\\u%04x", unsigned(c));
                out += escape;
            } else {
                out += c;
            }
        }
    }
    out += '"';
}

void appendJsonValue(QByteArray& out, const QJsonValue& value) {
    switch (value.type()) {
    case QJsonValue::Bool:
        out += value.toBool() ? "true" : "false";
        break;
    case QJsonValue::Double: {
        const double number = value.toDouble();
        const qint64 whole = value.toInteger();
        out += double(whole) == number ? QByteArray::number(whole) : QByteArray::number(number, 'g', 17);
        break;
    }
    case QJsonValue::String:
        appendJsonString(out, value.toString());
        break;
    default:
        out += "null"; // fields are scalars; anything else says nothing
    }
}

QByteArray jsonLine(QtMsgType type, const char* category, const QString& message, const LogFields* fields,
                    const QDateTime& now) {
    QByteArray line = "{\"time\":";
    appendJsonString(line, now.toUTC().toString(Qt::ISODateWithMs));
    line += ",\"level\":\"";
    line += LogOutput::levelName(type);
    line += "\",\"category\":";
    appendJsonString(line, QString::fromLatin1(category));
    line += ",\"message\":";
    appendJsonString(line, message);
    if (fields) {
        for (const LogFields::Field& field : fields->fields()) {
            line += ',';
            appendJsonString(line, field.key);
            line += ':';
            appendJsonValue(line, field.value);
        }
    }
    line += "}\n";
    return line;
}

QByteArray plainLine(QtMsgType type, const char* category, const QString& message, const QDateTime& now) {
    return now.toLocalTime().toString(u"yyyy-MM-ddThh:mm:ss.zzz").toUtf8() + ' ' +
           LogOutput::levelName(type) + ' ' + category + ": " + message.toUtf8() + '\n';
}

QByteArray journalLines(QtMsgType type, const char* category, const QString& message) {
    // The journal reads each line as an entry of its own: every line gets
    // the priority, or a continuation would be logged at the default one.
    const QByteArray prefix =
        '<' + QByteArray::number(LogOutput::syslogPriority(type)) + '>' + category + ": ";
    QByteArray out;
    for (const QString& line : message.split(u'\n'))
        out += prefix + line.toUtf8() + '\n';
    return out;
}

void handle(QtMsgType type, const QMessageLogContext& context, const QString& message) {
    const char* category = context.category ? context.category : "default";
    const QByteArray line = LogOutput::format(g_style, type, category, message, LogFields::current(),
                                              QDateTime::currentDateTimeUtc());
    {
        QMutexLocker lock(&g_fileMutex);
        if (g_file) {
            g_file->write(line);
            g_file->flush();
            return;
        }
    }
    // One write per line: stdio locks the stream per call, so lines from
    // different threads never interleave.
    std::fwrite(line.constData(), 1, size_t(line.size()), stderr);
    std::fflush(stderr);
}

} // namespace

Status LogOutput::install(Style style, const QString& filePath) {
    std::unique_ptr<QFile> file;
    if (!filePath.isEmpty()) {
        file = std::make_unique<QFile>(filePath);
        if (!file->open(QIODevice::WriteOnly | QIODevice::Append))
            return makeError(u"log_file"_s,
                             tr("cannot open the log file %1: %2").arg(filePath, file->errorString()));
        style.journald = false; // a file is not the journal, whatever stderr is
    }
    {
        QMutexLocker lock(&g_fileMutex);
        g_file = std::move(file);
    }
    g_style = style;
    qInstallMessageHandler(handle);
    return {};
}

void LogOutput::uninstall() {
    qInstallMessageHandler(nullptr);
    QMutexLocker lock(&g_fileMutex);
    g_file.reset();
}

bool LogOutput::stderrIsJournal() {
    return !qEnvironmentVariableIsEmpty("JOURNAL_STREAM");
}

QByteArray LogOutput::format(const Style& style, QtMsgType type, const char* category, const QString& message,
                             const LogFields* fields, const QDateTime& now) {
    if (style.format == LogFormat::Json)
        return jsonLine(type, category, message, fields, now);
    if (style.journald)
        return journalLines(type, category, message);
    return plainLine(type, category, message, now);
}

const char* LogOutput::levelName(QtMsgType type) {
    switch (type) {
    case QtDebugMsg:
        return "debug";
    case QtInfoMsg:
        return "info";
    case QtWarningMsg:
        return "warning";
    case QtCriticalMsg:
        return "critical";
    case QtFatalMsg:
        return "fatal";
    }
    return "info";
}

int LogOutput::syslogPriority(QtMsgType type) {
    switch (type) {
    case QtDebugMsg:
        return 7;
    case QtInfoMsg:
        return 6;
    case QtWarningMsg:
        return 4;
    case QtCriticalMsg:
        return 3;
    case QtFatalMsg:
        return 2;
    }
    return 6;
}

} // namespace lk
