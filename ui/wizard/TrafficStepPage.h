#pragma once

#include "ha/DrillRunner.h"

#include <QWizardPage>
#include <functional>

class QLabel;
class QPlainTextEdit;
class QPushButton;

namespace lk {

class Prompts;

// What the failover drill and the drain pages have in common: a button that,
// once confirmed, has a DrillRunner move traffic, a log of its progress and
// its summary. The runner does the work; the page asks and displays.
class TrafficStepPage : public QWizardPage {
    Q_OBJECT

public:
    struct Texts {
        QString title;
        QString explanation;
        QString button;
        QString progressName; // accessible name of the log
        QString confirmTitle;
    };

    bool isRunning() const { return m_runner->isRunning(); }
    QString log() const;

Q_SIGNALS:
    void runFinished(bool ok);

protected:
    // `setup` is asked for when the button is pressed; `question` is what the
    // administrator confirms, given that setup.
    TrafficStepPage(QNetworkAccessManager& network, DrillRunner::Mode mode, const Texts& texts,
                    std::function<FailoverDrill::Setup()> setup,
                    std::function<QString(const FailoverDrill::Setup&)> question, Prompts& prompts,
                    QWidget* parent);

    void run();
    bool succeeded() const { return m_succeeded; }
    QPushButton* button() const { return m_run; }
    QPlainTextEdit* logView() const { return m_log; }
    QLabel* result() const { return m_result; }

private:
    void showOutcome(bool ok);

    DrillRunner* m_runner;
    const DrillRunner::Mode m_mode;
    const QString m_confirmTitle;
    std::function<FailoverDrill::Setup()> m_setup;
    std::function<QString(const FailoverDrill::Setup&)> m_question;
    Prompts& m_prompts;
    QPushButton* m_run;
    QPlainTextEdit* m_log;
    QLabel* m_result;
    bool m_succeeded = false;
};

} // namespace lk
