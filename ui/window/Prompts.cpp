#include "window/Prompts.h"

#include <QCoreApplication>
#include <QFileDialog>
#include <QInputDialog>
#include <QMessageBox>
#include <QPushButton>

namespace lk {

std::optional<quint16> DialogPrompts::anotherPort(QWidget* parent, quint16 taken, quint16 suggestion,
                                                  const QString& error) {
    QMessageBox box(
        QMessageBox::Warning, QCoreApplication::translate("Prompts", "Port %1 is taken").arg(taken),
        QCoreApplication::translate("Prompts", "The local License Manager cannot listen on port %1: %2\n\n"
                                               "Another program (perhaps another License Manager) uses it. "
                                               "Components must then be pointed at the port you choose.")
            .arg(taken)
            .arg(error),
        QMessageBox::NoButton, parent);
    QPushButton* use = box.addButton(QCoreApplication::translate("Prompts", "Use port %1").arg(suggestion),
                                     QMessageBox::AcceptRole);
    box.addButton(QCoreApplication::translate("Prompts", "Quit"), QMessageBox::RejectRole);
    box.exec();
    if (box.clickedButton() != use)
        return std::nullopt;
    return suggestion;
}

bool DialogPrompts::confirm(QWidget* parent, const QString& title, const QString& question) {
    return QMessageBox::question(parent, title, question, QMessageBox::Yes | QMessageBox::No,
                                 QMessageBox::No) == QMessageBox::Yes;
}

std::optional<QString> DialogPrompts::text(QWidget* parent, const QString& title, const QString& label) {
    bool ok = false;
    const QString value = QInputDialog::getText(parent, title, label, QLineEdit::Normal, {}, &ok);
    return ok ? std::optional(value) : std::nullopt;
}

void DialogPrompts::error(QWidget* parent, const QString& title, const QString& message) {
    QMessageBox::critical(parent, title, message);
}

std::optional<QString> DialogPrompts::openFile(QWidget* parent, const QString& title, const QString& filter) {
    const QString path = QFileDialog::getOpenFileName(parent, title, {}, filter);
    return path.isEmpty() ? std::nullopt : std::optional(path);
}

std::optional<int> DialogPrompts::choose(QWidget* parent, const QString& title, const QString& text,
                                         const QStringList& choices) {
    QMessageBox box(QMessageBox::Question, title, text, QMessageBox::NoButton, parent);
    QList<QPushButton*> buttons;
    for (const QString& choice : choices)
        buttons << box.addButton(choice, QMessageBox::AcceptRole);
    box.addButton(QMessageBox::Cancel);
    box.exec();
    const auto index = buttons.indexOf(qobject_cast<QPushButton*>(box.clickedButton()));
    return index >= 0 ? std::optional(int(index)) : std::nullopt;
}

std::optional<QString> DialogPrompts::saveFile(QWidget* parent, const QString& title,
                                               const QString& suggestedName) {
    const QString path = QFileDialog::getSaveFileName(parent, title, suggestedName);
    return path.isEmpty() ? std::nullopt : std::optional(path);
}

} // namespace lk
