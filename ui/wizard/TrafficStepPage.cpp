#include "wizard/TrafficStepPage.h"

#include "window/Prompts.h"

#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace lk {

TrafficStepPage::TrafficStepPage(QNetworkAccessManager& network, DrillRunner::Mode mode, const Texts& texts,
                                 std::function<FailoverDrill::Setup()> setup,
                                 std::function<QString(const FailoverDrill::Setup&)> question,
                                 Prompts& prompts, QWidget* parent)
    : QWizardPage(parent)
    , m_runner(new DrillRunner(network, mode, this))
    , m_mode(mode)
    , m_confirmTitle(texts.confirmTitle)
    , m_setup(std::move(setup))
    , m_question(std::move(question))
    , m_prompts(prompts)
    , m_run(new QPushButton(texts.button, this))
    , m_log(new QPlainTextEdit(this))
    , m_result(new QLabel(this)) {
    setTitle(texts.title);
    auto* text = new QLabel(texts.explanation, this);
    text->setWordWrap(true);
    m_log->setReadOnly(true);
    m_log->setAccessibleName(texts.progressName);
    m_result->setWordWrap(true);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(text);
    layout->addWidget(m_run, 0, Qt::AlignLeft);
    layout->addWidget(m_log, 1);
    layout->addWidget(m_result);
    connect(m_run, &QPushButton::clicked, this, &TrafficStepPage::run);
    connect(m_runner, &DrillRunner::progress, m_log, &QPlainTextEdit::appendPlainText);
    connect(m_runner, &DrillRunner::finished, this, &TrafficStepPage::showOutcome);
}

QString TrafficStepPage::log() const {
    return m_log->toPlainText() + u'\n' + m_result->text();
}

void TrafficStepPage::run() {
    if (m_runner->isRunning())
        return;
    const FailoverDrill::Setup setup = m_setup();
    if (!m_prompts.confirm(this, m_confirmTitle, m_question(setup)))
        return;
    m_log->clear();
    m_result->clear();
    m_run->setEnabled(false);
    m_succeeded = false;
    m_runner->start(setup);
    Q_EMIT completeChanged();
}

void TrafficStepPage::showOutcome(bool ok) {
    m_succeeded = ok;
    m_result->setText(m_runner->summary());
    // A drain that worked is not repeated: the primary is in maintenance now.
    m_run->setEnabled(!(ok && m_mode == DrillRunner::Mode::Drain));
    Q_EMIT completeChanged();
    Q_EMIT runFinished(ok);
}

} // namespace lk
