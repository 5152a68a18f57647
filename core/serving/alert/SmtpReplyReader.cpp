#include "alert/SmtpReplyReader.h"

#include "alert/MailEncoding.h"

using namespace Qt::StringLiterals;

namespace lk {
namespace {

bool isDigit(char c) {
    return c >= '0' && c <= '9';
}

// "250-text" or "250 text" or "250": a code, then where the reply goes on.
bool isReplyLine(const QByteArray& line) {
    if (line.size() < 3 || !isDigit(line.at(0)) || !isDigit(line.at(1)) || !isDigit(line.at(2)))
        return false;
    if (line.at(0) < '2' || line.at(0) > '5')
        return false;
    return line.size() == 3 || line.at(3) == ' ' || line.at(3) == '-';
}

} // namespace

Error SmtpReplyReader::notSmtp(const QByteArray& line) const {
    const QString shown = MailEncoding::singleLine(QString::fromUtf8(line.left(80))).simplified();
    return makeError(u"protocol"_s, tr("it sent '%1', which is not an SMTP reply").arg(shown));
}

Result<std::optional<SmtpReply>> SmtpReplyReader::next() {
    while (true) {
        const qsizetype end = m_buffer.indexOf('\n');
        if (end < 0) {
            if (m_buffer.size() > kMaxLineBytes)
                return notSmtp(m_buffer);
            return std::optional<SmtpReply>();
        }
        QByteArray line = m_buffer.left(end);
        m_buffer.remove(0, end + 1);
        if (line.endsWith('\r'))
            line.chop(1);
        if (!isReplyLine(line) || line.size() > kMaxLineBytes)
            return notSmtp(line);
        const int code = line.left(3).toInt();
        if (!m_pending.lines.isEmpty() && code != m_pending.code)
            return notSmtp(line);
        m_pending.code = code;
        m_pending.lines.append(QString::fromUtf8(line.mid(4)));
        if (m_pending.lines.size() > kMaxLines)
            return notSmtp(line);
        if (line.size() == 3 || line.at(3) == ' ') {
            std::optional<SmtpReply> reply(std::move(m_pending));
            m_pending = SmtpReply();
            return reply;
        }
    }
}

void SmtpReplyReader::clear() {
    m_buffer.clear();
    m_pending = SmtpReply();
}

} // namespace lk
