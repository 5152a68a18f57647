#include "server/ApiJson.h"

#include "wire/GrantAnswer.h"
#include "wire/WireJson.h"

#include <QDateTime>
#include <QJsonArray>
using namespace Qt::StringLiterals;

namespace lk::apijson {

QString isoTime(qint64 ms) {
    return wire::WireJson::isoTime(ms);
}

QByteArray grant(const Lease& lease, const LicenseTerms& terms, qint64 nowMs) {
    return wire::GrantAnswer{lease.id, terms.renewAfterS, terms.gracePeriodS, lease.graceDeadlineMs,
                             nowMs,    lease.node}
        .toCompactJson();
}

} // namespace lk::apijson
