#pragma once

#include <QWidget>

class QLabel;
class QTableView;

namespace lk {

class Clock;
class GraceModel;
class NodeMonitor;

// The components living on their grace period, soonest shutdown first, with
// live countdowns; all of them when the License Manager itself is unreachable.
class GracePage final : public QWidget {
    Q_OBJECT

public:
    GracePage(NodeMonitor& monitor, const Clock& clock, QWidget* parent = nullptr);

    GraceModel& model() const { return *m_model; }
    QString bannerText() const;
    void tick(qint64 consoleNowMs);

private:
    NodeMonitor& m_monitor;
    const Clock& m_clock;
    GraceModel* m_model;
    QLabel* m_banner;
    QLabel* m_empty;
    QTableView* m_table;
};

} // namespace lk
