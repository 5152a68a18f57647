#pragma once

#include "ha/FailoverDrill.h"
#include "util/Clock.h"

#include <QObject>
#include <memory>

class QNetworkAccessManager;

namespace lk {

// The failover drill of the HA wizard and the drain of the update wizard as
// one service: learns the nodes' names when they are not known yet (each
// names itself in GET /api/v1/status), runs the FailoverDrill and says in one
// sentence what was measured or why it stopped. Pages only show its progress
// and its summary. A drill takes traffic to the secondary and back; a drain
// leaves it there, the primary in maintenance. Destroying a runner mid-way
// takes the primary out of maintenance (FailoverDrill).
class DrillRunner final : public QObject {
    Q_OBJECT

public:
    enum class Mode { Drill, Drain };

    DrillRunner(QNetworkAccessManager& network, Mode mode, QObject* parent = nullptr);
    ~DrillRunner() override;

    bool isRunning() const { return m_running; }
    // Starts; ignored while running. Node names missing from `setup` are
    // asked from `setup.primary` and `setup.secondary` first.
    void start(FailoverDrill::Setup setup);
    void cancel();
    // After finished(): what was measured, and one sentence about it.
    const DrillReport& report() const { return m_report; }
    const QString& summary() const { return m_summary; }

Q_SIGNALS:
    void progress(const QString& line);
    void finished(bool ok);

private:
    void learnNames(FailoverDrill::Setup setup);
    void run(const FailoverDrill::Setup& setup);
    void drillFinished(bool ok);
    void finish(bool ok, const QString& summary);

    QNetworkAccessManager& m_network;
    const Mode m_mode;
    SystemClock m_clock; // NodeClient's: only to time its requests
    std::unique_ptr<FailoverDrill> m_drill;
    DrillReport m_report;
    QString m_summary;
    bool m_running = false;
};

} // namespace lk
