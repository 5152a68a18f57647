#pragma once

#include "HttpTestClient.h"

#include <QHash>
#include <QRegularExpression>
#include <QSet>
#include <cmath>
#include <optional>

namespace lk::test {

// One scrape of GET /metrics, parsed into samples: enough of the text
// format for tests to ask "what is leasekeeper_x{component="vdp"}?".
struct PromScrape {
    HttpResult http;
    QHash<QByteArray, double> samples;   // "name{a=\"x\",b=\"y\"}" (labels as written) -> value
    QHash<QByteArray, QByteArray> types; // family name -> counter, gauge, histogram

    static PromScrape from(const HttpResult& result);
    static PromScrape get(HttpTestClient& client) { return from(client.get(QStringLiteral("/metrics"))); }

    // The sample `name` with exactly these labels, in the order the server writes them.
    std::optional<double> value(const QByteArray& name,
                                const QList<std::pair<QByteArray, QString>>& labels = {}) const;
    // Every family name and, for histograms, the names of their samples.
    QSet<QByteArray> names() const;
};

} // namespace lk::test
