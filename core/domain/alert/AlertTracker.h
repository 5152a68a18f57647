#pragma once

#include "alert/AlertRule.h"

#include <QHash>
#include <QString>
#include <optional>

namespace lk {

// What one evaluation saw for one rule and one subject (a component type, a
// node, the license).
struct AlertObservation {
    AlertKind kind = AlertKind::NearLimit;
    QString subject;
    bool active = false; // conditions only; an event is always active
    QString severity = QStringLiteral("warning");
    QString summary;
    QString detail;
};

// An observation that is to be sent, with what the quiet period held back.
struct AlertDecision {
    AlertObservation observation;
    bool reminder = false; // the same incident, still going after a quiet period
    int heldBack = 0;      // events (or incidents of a flapping condition) not sent since the last alert
};

// Deduplication and quiet periods, per rule and subject. A condition alerts
// when it starts (one incident, however many evaluations see it), again as a
// reminder when it is still on after the rule's quiet period, and a new
// incident within the quiet period of the last alert waits for that period
// to end, so a flapping node sends one alert, not a hundred. Events alert at
// most once per quiet period; those held back are counted in the next one.
// Pure: the caller says what time it is.
class AlertTracker {
public:
    std::optional<AlertDecision> observe(const AlertRule& rule, const AlertObservation& observation,
                                         qint64 nowMs);
    // Forgets a subject that no longer exists (a type dropped from the license).
    void forget(AlertKind kind, const QString& subject);
    // Subjects of a kind whose condition is on.
    QStringList activeSubjects(AlertKind kind) const;

private:
    struct State {
        bool active = false;
        bool pending = false; // an incident began during the quiet period, not yet sent
        std::optional<qint64> lastSentMs;
        int heldBack = 0;
    };
    static QString keyOf(AlertKind kind, const QString& subject);
    std::optional<AlertDecision> onEvent(const AlertRule& rule, State& state,
                                         const AlertObservation& observation, qint64 nowMs);
    std::optional<AlertDecision> onCondition(const AlertRule& rule, State& state,
                                             const AlertObservation& observation, qint64 nowMs);

    QHash<QString, State> m_states;
};

} // namespace lk
