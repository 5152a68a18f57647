#include "alert/SmtpReply.h"

#include "alert/MailEncoding.h"

#include <algorithm>

using namespace Qt::StringLiterals;

namespace lk {
namespace {

constexpr qsizetype kQuotedLength = 300;

// The words of the extension lines of an EHLO reply; its first line is the
// server's greeting to us, not an extension.
QList<QStringList> extensionLines(const QStringList& lines) {
    QList<QStringList> extensions;
    for (qsizetype i = 1; i < lines.size(); ++i) {
        QString line = lines.at(i).toUpper();
        // Some older servers write "AUTH=LOGIN PLAIN" as well as "AUTH LOGIN PLAIN".
        if (line.startsWith(u"AUTH="_s))
            line[4] = u' ';
        extensions.append(line.split(u' ', Qt::SkipEmptyParts));
    }
    return extensions;
}

} // namespace

QString SmtpReply::quoted() const {
    QString text = QString::number(code);
    const QString joined = MailEncoding::singleLine(lines.join(u' ')).simplified();
    if (!joined.isEmpty())
        text += u' ' + joined;
    if (text.size() > kQuotedLength)
        text = text.left(kQuotedLength - 3) + u"..."_s;
    return text;
}

bool SmtpReply::offers(const QString& keyword) const {
    const auto extensions = extensionLines(lines);
    return std::any_of(extensions.cbegin(), extensions.cend(), [&keyword](const QStringList& words) {
        return !words.isEmpty() && words.first() == keyword;
    });
}

QStringList SmtpReply::authMechanisms() const {
    QStringList mechanisms;
    for (const QStringList& words : extensionLines(lines)) {
        if (words.isEmpty() || words.first() != u"AUTH"_s)
            continue;
        for (qsizetype i = 1; i < words.size(); ++i) {
            if (!mechanisms.contains(words.at(i)))
                mechanisms.append(words.at(i));
        }
    }
    return mechanisms;
}

} // namespace lk
