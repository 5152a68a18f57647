#include "ScriptedPrompts.h"

namespace lk::test {

std::optional<quint16> ScriptedPrompts::anotherPort(QWidget*, quint16 taken, quint16, const QString&) {
    asked << QStringLiteral("port %1").arg(taken);
    return portAnswer;
}

bool ScriptedPrompts::confirm(QWidget*, const QString&, const QString& question) {
    asked << question;
    return confirmAnswer;
}

std::optional<QString> ScriptedPrompts::text(QWidget*, const QString&, const QString& label) {
    asked << label;
    return textAnswer;
}

void ScriptedPrompts::error(QWidget*, const QString&, const QString& message) {
    errors << message;
}

std::optional<QString> ScriptedPrompts::openFile(QWidget*, const QString& title, const QString&) {
    asked << title;
    if (filesToOpen.empty())
        return std::nullopt;
    QString next = filesToOpen.front();
    filesToOpen.pop_front();
    return next;
}

std::optional<int> ScriptedPrompts::choose(QWidget*, const QString&, const QString& text,
                                           const QStringList&) {
    asked << text;
    return choiceAnswer;
}

std::optional<QString> ScriptedPrompts::saveFile(QWidget*, const QString& title, const QString&) {
    asked << title;
    return fileToSave;
}

} // namespace lk::test
