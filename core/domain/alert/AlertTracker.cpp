#include "alert/AlertTracker.h"

namespace lk {
namespace {

bool quietOver(const std::optional<qint64>& lastSentMs, const AlertRule& rule, qint64 nowMs) {
    return !lastSentMs || nowMs - *lastSentMs >= qint64(rule.quietPeriodS) * 1000;
}

} // namespace

QString AlertTracker::keyOf(AlertKind kind, const QString& subject) {
    return AlertRule::code(kind) + QLatin1Char('\x1f') + subject;
}

std::optional<AlertDecision> AlertTracker::observe(const AlertRule& rule, const AlertObservation& observation,
                                                   qint64 nowMs) {
    State& state = m_states[keyOf(observation.kind, observation.subject)];
    if (AlertRule::isEvent(observation.kind))
        return onEvent(rule, state, observation, nowMs);
    return onCondition(rule, state, observation, nowMs);
}

std::optional<AlertDecision> AlertTracker::onEvent(const AlertRule& rule, State& state,
                                                   const AlertObservation& observation, qint64 nowMs) {
    if (!quietOver(state.lastSentMs, rule, nowMs)) {
        ++state.heldBack;
        return std::nullopt;
    }
    AlertDecision decision{observation, false, state.heldBack};
    state.lastSentMs = nowMs;
    state.heldBack = 0;
    return decision;
}

std::optional<AlertDecision> AlertTracker::onCondition(const AlertRule& rule, State& state,
                                                       const AlertObservation& observation, qint64 nowMs) {
    const bool began = observation.active && !state.active;
    state.active = observation.active;
    if (!observation.active)
        return std::nullopt; // an incident held back and over before its turn stays counted
    const bool quiet = !quietOver(state.lastSentMs, rule, nowMs);
    AlertDecision decision{observation, false, state.heldBack};
    if (began && quiet) {
        // Flapping: this incident waits for the quiet period of the last alert.
        ++state.heldBack;
        state.pending = true;
        return std::nullopt;
    }
    if (!began && quiet)
        return std::nullopt;
    if (!began && state.pending)
        decision.heldBack = state.heldBack - 1; // the incident now sent was counted as held back
    else if (!began)
        decision.reminder = true;
    state.lastSentMs = nowMs;
    state.heldBack = 0;
    state.pending = false;
    return decision;
}

void AlertTracker::forget(AlertKind kind, const QString& subject) {
    m_states.remove(keyOf(kind, subject));
}

QStringList AlertTracker::activeSubjects(AlertKind kind) const {
    const QString prefix = AlertRule::code(kind) + QLatin1Char('\x1f');
    QStringList subjects;
    for (auto it = m_states.cbegin(); it != m_states.cend(); ++it) {
        if (it.value().active && it.key().startsWith(prefix))
            subjects.append(it.key().mid(prefix.size()));
    }
    return subjects;
}

} // namespace lk
