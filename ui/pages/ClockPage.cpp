#include "pages/ClockPage.h"

#include "widgets/ClockPlot.h"

#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QSettings>
#include <QSpinBox>
#include <QTableWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace lk {

namespace {
constexpr int kMeasureEveryMs = 10000;
enum Column { NodeColumn, ConsoleColumn, DelayColumn, DatabaseColumn, SyncColumn, ColumnCount };
} // namespace

ClockPage::ClockPage(QList<NodeMonitor*> nodes, QNetworkAccessManager& network, const Clock& clock,
                     QWidget* parent)
    : QWidget(parent)
    , m_nodes(std::move(nodes))
    , m_clock(clock)
    , m_probe(network)
    , m_measurements(m_nodes.size())
    , m_table(new QTableWidget(int(m_nodes.size()), ColumnCount, this))
    , m_drift(new QLabel(this))
    , m_advice(new QLabel(this))
    , m_warn(new QSpinBox(this))
    , m_critical(new QSpinBox(this))
    , m_plot(new ClockPlot(this)) {
    setObjectName(u"clockPage"_s);
    for (qsizetype i = 0; i < m_nodes.size(); ++i)
        m_measurements[i].error = tr("measuring...");
    buildLayout();
    m_timer.setInterval(kMeasureEveryMs);
    connect(&m_timer, &QTimer::timeout, this, &ClockPage::measureNow);
    m_timer.start();
    for (NodeMonitor* node : std::as_const(m_nodes))
        connect(node, &NodeMonitor::statusChanged, this, &ClockPage::reassess);
    QTimer::singleShot(0, this, &ClockPage::measureNow);
}

void ClockPage::buildLayout() {
    m_table->setObjectName(u"clockTable"_s);
    m_table->setAccessibleName(tr("Node clocks"));
    m_table->setHorizontalHeaderLabels(
        {tr("Node"), tr("Offset to this console"), tr("Delay"), tr("Database clock"), tr("Sync status")});
    m_table->verticalHeader()->hide();
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setSizeAdjustPolicy(QAbstractScrollArea::AdjustToContents);

    m_drift->setObjectName(u"clockDrift"_s);
    m_drift->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_advice->setObjectName(u"clockAdvice"_s);
    m_advice->setWordWrap(true);
    m_advice->setTextInteractionFlags(Qt::TextSelectableByMouse);

    QSettings settings;
    const ClockAssessment::Thresholds defaults;
    m_warn->setObjectName(u"clockWarn"_s);
    m_critical->setObjectName(u"clockCritical"_s);
    for (QSpinBox* box : {m_warn, m_critical}) {
        box->setRange(1, 3'600'000);
        box->setSuffix(tr(" ms"));
    }
    m_warn->setValue(settings.value(u"clock/warnMs"_s, defaults.warnMs).toInt());
    m_critical->setValue(settings.value(u"clock/criticalMs"_s, defaults.criticalMs).toInt());
    m_plot->setThresholds(m_warn->value(), m_critical->value());
    // Connected once both hold their saved values, so loading saves nothing.
    for (QSpinBox* box : {m_warn, m_critical})
        connect(box, &QSpinBox::valueChanged, this, &ClockPage::saveThresholds);
    auto* measure = new QPushButton(tr("&Measure now"), this);
    connect(measure, &QPushButton::clicked, this, &ClockPage::measureNow);

    auto* thresholds = new QFormLayout;
    thresholds->addRow(tr("&Warn above:"), m_warn);
    thresholds->addRow(tr("&Critical above:"), m_critical);
    m_warn->setAccessibleName(tr("Warning threshold"));
    m_critical->setAccessibleName(tr("Critical threshold"));
    auto* controls = new QHBoxLayout;
    controls->addLayout(thresholds);
    controls->addStretch(1);
    controls->addWidget(measure, 0, Qt::AlignTop);

    auto* plotBox = new QGroupBox(tr("Offset to this console, last hour"), this);
    auto* plotLayout = new QVBoxLayout(plotBox);
    plotLayout->addWidget(m_plot);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_table);
    layout->addWidget(m_drift);
    layout->addWidget(m_advice);
    layout->addLayout(controls);
    layout->addWidget(plotBox, 1);
}

