#include "wizard/NodeUpdatePage.h"

#include "ha/NodeWatch.h"

#include <QCheckBox>
#include <QLabel>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace lk {

NodeUpdatePage::NodeUpdatePage(const QString& title, const QString& explanation, QStringList checkIds,
                               Runner runner, NodeWatch& watch, QString nodeLabel, QWidget* parent)
    : CheckedStepPage(title, explanation, std::move(checkIds), std::move(runner), parent)
    , m_watch(watch)
    , m_nodeLabel(std::move(nodeLabel))
    , m_state(new QLabel(this))
    , m_alreadyUpdated(new QCheckBox(tr("This node already runs the new version: no restart needed"), this)) {
    m_state->setObjectName(u"nodeState"_s);
    m_state->setWordWrap(true);
    m_alreadyUpdated->setObjectName(u"alreadyUpdated"_s);
    content()->addWidget(m_state);
    content()->addWidget(m_alreadyUpdated);
    connect(m_alreadyUpdated, &QCheckBox::toggled, this, &NodeUpdatePage::completeChanged);
    connect(&m_watch, &NodeWatch::observed, this, &NodeUpdatePage::observed);
}

void NodeUpdatePage::initializePage() {
    m_wasRestarted = false;
    m_state->setText(m_watch.detector().describe(m_nodeLabel));
    m_watch.start();
    CheckedStepPage::initializePage();
}

void NodeUpdatePage::cleanupPage() {
    m_watch.stop();
    CheckedStepPage::cleanupPage();
}

bool NodeUpdatePage::isComplete() const {
    return CheckedStepPage::isComplete() && (m_watch.detector().restarted() || m_alreadyUpdated->isChecked());
}

QString NodeUpdatePage::state() const {
    return m_state->text();
}

void NodeUpdatePage::observed() {
    m_state->setText(m_watch.detector().describe(m_nodeLabel));
    const bool restarted = m_watch.detector().restarted();
    if (restarted && !m_wasRestarted)
        runChecks(); // back: judge the pair again at once
    m_wasRestarted = restarted;
    Q_EMIT completeChanged();
}

} // namespace lk
