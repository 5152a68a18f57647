// Loads 100,000 leases into the console's Leases view (model, proxy and a
// shown QTableView) and reports load time, CPU while the countdowns tick
// once a second, and memory. Run by hand; see docs/performance.md.
#include "models/LeaseFilterProxy.h"
#include "models/LeaseTableModel.h"
#include "util/Clock.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QHeaderView>
#include <QTableView>
#include <QTextStream>
#include <QTimer>
#include <sys/resource.h>

using namespace Qt::StringLiterals;

namespace {

double cpuSeconds() {
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    return double(usage.ru_utime.tv_sec + usage.ru_stime.tv_sec) +
           double(usage.ru_utime.tv_usec + usage.ru_stime.tv_usec) / 1e6;
}

long maxRssKb() {
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    return usage.ru_maxrss;
}

lk::LeaseSnapshot makeSnapshot(int count, qint64 nowMs) {
    lk::LeaseSnapshot snapshot;
    snapshot.serverTimeMs = nowMs;
    snapshot.fetchedAtMs = nowMs;
    snapshot.leases.reserve(count);
    for (int i = 0; i < count; ++i) {
        lk::Lease lease;
        lease.id = u"%1"_s.arg(i, 32, 16, QLatin1Char('0'));
        lease.holder = {i % 5 ? u"vdp"_s : u"scheduler"_s,
                        u"host-%1:9999"_s.arg(i),
                        u"host-%1"_s.arg(i),
                        {u"10.%1.%2.%3"_s.arg(i / 65536).arg(i / 256 % 256).arg(i % 256)},
                        1 + i % 16,
                        u"9.1"_s};
        lease.node = u"lm1"_s;
        lease.grantedMs = nowMs - 3600 * 1000 - i;
        // One in ten stopped renewing an hour ago: overdue, on grace.
        lease.lastRenewalMs = i % 10 ? nowMs - (i % 300) * 1000 : nowMs - 3600 * 1000;
        lease.graceDeadlineMs = lease.lastRenewalMs + 432000LL * 1000;
        // The overdue ones were probed once a minute, their last three probes
        // kept; the Evidence column shows what they said.
        if (i % 10 == 0) {
            const lk::ProbeOutcome outcome = i % 30 == 0    ? lk::ProbeOutcome::Refused
                                             : i % 30 == 10 ? lk::ProbeOutcome::Timeout
                                                            : lk::ProbeOutcome::Open;
            for (int minute = 3; minute >= 1; --minute)
                lease.probes.append({nowMs - minute * 60000, outcome, lk::ProbeResult::code(outcome)});
        }
        snapshot.leases.append(lease);
    }
    return snapshot;
}

} // namespace

int main(int argc, char* argv[]) {
    QApplication app(argc, argv);
    const int count = argc > 1 ? QString::fromLocal8Bit(argv[1]).toInt() : 100000;
    const int tickSeconds = argc > 2 ? QString::fromLocal8Bit(argv[2]).toInt() : 10;
    QTextStream out(stdout);
    lk::SystemClock clock;
    const lk::LeaseSnapshot snapshot = makeSnapshot(count, clock.nowMs());
    const long rssBefore = maxRssKb();

    lk::LeaseTableModel model(clock);
    lk::LeaseFilterProxy proxy;
    proxy.setSourceModel(&model);
    QTableView view;
    view.setModel(&proxy);
    view.setSortingEnabled(true);
    view.sortByColumn(lk::LeaseTableModel::TimeLeftColumn, Qt::AscendingOrder);
    view.resize(1100, 700);
    view.show();
    QCoreApplication::processEvents();

    QElapsedTimer timer;
    timer.start();
    const double cpuAtLoad = cpuSeconds();
    model.setSnapshot(snapshot, 0);
    QCoreApplication::processEvents();
    const qint64 loadMs = timer.elapsed();
    const double loadCpu = cpuSeconds() - cpuAtLoad;

    timer.restart();
    QTimer ticker;
    ticker.setInterval(1000);
    // As the Leases page does: repaint the rows on screen only.
    QObject::connect(&ticker, &QTimer::timeout, &model, [&] {
        QList<int> shown;
        const int top = qMax(0, view.rowAt(0));
        int bottom = view.rowAt(view.viewport()->height() - 1);
        if (bottom < 0)
            bottom = proxy.rowCount() - 1;
        for (int row = top; row <= bottom; ++row)
            shown.append(proxy.mapToSource(proxy.index(row, 0)).row());
        model.tickRows(clock.nowMs(), shown);
    });
    ticker.start();
    const double cpuBeforeTicks = cpuSeconds();
    QTimer::singleShot(tickSeconds * 1000, &app, &QApplication::quit);
    app.exec();
    const double tickCpu = cpuSeconds() - cpuBeforeTicks;

    out << "leases:              " << model.leaseCount() << "\n"
        << "load (merge + sort + first paint): " << loadMs << " ms wall, " << qRound(loadCpu * 1000)
        << " ms CPU\n"
        << "countdown ticks:     " << tickSeconds << " s, CPU " << qRound(tickCpu * 1000) << " ms ("
        << QString::number(100.0 * tickCpu / (timer.elapsed() / 1000.0), 'f', 1) << "% of one core)\n"
        << "max RSS:             " << maxRssKb() / 1024 << " MiB (" << rssBefore / 1024
        << " MiB before the model)\n";
    return 0;
}
