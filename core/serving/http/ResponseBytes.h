#pragma once

#include "http/ApiResponse.h"

#include <QByteArray>
#include <optional>

namespace lk {

// An answer as the bytes that go on the wire, status line to body, the same
// bytes QHttpServerResponder writes for it. Written to the socket in one
// piece, an answer costs one write into the socket's buffer instead of four
// per header, which a renewal (a few microseconds of work) notices.
class ResponseBytes {
public:
    // Unset for a status whose reason phrase is not in the table (the
    // responder then writes the answer).
    static std::optional<QByteArray> of(const ApiResponse& response, QByteArrayView nodeName);
    // "OK", "Not Found", ... as QHttpServerResponder spells them; empty when unknown.
    static QByteArrayView reasonPhrase(int status);
};

} // namespace lk
