#include "PromScrape.h"

#include <cmath>

namespace lk::test {

PromScrape PromScrape::from(const HttpResult& result) {
    PromScrape scrape;
    scrape.http = result;
    for (const QByteArray& line : result.body.split('\n')) {
        if (line.startsWith("# TYPE ")) {
            const QByteArrayList parts = line.split(' ');
            if (parts.size() == 4)
                scrape.types.insert(parts[2], parts[3]);
            continue;
        }
        if (line.isEmpty() || line.startsWith('#'))
            continue;
        const qsizetype space = line.lastIndexOf(' ');
        const QByteArray value = line.mid(space + 1);
        const double number = value == "+Inf" ? INFINITY : value == "-Inf" ? -INFINITY : value.toDouble();
        scrape.samples.insert(line.left(space), number);
    }
    return scrape;
}

std::optional<double> PromScrape::value(const QByteArray& name,
                                        const QList<std::pair<QByteArray, QString>>& labels) const {
    QByteArray key = name;
    if (!labels.isEmpty()) {
        QByteArrayList rendered;
        for (const auto& [label, text] : labels)
            rendered.append(label + "=\"" + text.toUtf8() + '"');
        key += '{' + rendered.join(',') + '}';
    }
    const auto found = samples.constFind(key);
    return found == samples.cend() ? std::nullopt : std::optional<double>(*found);
}

QSet<QByteArray> PromScrape::names() const {
    QSet<QByteArray> out;
    for (auto it = types.cbegin(); it != types.cend(); ++it) {
        out.insert(it.key());
        if (it.value() == "histogram")
            out += QSet<QByteArray>{it.key() + "_bucket", it.key() + "_sum", it.key() + "_count"};
    }
    return out;
}

} // namespace lk::test
