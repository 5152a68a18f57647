#pragma once

#include <QString>
#include <QtGlobal>
#include <optional>

class QWidget;

namespace lk {

// Every question the console asks with a modal dialog goes through here, so
// GUI tests can script the answers instead of hanging on a message box.
class Prompts {
public:
    virtual ~Prompts() = default;
    // The local port is taken: another port to try, or nothing to quit.
    virtual std::optional<quint16> anotherPort(QWidget* parent, quint16 taken, quint16 suggestion,
                                               const QString& error) = 0;
    virtual bool confirm(QWidget* parent, const QString& title, const QString& question) = 0;
    // Asks for a line of text (e.g. the reason for freeing a lease); nothing on cancel.
    virtual std::optional<QString> text(QWidget* parent, const QString& title, const QString& label) = 0;
    virtual void error(QWidget* parent, const QString& title, const QString& message) = 0;
    // A file to open; nothing on cancel.
    virtual std::optional<QString> openFile(QWidget* parent, const QString& title, const QString& filter) = 0;
    virtual std::optional<QString> saveFile(QWidget* parent, const QString& title,
                                            const QString& suggestedName) = 0;
    // One of `choices` (their index), or nothing when the dialog is cancelled.
    virtual std::optional<int> choose(QWidget* parent, const QString& title, const QString& text,
                                      const QStringList& choices) = 0;
};

// The real dialogs.
class DialogPrompts final : public Prompts {
public:
    std::optional<quint16> anotherPort(QWidget* parent, quint16 taken, quint16 suggestion,
                                       const QString& error) override;
    bool confirm(QWidget* parent, const QString& title, const QString& question) override;
    std::optional<QString> text(QWidget* parent, const QString& title, const QString& label) override;
    void error(QWidget* parent, const QString& title, const QString& message) override;
    std::optional<QString> openFile(QWidget* parent, const QString& title, const QString& filter) override;
    std::optional<QString> saveFile(QWidget* parent, const QString& title,
                                    const QString& suggestedName) override;
    std::optional<int> choose(QWidget* parent, const QString& title, const QString& text,
                              const QStringList& choices) override;
};

} // namespace lk
