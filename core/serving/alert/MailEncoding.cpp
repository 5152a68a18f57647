#include "alert/MailEncoding.h"

#include <QList>
#include <algorithm>

using namespace Qt::StringLiterals;

namespace lk {
namespace {

// An encoded-word may be 75 characters long (RFC 2047 2): "=?UTF-8?B?" and
// "?=" leave room for 60 characters of base64, which carry 45 bytes.
constexpr qsizetype kEncodedWordBytes = 45;
constexpr qsizetype kEncodedWordFrame = 12; // "=?UTF-8?B?" and "?="
// Longer than this, an unbroken run of ASCII could not be folded under the
// hard limit of 998 characters a line; encoded-words can be split anywhere.
constexpr qsizetype kLongestPlainWord = 900;

bool isLineBreakOrControl(QChar c) {
    const char16_t u = c.unicode();
    return u < 0x20 || u == 0x7f || u == 0x85 || u == 0x2028 || u == 0x2029;
}

QByteArray hexEscape(uchar byte) {
    static const char kHex[] = "0123456789ABCDEF";
    const char escape[] = {'=', kHex[byte >> 4], kHex[byte & 0xf]};
    return QByteArray(escape, sizeof escape);
}

} // namespace

QString MailEncoding::singleLine(const QString& text) {
    QString line = text;
    for (QChar& c : line) {
        if (isLineBreakOrControl(c))
            c = u' ';
    }
    return line;
}

QByteArray MailEncoding::quotedPrintable(const QString& text) {
    QString normalized = text;
    normalized.replace(u"\r\n"_s, u"\n"_s).replace(u'\r', u'\n');
    QStringList lines = normalized.split(u'\n');
    if (normalized.endsWith(u'\n'))
        lines.removeLast();
    QByteArray encoded;
    for (const QString& line : lines)
        encoded += quotedPrintableLine(line.toUtf8()) + "\r\n";
    return encoded;
}

QByteArray MailEncoding::quotedPrintableLine(const QByteArray& utf8) {
    QByteArray encoded;
    qsizetype lineLength = 0;
    for (qsizetype i = 0; i < utf8.size(); ++i) {
        const uchar byte = uchar(utf8.at(i));
        const bool last = i == utf8.size() - 1;
        // A space or tab at the end of a line would be lost by mail
        // servers that trim lines, so only an inner one stays literal.
        const bool literal =
            (byte >= 33 && byte <= 126 && byte != '=') || ((byte == ' ' || byte == '\t') && !last);
        const QByteArray token = literal ? QByteArray(1, char(byte)) : hexEscape(byte);
        // Room for the "=" of a soft line break, unless this is the end.
        const qsizetype limit = last ? kMaxBodyLine : kMaxBodyLine - 1;
        if (lineLength + token.size() > limit) {
            encoded += "=\r\n";
            lineLength = 0;
        }
        encoded += token;
        lineLength += token.size();
    }
    return encoded;
}

bool MailEncoding::needsEncodedWords(const QString& value) {
    if (value.contains(u"=?"_s)) // would read as an encoded-word of its own
        return true;
    for (const QChar c : value) {
        if (c.unicode() > 0x7e)
            return true;
    }
    const QStringList words = value.split(u' ');
    return std::any_of(words.cbegin(), words.cend(),
                       [](const QString& word) { return word.size() > kLongestPlainWord; });
}

QList<QByteArray> MailEncoding::encodedWords(const QString& value, qsizetype firstLineRoom) {
    // The first word fits after "Name: ": base64 turns 3 bytes into 4 characters.
    const qsizetype firstBytes = (firstLineRoom - kEncodedWordFrame) / 4 * 3;
    qsizetype limit = qBound<qsizetype>(3, firstBytes, kEncodedWordBytes);
    QList<QByteArray> words;
    QByteArray chunk;
    const auto flush = [&words, &chunk, &limit] {
        if (!chunk.isEmpty())
            words.append("=?UTF-8?B?" + chunk.toBase64() + "?=");
        chunk.clear();
        limit = kEncodedWordBytes;
    };
    // Whole characters only: a word must decode to valid UTF-8 on its own.
    for (qsizetype i = 0; i < value.size(); ++i) {
        const qsizetype length = value.at(i).isHighSurrogate() && i + 1 < value.size() ? 2 : 1;
        const QByteArray character = value.mid(i, length).toUtf8();
        i += length - 1;
        if (!chunk.isEmpty() && chunk.size() + character.size() > limit)
            flush();
        chunk += character;
    }
    flush();
    return words;
}

QByteArray MailEncoding::foldWords(qsizetype used, const QList<QByteArray>& words) {
    QByteArray folded;
    qsizetype lineLength = used;
    for (const QByteArray& word : words) {
        // Never before the first word: a value that starts on the next line
        // is read with a leading space by some mail programs.
        if (!folded.isEmpty() && lineLength + 1 + word.size() > kFoldHeaderAt) {
            folded += "\r\n";
            lineLength = 0;
        }
        // Before the first word as after "Name:", and at the start of a
        // continuation line, which is what makes it one.
        folded += ' ' + word;
        lineLength += 1 + word.size();
    }
    return folded;
}

QByteArray MailEncoding::headerText(const QByteArray& name, const QString& value) {
    const QString text = singleLine(value).simplified();
    QList<QByteArray> words;
    if (needsEncodedWords(text))
        words = encodedWords(text, kFoldHeaderAt - name.size() - 2);
    else if (!text.isEmpty())
        words = text.toLatin1().split(' ');
    QByteArray header = name + ':';
    header += words.isEmpty() ? QByteArray() : foldWords(header.size(), words);
    return header;
}

QByteArray MailEncoding::date(const QDateTime& time) {
    static const char* const kDays[] = {"Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"};
    static const char* const kMonths[] = {"Jan", "Feb", "Mar", "Apr", "May", "Jun",
                                          "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"};
    const QDateTime utc = (time.isValid() ? time : QDateTime::currentDateTimeUtc()).toUTC();
    const QDate day = utc.date();
    const QTime clock = utc.time();
    return QByteArray(kDays[day.dayOfWeek() - 1]) + ", " +
           QByteArray::number(day.day()).rightJustified(2, '0') + ' ' + kMonths[day.month() - 1] + ' ' +
           QByteArray::number(day.year()) + ' ' + QByteArray::number(clock.hour()).rightJustified(2, '0') +
           ':' + QByteArray::number(clock.minute()).rightJustified(2, '0') + ':' +
           QByteArray::number(clock.second()).rightJustified(2, '0') + " +0000";
}

QByteArray MailEncoding::dotStuffed(const QByteArray& message) {
    QByteArray stuffed = message;
    if (!stuffed.isEmpty() && !stuffed.endsWith("\r\n"))
        stuffed += "\r\n";
    stuffed.replace("\r\n.", "\r\n..");
    if (stuffed.startsWith('.'))
        stuffed.prepend('.');
    return stuffed + ".\r\n";
}

} // namespace lk
