#include "alert/MailMessage.h"

#include "alert/MailEncoding.h"

#include <QRandomGenerator>

using namespace Qt::StringLiterals;

namespace lk {
namespace {

// "To: a@example.com, b@example.com", one address a line when they do
// not fit on one. The addresses were checked: nothing in them needs encoding.
QByteArray addressHeader(const QByteArray& name, const QStringList& addresses) {
    QByteArray header = name + ':';
    qsizetype lineLength = header.size();
    for (qsizetype i = 0; i < addresses.size(); ++i) {
        const QByteArray address = MailEncoding::singleLine(addresses.at(i)).toLatin1();
        const QByteArray item = i + 1 < addresses.size() ? address + ',' : address;
        if (i > 0 && lineLength + 1 + item.size() > MailEncoding::kFoldHeaderAt) {
            header += "\r\n";
            lineLength = 0;
        }
        header += ' ' + item;
        lineLength += 1 + item.size();
    }
    return header;
}

QString msgIdPart(const QString& text) {
    QString part;
    for (const QChar c : text) {
        if ((c.unicode() < 0x80 && c.isLetterOrNumber()) || c == u'-' || c == u'.')
            part += c;
    }
    while (part.contains(u".."_s))
        part.replace(u".."_s, u"."_s);
    while (part.startsWith(u'.'))
        part.remove(0, 1);
    while (part.endsWith(u'.'))
        part.chop(1);
    return part;
}

} // namespace

QString MailMessage::makeMessageId(const QString& local, const QString& sender) {
    QString domain = msgIdPart(sender.section(u'@', -1));
    if (domain.isEmpty())
        domain = u"leasekeeper.invalid"_s;
    const QString random = QString::number(QRandomGenerator::global()->generate64(), 36);
    const QString prefix = msgIdPart(local);
    return u"<"_s + (prefix.isEmpty() ? random : prefix + u'.' + random) + u'@' + domain + u'>';
}

QByteArray MailMessage::toBytes() const {
    QByteArray message;
    const auto add = [&message](const QByteArray& line) { message += line + "\r\n"; };
    add(MailEncoding::headerText("Date", QString::fromLatin1(MailEncoding::date(date))));
    add(addressHeader("From", {from}));
    add(addressHeader("To", to));
    add(MailEncoding::headerText("Subject", subject));
    add(MailEncoding::headerText("Message-ID", messageId));
    add("Auto-Submitted: auto-generated"); // RFC 3834: no vacation replies to alerts
    add("MIME-Version: 1.0");
    add("Content-Type: text/plain; charset=UTF-8");
    add("Content-Transfer-Encoding: quoted-printable");
    add(QByteArray());
    return message + MailEncoding::quotedPrintable(body);
}

} // namespace lk
