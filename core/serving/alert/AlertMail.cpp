#include "alert/AlertMail.h"

using namespace Qt::StringLiterals;

namespace lk {

QString AlertMail::subject(const AlertMessage& alert) {
    const QString subject = u"[LeaseKeeper] "_s + alert.summary;
    return alert.test ? u"[test] "_s + subject : subject;
}

QString AlertMail::body(const AlertMessage& alert) {
    QStringList lines;
    if (!alert.detail.isEmpty())
        lines << alert.detail << QString();
    const auto add = [&lines](const QString& label, const QString& value) {
        if (!value.isEmpty())
            lines << label.arg(value);
    };
    add(tr("Rule: %1"), alert.rule);
    add(tr("Severity: %1"), alert.severity);
    add(tr("Subject: %1"), alert.subject);
    add(tr("Node: %1"), alert.node);
    add(tr("Time: %1"), QDateTime::fromMSecsSinceEpoch(alert.atMs, Qt::UTC).toString(Qt::ISODate));
    add(tr("Alert ID: %1"), alert.id);
    return lines.join(u'\n') + u'\n';
}

MailMessage AlertMail::compose(const AlertMessage& alert, const MailSettings& settings, qint64 nowMs) {
    MailMessage mail;
    mail.from = settings.from;
    mail.to = settings.to;
    mail.subject = subject(alert);
    mail.body = body(alert);
    mail.date = QDateTime::fromMSecsSinceEpoch(nowMs, Qt::UTC);
    mail.messageId = MailMessage::makeMessageId(alert.id, settings.from);
    return mail;
}

} // namespace lk
