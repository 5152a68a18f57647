#include "wizard/DrainStepPage.h"

#include "window/Prompts.h"

#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace lk {

DrainStepPage::DrainStepPage(QNetworkAccessManager& network, std::function<FailoverDrill::Setup()> setup,
                             Prompts& prompts, QWidget* parent)
    : QWizardPage(parent)
    , m_network(network)
    , m_setup(std::move(setup))
    , m_prompts(prompts)
    , m_run(new QPushButton(tr("&Move traffic to the secondary..."), this))
    , m_log(new QPlainTextEdit(this))
    , m_result(new QLabel(this)) {
    setTitle(tr("Move traffic to the secondary"));
    auto* text =
        new QLabel(tr("The primary goes into maintenance: its health check fails on purpose, the load "
                      "balancer sends components to the updated secondary, and requests that still "
                      "reach the primary are served. Components keep running."),
                   this);
    text->setWordWrap(true);
    m_run->setObjectName(u"drain"_s);
    m_log->setReadOnly(true);
    m_log->setAccessibleName(tr("Progress"));
    m_result->setWordWrap(true);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(text);
    layout->addWidget(m_run, 0, Qt::AlignLeft);
    layout->addWidget(m_log, 1);
    layout->addWidget(m_result);
    connect(m_run, &QPushButton::clicked, this, &DrainStepPage::drain);
}

DrainStepPage::~DrainStepPage() = default;

QString DrainStepPage::log() const {
    return m_log->toPlainText() + u'\n' + m_result->text();
}

void DrainStepPage::drain() {
    if (m_drill)
        return;
    const FailoverDrill::Setup setup = m_setup();
    if (setup.primaryNode.isEmpty() || setup.secondaryNode.isEmpty()) {
        m_result->setText(tr("Both nodes must answer before traffic can move; go back and check them."));
        return Q_EMIT drainFinished(false);
    }
    if (!m_prompts.confirm(this, tr("Move traffic"),
                           tr("Put the primary %1 in maintenance now? It stays in maintenance until it is "
                              "restarted or you end maintenance.")
                               .arg(setup.primaryNode)))
        return;
    m_log->clear();
    m_result->clear();
    m_run->setEnabled(false);
    m_drill = std::make_unique<FailoverDrill>(m_network, setup);
    connect(m_drill.get(), &FailoverDrill::progress, m_log, &QPlainTextEdit::appendPlainText);
    connect(m_drill.get(), &FailoverDrill::finished, this, [this](bool ok) {
        m_drained = ok;
        m_result->setText(ok ? tr("Traffic moved after %1 ms; %2 of %3 requests through the load balancer "
                                  "failed. Now update the primary.")
                                   .arg(m_drill->report().movedAfterMs)
                                   .arg(m_drill->report().failed)
                                   .arg(m_drill->report().requests)
                             : tr("Traffic did not move: %1").arg(m_drill->error()));
        m_drill.release()->deleteLater();
        m_run->setEnabled(!ok);
        Q_EMIT completeChanged();
        Q_EMIT drainFinished(ok);
    });
    m_drill->startDrain();
}

} // namespace lk
