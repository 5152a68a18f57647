#pragma once

#include "admin/NodeStatus.h"
#include "wire/RenewalsAnswer.h"

#include <QJsonObject>

namespace lk::apiparse {

// The inverse of server/ApiJson: what the console reads back from a node
// (leases and history: core/wire/LeaseJson).
// Lenient on purpose: a newer node may add fields, an older one may lack some.
void status(const QJsonObject& json, NodeStatus& into);
RenewalBatch renewals(const wire::RenewalsAnswer& answer);

} // namespace lk::apiparse
