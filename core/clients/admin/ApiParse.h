#pragma once

#include "admin/NodeStatus.h"

#include <QJsonObject>

namespace lk::apiparse {

// The inverse of server/ApiJson: what the console reads back from a node.
// Lenient on purpose: a newer node may add fields, an older one may lack some.
Lease lease(const QJsonObject& json);
HistoryEntry historyEntry(const QJsonObject& json);
void status(const QJsonObject& json, NodeStatus& into);
RenewalBatch renewals(const QJsonObject& json);

} // namespace lk::apiparse
