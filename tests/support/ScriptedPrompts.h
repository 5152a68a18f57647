#pragma once

#include "window/Prompts.h"

#include <QStringList>
#include <deque>

namespace lk::test {

// Answers the console's dialogs from a script and records the questions.
class ScriptedPrompts final : public Prompts {
public:
    bool confirmAnswer = true;
    std::optional<QString> textAnswer;
    std::optional<quint16> portAnswer;
    std::deque<QString> filesToOpen;
    std::optional<QString> fileToSave;
    QStringList asked;
    QStringList errors;
    std::optional<int> choiceAnswer;

    std::optional<quint16> anotherPort(QWidget*, quint16 taken, quint16, const QString&) override;
    bool confirm(QWidget*, const QString&, const QString& question) override;
    std::optional<QString> text(QWidget*, const QString&, const QString& label) override;
    void error(QWidget*, const QString&, const QString& message) override;
    std::optional<QString> openFile(QWidget*, const QString& title, const QString&) override;
    std::optional<int> choose(QWidget*, const QString&, const QString& text, const QStringList&) override;
    std::optional<QString> saveFile(QWidget*, const QString& title, const QString&) override;
};

} // namespace lk::test
