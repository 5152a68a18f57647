#include "SmtpSink.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QProcess>
#include <QTest>

using namespace Qt::StringLiterals;

namespace lk::test {
namespace {

// Debian's interpreter on purpose: a python3 earlier on PATH (pyenv, a
// virtualenv) may not have the aiosmtpd package.
const QString kPython = u"/usr/bin/python3"_s;

QString script() {
    return qEnvironmentVariable("LEASEKEEPER_SOURCE_DIR") + u"/tests/support/smtp_sink.py"_s;
}

QStringList arguments(const QString& outDir, const SmtpSink::Options& options) {
    QStringList arguments{script(), u"--port"_s, u"0"_s, u"--out"_s, outDir};
    if (!options.certificate.isEmpty())
        arguments << u"--cert"_s << options.certificate << u"--key"_s << options.key;
    if (options.implicitTls)
        arguments << u"--implicit-tls"_s;
    if (options.noStartTls)
        arguments << u"--no-starttls"_s;
    if (!options.user.isEmpty())
        arguments << u"--user"_s << options.user << u"--password"_s << options.password;
    for (const QString& address : options.rejectRecipients)
        arguments << u"--reject-recipient"_s << address;
    if (options.failFirst > 0)
        arguments << u"--fail-first"_s << QString::number(options.failFirst) << u"--fail-on"_s
                  << options.failOn;
    return arguments;
}

QByteArray readAll(const QString& path) {
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

} // namespace

bool SmtpSink::available() {
    QProcess probe;
    probe.start(kPython, {u"-c"_s, u"import aiosmtpd"_s});
    return probe.waitForFinished(10000) && probe.exitStatus() == QProcess::NormalExit &&
           probe.exitCode() == 0;
}

quint16 SmtpSink::start(const QString& outDir, const Options& options) {
    m_outDir = outDir;
    m_process.start(kPython, arguments(outDir, options));
    quint16 port = 0;
    const bool up = QTest::qWaitFor(
        [&] {
            m_log += m_process.readAllStandardError();
            if (m_process.canReadLine())
                port = quint16(m_process.readLine().trimmed().toUInt());
            return port != 0 || m_process.state() == QProcess::NotRunning;
        },
        10000);
    if (!up || port == 0)
        qWarning("smtp_sink.py did not start: %s", log().constData());
    return port;
}

int SmtpSink::messageCount() const {
    return int(QDir(m_outDir).entryList({u"*.json"_s}, QDir::Files).size());
}

bool SmtpSink::waitForMessages(int count, int boundMs) const {
    return QTest::qWaitFor([&] { return messageCount() >= count; }, boundMs);
}

ReceivedMail SmtpSink::message(int n) const {
    const QString base = QDir(m_outDir).filePath(QString::number(n));
    const QJsonObject record = QJsonDocument::fromJson(readAll(base + u".json"_s)).object();
    ReceivedMail mail;
    mail.mailFrom = record.value(u"mail_from"_s).toString();
    for (const QJsonValue& recipient : record.value(u"rcpt_tos"_s).toArray())
        mail.rcptTos << recipient.toString();
    mail.authUser = record.value(u"auth_user"_s).toString();
    mail.raw = readAll(base + u".eml"_s);
    mail.subject = record.value(u"subject"_s).toString();
    mail.body = record.value(u"body"_s).toString().replace(u"\r\n"_s, u"\n"_s);
    mail.headers = record.value(u"headers"_s).toObject();
    for (const QJsonValue& defect : record.value(u"defects"_s).toArray())
        mail.defects << defect.toString();
    return mail;
}

QStringList SmtpSink::commands() const {
    return QString::fromLatin1(readAll(QDir(m_outDir).filePath(u"commands.log"_s)))
        .split(u'\n', Qt::SkipEmptyParts);
}

QByteArray SmtpSink::log() {
    m_log += m_process.readAllStandardError();
    return m_log;
}

SmtpSink::~SmtpSink() {
    if (m_process.state() == QProcess::NotRunning)
        return;
    m_process.closeWriteChannel(); // the sink exits when its stdin closes
    if (!m_process.waitForFinished(3000)) {
        m_process.kill();
        m_process.waitForFinished(3000);
    }
}

} // namespace lk::test