QString ClockPage::nameOf(int index) const {
    const NodeMonitor* node = m_nodes.at(index);
    if (!m_measurements.at(index).node.isEmpty())
        return m_measurements.at(index).node;
    if (node->hasStatus() && !node->status().node.isEmpty())
        return node->status().node;
    return node->client().baseUrl().toString();
}

void ClockPage::measureNow() {
    for (int i = 0; i < m_nodes.size(); ++i) {
        m_probe.measure(m_nodes.at(i)->client().baseUrl(), kSamples,
                        [this, i](const ClockMeasurement& measurement) { received(i, measurement); });
    }
}

void ClockPage::received(int index, const ClockMeasurement& measurement) {
    m_measurements[index] = measurement;
    const qint64 now = m_clock.nowMs();
    if (measurement.ok)
        m_history.add(nameOf(index), now, measurement.offsetUs / 1000.0);
    m_history.prune(now);
    m_plot->setHistory(m_history, now);
    reassess();
}

void ClockPage::saveThresholds() {
    QSettings settings;
    settings.setValue(u"clock/warnMs"_s, m_warn->value());
    settings.setValue(u"clock/criticalMs"_s, m_critical->value());
    m_plot->setThresholds(m_warn->value(), m_critical->value());
    reassess();
}

void ClockPage::reassess() {
    QList<ClockAssessment::NodeClock> clocks;
    for (int i = 0; i < m_nodes.size(); ++i) {
        ClockAssessment::NodeClock clock{nameOf(i), m_measurements.at(i), std::nullopt, std::nullopt};
        if (m_nodes.at(i)->hasStatus()) {
            clock.databaseOffsetMs = m_nodes.at(i)->status().databaseClockOffsetMs;
            clock.sync = m_nodes.at(i)->status().timeSync;
        }
        clocks.append(clock);
    }
    m_assessment = ClockAssessment::assess(clocks, {double(m_warn->value()), double(m_critical->value())});
    for (int i = 0; i < clocks.size(); ++i) {
        const ClockMeasurement& m = clocks.at(i).measurement;
        const auto& db = clocks.at(i).databaseOffsetMs;
        const QStringList cells{
            clocks.at(i).name,
            m.ok ? tr("%1 ms").arg(std::abs(m.offsetUs) < 50 ? 0.0 : m.offsetUs / 1000.0, 0, 'f', 1)
                 : m.error,
            m.ok ? tr("%1 ms").arg(m.delayUs / 1000.0, 0, 'f', 1) : tr("-"),
            !db        ? tr("- (no shared database)")
            : *db >= 0 ? tr("%1 ms ahead of this node").arg(*db)
                       : tr("%1 ms behind this node").arg(-*db),
            m_assessment.nodes.at(i).summary.section(u", "_s, 1)};
        for (int column = 0; column < ColumnCount; ++column) {
            auto* item = new QTableWidgetItem(cells.at(column));
            if (column == ConsoleColumn && m_assessment.nodes.at(i).level != ClockAssessment::Level::Good &&
                m.ok)
                item->setForeground(m_assessment.nodes.at(i).level == ClockAssessment::Level::Critical
                                        ? QColor(0xcf, 0x22, 0x2e)
                                        : QColor(0x9a, 0x67, 0x00));
            m_table->setItem(i, column, item);
        }
    }
    m_table->resizeColumnsToContents();
    m_drift->setText(m_assessment.largestDriftMs
                         ? tr("Largest drift between two nodes: %1").arg(m_assessment.driftText)
                         : tr("Node-to-node drift needs two measured nodes."));
    m_advice->setText(m_assessment.advice);
    m_advice->setVisible(!m_assessment.advice.isEmpty());
}

} // namespace lk
