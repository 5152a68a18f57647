// LicenseApi::licenseFit lives apart: it is the one handler that verifies a
// license sent to it and replays history.
#include "license/TrustedKeys.h"
#include "server/LicenseApi.h"
#include "wire/LicenseFitAnswer.h"

using namespace Qt::StringLiterals;

namespace lk {
namespace {

// A period with as many leases as one history query returns is refused
// rather than replayed in part: a replay missing the oldest leases would
// report a fit it cannot know.
constexpr int kMaxLeasesReplayed = HistoryQuery::kMaxLimit;
constexpr qint64 kDayMs = 24LL * 3600 * 1000;

} // namespace

void LicenseApi::licenseFit(const ApiRequest& request, PendingReply reply) {
    const auto days = wire::LicenseFitParameters::daysFromQuery(request.query);
    if (!days)
        return reply.send(ApiResponse::error(400, days.error().code, days.error().message));
    const LicenseVerifier verifier = TrustedKeys::load(m_trustPaths).verifier();
    if (verifier.trustedKeys().isEmpty())
        return reply.send(ApiResponse::error(
            409, u"no_trusted_key"_s,
            tr("this node trusts no issuer public key, so it cannot check the license sent; "
               "start it with --trust FILE")));
    auto offer = verifier.verifyIgnoringExpiry(request.body);
    if (!offer)
        return reply.send(ApiResponse::error(
            400, offer.error().code, tr("the license sent cannot be used: %1").arg(offer.error().message)));

    HistoryQuery query;
    query.untilMs = storeNowMs();
    query.sinceMs = *query.untilMs - days.value() * kDayMs;
    query.kind = HistoryEntry::Kind::Lease;
    query.limit = kMaxLeasesReplayed;
    const LicenseTerms terms = offer->terms();
    const int span = days.value();
    m_service.history(query, this, [reply, query, terms, span](const Result<QList<HistoryEntry>>& leases) {
        if (!leases)
            return reply.send(ApiResponse::error(503, leases.error().code, leases.error().message));
        if (leases->size() >= kMaxLeasesReplayed)
            return reply.send(ApiResponse::error(413, u"too_much_history"_s,
                                                 tr("%1 or more leases in the last %2 days; check fewer days")
                                                     .arg(kMaxLeasesReplayed)
                                                     .arg(span)));
        const wire::LicenseFitAnswer answer{
            terms.licenseId, terms.licensee, span,
            LicenseFit::replay(terms, leases.value(), *query.sinceMs, *query.untilMs)};
        reply.send(ApiResponse::json(200, answer.toJson()));
    });
}

} // namespace lk
