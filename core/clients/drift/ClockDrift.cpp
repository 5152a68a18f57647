#include "drift/ClockDrift.h"

namespace lk {

std::optional<ClockDrift::Pair> ClockDrift::largest(const QList<ClockMeasurement>& nodes) {
    std::optional<qsizetype> behind;
    std::optional<qsizetype> ahead;
    int measured = 0;
    for (qsizetype i = 0; i < nodes.size(); ++i) {
        if (!nodes[i].ok)
            continue;
        ++measured;
        if (!behind || nodes[i].offsetUs < nodes[*behind].offsetUs)
            behind = i;
        if (!ahead || nodes[i].offsetUs > nodes[*ahead].offsetUs)
            ahead = i;
    }
    if (measured < 2)
        return std::nullopt;
    if (*behind == *ahead) { // all equal: any two measured nodes will do
        for (qsizetype i = 0; i < nodes.size(); ++i) {
            if (nodes[i].ok && i != *behind) {
                ahead = i;
                break;
            }
        }
    }
    return Pair{*behind, *ahead, betweenUs(nodes[*behind], nodes[*ahead])};
}

} // namespace lk
