#pragma once

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

namespace lk {

// One reply of an SMTP server (RFC 5321 4.2): a three-digit code and one
// or more lines of text ("250-first", "250 last").
struct SmtpReply {
    int code = 0;
    QStringList lines; // the text after "250-" / "250 ", one entry a line

    bool positive() const { return code >= 200 && code < 400; }
    // 4xx: the server may accept the same later (busy, greylisting, a full disk).
    bool temporary() const { return code >= 400 && code < 500; }
    // "535 5.7.8 Authentication credentials invalid", the lines joined, as a
    // message quotes it: control characters removed and at most 300
    // characters, whatever the server sent.
    QString quoted() const;

    // For an EHLO reply: the keywords of the extensions it lists ("STARTTLS",
    // "AUTH", ...), upper-case, and the mechanisms AUTH offers.
    bool offers(const QString& keyword) const;
    QStringList authMechanisms() const;
};

} // namespace lk
