#include "http/ResponseBytes.h"

#include <array>
#include <utility>

using namespace Qt::StringLiterals;

namespace lk {

QByteArrayView ResponseBytes::reasonPhrase(int status) {
    // The statuses this server answers with, spelled as Qt 6.4's responder does.
    static constexpr std::array<std::pair<int, const char*>, 18> kPhrases{{
        {200, "OK"},
        {201, "Created"},
        {204, "No Content"},
        {304, "Not Modified"},
        {400, "Bad Request"},
        {401, "Unauthorized"},
        {403, "Forbidden"},
        {404, "Not Found"},
        {405, "Method Not Allowed"},
        {409, "Conflict"},
        {410, "Gone"},
        {412, "Precondition Failed"},
        {413, "Request Entity Too Large"},
        {415, "Unsupported Media Type"},
        {422, "Unprocessable Entity"},
        {429, "Too Many Requests"},
        {500, "Internal Server Error"},
        {503, "Service Unavailable"},
    }};
    for (const auto& [code, phrase] : kPhrases) {
        if (code == status)
            return QByteArrayView(phrase);
    }
    return {};
}

std::optional<QByteArray> ResponseBytes::of(const ApiResponse& response, QByteArrayView nodeName) {
    const QByteArrayView reason = reasonPhrase(response.status);
    if (reason.isEmpty())
        return std::nullopt;
    QByteArray bytes;
    bytes.reserve(160 + response.body.size());
    bytes.append("HTTP/1.1 ").append(QByteArray::number(response.status)).append(' ').append(reason);
    auto header = [&bytes](QByteArrayView name, QByteArrayView value) {
        bytes.append("\r\n").append(name).append(": ").append(value);
    };
    header("X-License-Manager-Node", nodeName);
    header("Cache-Control", "no-store");
    if (!response.contentType.isEmpty())
        header("Content-Type", response.contentType);
    for (const auto& [name, value] : response.headers)
        header(name, value);
    header("Content-Length", QByteArray::number(response.body.size()));
    bytes.append("\r\n\r\n").append(response.body);
    return bytes;
}

} // namespace lk
