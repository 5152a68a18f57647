// What a License Manager (or anything listening where one should be) sends
// back to the component client (client/HttpResponseParser).
//
// Invariants: the answer read does not depend on how the bytes were split
// into reads; a complete answer has a final status (200-599) and a body
// within the limit, none for 204 and 304; a refused answer says why and
// ends the connection; an answer cut off by the close is refused unless its
// body runs to the close.
#include "FuzzCheck.h"
#include "client/HttpResponseParser.h"

using namespace lk;

namespace {

using State = HttpResponseParser::State;

struct Read {
    State state;
    int status;
    QByteArray body;
    bool keepAlive;
    QString error;
    bool operator==(const Read&) const = default;
};

Read readOf(const HttpResponseParser& parser) {
    return {parser.state(), parser.status(), parser.body(), parser.keepAlive(), parser.error()};
}

// Fed in pieces of `step` bytes; then the connection closes.
std::pair<Read, Read> readInPieces(const QByteArray& bytes, qsizetype step) {
    HttpResponseParser parser;
    for (qsizetype at = 0; at < bytes.size(); at += step)
        parser.feed(QByteArrayView(bytes).sliced(at, qMin(step, bytes.size() - at)));
    const Read open = readOf(parser);
    parser.finish();
    return {open, readOf(parser)};
}

void checkAnswer(const Read& read) {
    if (read.state == State::Failed) {
        FUZZ_CHECK(!read.error.isEmpty() && !read.keepAlive);
        return;
    }
    FUZZ_CHECK(read.error.isEmpty());
    if (read.state != State::Complete)
        return;
    FUZZ_CHECK(read.status >= 200 && read.status <= 599);
    FUZZ_CHECK(read.body.size() <= HttpResponseParser::kMaxBodyBytes);
    if (read.status == 204 || read.status == 304)
        FUZZ_CHECK(read.body.isEmpty());
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
    if (size > fuzz::kMaxInput)
        return 0;
    const QByteArray bytes = fuzz::bytes(data, size);
    const auto [whole, wholeClosed] = readInPieces(bytes, qMax<qsizetype>(1, bytes.size()));
    checkAnswer(whole);
    checkAnswer(wholeClosed);
    if (whole.state == State::Incomplete)
        FUZZ_CHECK(wholeClosed.state != State::Incomplete);
    if (whole.state != State::Incomplete) // the close changes nothing but keep-alive
        FUZZ_CHECK(wholeClosed.state == whole.state && wholeClosed.body == whole.body);
    for (const qsizetype step : {qsizetype(1), qsizetype(2), qsizetype(7)}) {
        const auto [open, closed] = readInPieces(bytes, step);
        FUZZ_CHECK(open == whole);
        FUZZ_CHECK(closed == wholeClosed);
    }
    return 0;
}
