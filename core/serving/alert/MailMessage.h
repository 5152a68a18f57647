#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QString>
#include <QStringList>

namespace lk {

// One plain-text mail, and the RFC 5322 bytes it is sent as.
struct MailMessage {
    QString from; // bare addresses, checked by MailSettings::checkAddress
    QStringList to;
    QString subject; // one line; line breaks in it become spaces
    QString body;    // any line ends
    QDateTime date;
    QString messageId; // "<unique@domain>"; a retry sends the same one

    // Headers and a quoted-printable UTF-8 body, every line ending in CRLF
    // and at most 78 characters long where folding allows (76 in the
    // body). Not dot-stuffed: that is the DATA step's job.
    QByteArray toBytes() const;
    // "<local.random@domain of sender>": `local` is reduced to letters,
    // digits, "-" and "." so that the header stays a valid msg-id.
    static QString makeMessageId(const QString& local, const QString& sender);
};

} // namespace lk
