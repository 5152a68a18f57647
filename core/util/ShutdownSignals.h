#pragma once

#include <QObject>

class QSocketNotifier;

namespace lk {

// Turns SIGINT and SIGTERM into a Qt signal on the event loop, so a stopped
// server finishes its queued commits and a simulated component releases its
// lease before the process ends.
class ShutdownSignals final : public QObject {
    Q_OBJECT

public:
    explicit ShutdownSignals(QObject* parent = nullptr);
    ~ShutdownSignals() override;

Q_SIGNALS:
    void shutdownRequested(int signalNumber);

private:
    QSocketNotifier* m_notifier = nullptr;
};

} // namespace lk
