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

    std::optional<quint16> anotherPort(QWidget*, quint16 taken, quint16, const QString&) override {
        asked << QStringLiteral("port %1").arg(taken);
        return portAnswer;
    }
    bool confirm(QWidget*, const QString&, const QString& question) override {
        asked << question;
        return confirmAnswer;
    }
    std::optional<QString> text(QWidget*, const QString&, const QString& label) override {
        asked << label;
        return textAnswer;
    }
    void error(QWidget*, const QString&, const QString& message) override { errors << message; }
    std::optional<QString> openFile(QWidget*, const QString& title, const QString&) override {
        asked << title;
        if (filesToOpen.empty())
            return std::nullopt;
        QString next = filesToOpen.front();
        filesToOpen.pop_front();
        return next;
    }
    std::optional<int> choiceAnswer;
    std::optional<int> choose(QWidget*, const QString&, const QString& text, const QStringList&) override {
        asked << text;
        return choiceAnswer;
    }
    std::optional<QString> saveFile(QWidget*, const QString& title, const QString&) override {
        asked << title;
        return fileToSave;
    }
};

} // namespace lk::test
