#pragma once

#include "ha/HaCheck.h"

#include <QWizardPage>
#include <functional>

class QLabel;
class QVBoxLayout;

namespace lk {

class CheckList;

// One step of the HA wizard: a plain explanation, the step's own inputs, and
// the live checks that say whether the step is done. Next is enabled only
// when none of the step's checks fails; every check runs again on "Check
// again" and whenever the step is entered.
class CheckedStepPage : public QWizardPage {
    Q_OBJECT

public:
    using Runner = std::function<void(QObject* context, std::function<void(const QList<HaCheck>&)>)>;

    CheckedStepPage(const QString& title, const QString& explanation, QStringList checkIds, Runner runner,
                    QWidget* parent = nullptr);

    void initializePage() override;
    bool isComplete() const override;
    CheckList* checkList() const { return m_checks; }
    void runChecks();
    // Where a step puts its own fields, between the explanation and the checks.
    QVBoxLayout* content() const { return m_content; }
    // A labelled input in the step's form, registered as wizard field
    // `field` (a trailing '*' makes it mandatory).
    void addFieldRow(const QString& label, QWidget* input, const QString& field);

private:
    QStringList m_ids;
    Runner m_runner;
    QVBoxLayout* m_content;
    CheckList* m_checks;
    bool m_checked = false;
    int m_generation = 0; // answers of an older run are ignored
};

} // namespace lk
