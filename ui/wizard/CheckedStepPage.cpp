#include "wizard/CheckedStepPage.h"

#include "wizard/CheckList.h"

#include <QFormLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace lk {

CheckedStepPage::CheckedStepPage(const QString& title, const QString& explanation, QStringList checkIds,
                                 Runner runner, QWidget* parent)
    : QWizardPage(parent)
    , m_ids(std::move(checkIds))
    , m_runner(std::move(runner))
    , m_content(new QVBoxLayout)
    , m_checks(new CheckList(this)) {
    setTitle(title);
    auto* text = new QLabel(explanation, this);
    text->setWordWrap(true);
    text->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto* again = new QPushButton(tr("Check &again"), this);
    again->setObjectName(u"checkAgain"_s);
    connect(again, &QPushButton::clicked, this, &CheckedStepPage::runChecks);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(text);
    layout->addLayout(m_content);
    layout->addWidget(m_checks);
    layout->addWidget(again, 0, Qt::AlignLeft);
    layout->addStretch(1);
}

void CheckedStepPage::addFieldRow(const QString& label, QWidget* input, const QString& field) {
    auto* form = new QFormLayout;
    form->addRow(label, input);
    m_content->addLayout(form);
    registerField(field, input);
}

void CheckedStepPage::initializePage() {
    runChecks();
}

bool CheckedStepPage::isComplete() const {
    return m_checked && !m_checks->anyFailed();
}

void CheckedStepPage::runChecks() {
    m_checked = false;
    m_checks->setChecking();
    Q_EMIT completeChanged();
    const int generation = ++m_generation;
    m_runner(this, [this, generation](const QList<HaCheck>& all) {
        if (generation != m_generation)
            return;
        QList<HaCheck> mine;
        for (const QString& id : std::as_const(m_ids)) {
            const auto found =
                std::find_if(all.cbegin(), all.cend(), [&](const HaCheck& c) { return c.id == id; });
            if (found != all.cend())
                mine.append(*found);
        }
        m_checks->setChecks(mine);
        m_checked = true;
        Q_EMIT completeChanged();
    });
}

} // namespace lk
