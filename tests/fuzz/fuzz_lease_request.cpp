// Request bodies: the bytes a component POSTs to /api/v1/leases become a
// validated LeaseRequest (RequestBody::jsonObject, wire::LeaseRequestJson::fromJson),
// the path of every grant. The same input is also read as the query string
// of /api/v1/history (wire::HistoryParameters::fromQuery).
//
// Invariants: refusals are invalid_request with a message; an accepted
// request meets every documented limit, serialises to JSON that parses back
// to the same request, and survives the trip server -> console
// (server/ApiJson -> console/ApiParse) unchanged, as a lease and as a
// history entry.
#include "FuzzCheck.h"
#include "admin/ApiParse.h"
#include "lease/Lease.h"
#include "lease/LeaseRequest.h"
#include "server/ApiJson.h"
#include "server/RequestBody.h"
#include "wire/HistoryParameters.h"
#include "wire/LeaseJson.h"
#include "wire/LeaseRequestJson.h"

#include <QHostAddress>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QUrlQuery>

using namespace Qt::StringLiterals;
using namespace lk;

namespace {

bool isPrintable(const QString& text) {
    for (const char32_t c : text.toUcs4()) {
        if (!QChar::isPrint(c))
            return false;
    }
    return true;
}

bool isText(const QString& text, int maxLength) {
    return !text.isEmpty() && text.size() <= maxLength && isPrintable(text);
}

void checkLimits(const LeaseRequest& request) {
    static const QRegularExpression typePattern(u"^[a-z0-9][a-z0-9._-]{0,63}$"_s);
    FUZZ_CHECK(typePattern.match(request.component).hasMatch());
    FUZZ_CHECK(isText(request.instance, 256));
    FUZZ_CHECK(isText(request.host, 255));
    FUZZ_CHECK(isText(request.version, 64));
    FUZZ_CHECK(request.cores >= 1 && request.cores <= LeaseRequest::kMaxCores);
    FUZZ_CHECK(request.ips.size() <= LeaseRequest::kMaxIps);
    for (const QString& ip : request.ips) {
        QHostAddress address;
        FUZZ_CHECK(address.setAddress(ip));
        FUZZ_CHECK(address.toString() == ip); // stored in the one form QHostAddress writes
    }
}

void checkRoundTrips(const LeaseRequest& request) {
    // JSON object and JSON bytes, as a client library would send it again.
    const auto again = wire::LeaseRequestJson::fromJson(wire::LeaseRequestJson::toJson(request));
    FUZZ_CHECK(again.ok() && again.value() == request);
    const QByteArray body =
        QJsonDocument(wire::LeaseRequestJson::toJson(request)).toJson(QJsonDocument::Compact);
    const auto object = RequestBody::jsonObject(body);
    FUZZ_CHECK(object.ok());
    const auto fromBytes = wire::LeaseRequestJson::fromJson(object.value());
    FUZZ_CHECK(fromBytes.ok() && fromBytes.value() == request);

    // As the console sees the lease: /api/v1/leases bytes parsed back.
    Lease lease;
    lease.id = u"0f6c9a4e-1d2b-4c3a-9e8f-7a6b5c4d3e2f"_s;
    lease.holder = request;
    lease.node = u"lk-1"_s;
    lease.grantedMs = 1764000000000;
    lease.lastRenewalMs = lease.grantedMs + 300000;
    lease.graceDeadlineMs = lease.lastRenewalMs + 432000000;
    const QByteArray leaseBytes =
        QJsonDocument(wire::leaseToJson(lease, lease.isOverdue(lease.lastRenewalMs, 300)))
            .toJson(QJsonDocument::Compact);
    FUZZ_CHECK(wire::leaseFromJson(QJsonDocument::fromJson(leaseBytes).object()) == lease);

    // And as an ended lease in /api/v1/history.
    HistoryEntry entry;
    entry.leaseId = lease.id;
    entry.holder = request;
    entry.node = lease.node;
    entry.startMs = lease.grantedMs;
    entry.endMs = lease.graceDeadlineMs;
    entry.endReason = EndReason::Released;
    const QByteArray entryBytes =
        QJsonDocument(wire::historyEntryToJson(entry)).toJson(QJsonDocument::Compact);
    const HistoryEntry parsed = wire::historyEntryFromJson(QJsonDocument::fromJson(entryBytes).object());
    FUZZ_CHECK(parsed.kind == entry.kind && parsed.leaseId == entry.leaseId);
    FUZZ_CHECK(parsed.holder == request && parsed.node == entry.node);
    FUZZ_CHECK(parsed.startMs == entry.startMs && parsed.endMs == entry.endMs);
    FUZZ_CHECK(parsed.endReason == entry.endReason && parsed.note == entry.note);
}

void leaseRequest(const QByteArray& body) {
    const auto object = RequestBody::jsonObject(body);
    if (!object) {
        FUZZ_CHECK(object.error().code == u"invalid_request"_s && !object.error().message.isEmpty());
        return;
    }
    const auto request = wire::LeaseRequestJson::fromJson(object.value());
    if (!request) {
        FUZZ_CHECK(request.error().code == u"invalid_request"_s && !request.error().message.isEmpty());
        return;
    }
    checkLimits(request.value());
    checkRoundTrips(request.value());
}

void historyQuery(const QByteArray& input) {
    const auto query = wire::HistoryParameters::fromQuery(QUrlQuery(QString::fromUtf8(input)));
    if (!query) {
        FUZZ_CHECK(query.error().code == u"invalid_request"_s && !query.error().message.isEmpty());
        return;
    }
    FUZZ_CHECK(query->limit >= 1 && query->limit <= 100000);
    FUZZ_CHECK(query->reason.isEmpty() || endReasonFromString(query->reason) ||
               denialReasonFromString(query->reason));
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
    if (size > fuzz::kMaxInput)
        return 0;
    const QByteArray input = fuzz::bytes(data, size);
    leaseRequest(input);
    historyQuery(input);
    return 0;
}
