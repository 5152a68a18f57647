#pragma once

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QString>
#include <QStringList>
#include <QTextStream>
#include <optional>

namespace lk {

// QCommandLineParser set up the way every leasekeeper-ctl (sub)command needs
// it: a --help option, help text that names the full command, and errors that
// go to the caller's stream instead of ending the process.
class CtlParser {
    Q_DECLARE_TR_FUNCTIONS(CtlParser)

public:
    static constexpr QStringView kProgram = u"leasekeeper-ctl";

    // `synopsis` follows the program name in the usage line, e.g.
    // "license verify --trust PUBLIC [--trust PUBLIC...] LICENSE".
    CtlParser(QString synopsis, const QString& description);

    QCommandLineParser& parser() { return m_parser; }
    const QCommandLineParser& parser() const { return m_parser; }
    void addOption(const QCommandLineOption& option) { m_parser.addOption(option); }
    // Treat everything after the first positional argument as that
    // argument's own arguments (used to hand over to subcommands).
    void stopAtFirstPositional();

    // Parses `arguments` (whose first element stands for the program and is
    // skipped). Returns an exit code if the command is finished already:
    // CtlExit::Ok after printing --help, CtlExit::Usage after a parse error.
    std::optional<int> parse(const QStringList& arguments, QTextStream& out, QTextStream& err);

    QString helpText() const;
    // Prints "leasekeeper-ctl: <message>" and the usage to err; returns CtlExit::Usage.
    int usageError(const QString& message, QTextStream& err) const;

private:
    QString m_synopsis;
    QCommandLineParser m_parser;
};

} // namespace lk
