#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QString>

namespace lk {

// The encodings a plain-text mail needs, each a pure function so that what
// goes on the wire is decided here and tested without a server.
class MailEncoding {
public:
    // Longest encoded line of a body (RFC 2045 6.7), and the length a
    // header line is folded at (RFC 5322 2.1.1).
    static constexpr qsizetype kMaxBodyLine = 76;
    static constexpr qsizetype kFoldHeaderAt = 78;

    // UTF-8 text as quoted-printable lines ending in CRLF; any line end in
    // `text` (LF, CR, CRLF) becomes one CRLF. A leading "." is left alone:
    // the SMTP DATA step stuffs it.
    static QByteArray quotedPrintable(const QString& text);
    // A header's value, folded so that no line of `name: value` is longer
    // than kFoldHeaderAt where it can be helped: ASCII text as it is, broken at
    // spaces; other text as RFC 2047 encoded-words (UTF-8, base64).
    // Line breaks and control characters become spaces first, so a value can
    // never add a header of its own.
    static QByteArray headerText(const QByteArray& name, const QString& value);
    // "Mon, 07 Dec 2026 02:04:55 +0000": RFC 5322 date in UTC, English
    // names whatever the locale.
    static QByteArray date(const QDateTime& time);
    // `text` with CR, LF and other control characters turned into spaces.
    static QString singleLine(const QString& text);
    // A message's text as DATA sends it (RFC 5321 4.5.2): every line that
    // starts with "." gets another one, and the terminating ".".
    static QByteArray dotStuffed(const QByteArray& message);

private:
    static bool needsEncodedWords(const QString& value);
    static QByteArray foldWords(qsizetype used, const QList<QByteArray>& words);
    static QList<QByteArray> encodedWords(const QString& value, qsizetype firstLineRoom);
    static QByteArray quotedPrintableLine(const QByteArray& utf8);
};

} // namespace lk
