#pragma once

#include "alert/SmtpReply.h"
#include "util/Result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <optional>

namespace lk {

// Turns the bytes an SMTP server sends into replies, a multi-line reply
// ("250-...", "250 ...") as one. Bounded: a server that sends endless text
// without a reply's end is an error, not a growing buffer.
class SmtpReplyReader {
    Q_DECLARE_TR_FUNCTIONS(SmtpReplyReader)

public:
    // RFC 5321 allows 512 characters a reply line; real servers stay far below.
    static constexpr qsizetype kMaxLineBytes = 4096;
    static constexpr qsizetype kMaxLines = 200;

    void append(const QByteArray& bytes) { m_buffer += bytes; }
    // The next complete reply; std::nullopt while it is still arriving;
    // error "protocol" when the bytes are not an SMTP reply.
    Result<std::optional<SmtpReply>> next();
    // Bytes received that are not part of a reply taken yet.
    bool hasUnread() const { return !m_buffer.isEmpty() || !m_pending.lines.isEmpty(); }
    void clear();

private:
    Error notSmtp(const QByteArray& line) const;

    QByteArray m_buffer;
    SmtpReply m_pending;
};

} // namespace lk
