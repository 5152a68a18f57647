#include "ctl/CtlDispatcher.h"

#include "ctl/CtlExit.h"
#include "ctl/CtlParser.h"

#include <algorithm>

using namespace Qt::StringLiterals;

namespace lk {

int CtlDispatcher::run(std::span<const CtlCommand> commands, const QStringList& arguments, QTextStream& out,
                       QTextStream& err) {
    CtlParser cli(tr("[--help] [--version] COMMAND [ARGUMENTS...]"), describe(commands));
    cli.addOption(QCommandLineOption({u"v"_s, u"version"_s}, tr("Show the version.")));
    cli.stopAtFirstPositional();
    if (const auto done = cli.parse(arguments, out, err))
        return *done;
    if (cli.parser().isSet(u"version"_s)) {
        out << CtlParser::kProgram << ' ' << QCoreApplication::applicationVersion() << '\n';
        out.flush();
        return CtlExit::Ok;
    }
    const QStringList rest = cli.parser().positionalArguments();
    if (rest.isEmpty())
        return cli.usageError(tr("missing command"), err);
    const auto command = std::find_if(commands.begin(), commands.end(), [&](const CtlCommand& candidate) {
        return candidate.name == rest.first();
    });
    if (command == commands.end())
        return cli.usageError(tr("unknown command '%1'").arg(rest.first()), err);
    return command->run(rest, out, err);
}

QString CtlDispatcher::describe(std::span<const CtlCommand> commands) {
    QString text = tr("Administer a LeaseKeeper License Manager.\n\nCommands:");
    for (const CtlCommand& command : commands)
        text += u"\n  "_s + command.name.leftJustified(10) +
                QCoreApplication::translate("CtlCommand", command.summary);
    return text + u"\n\n"_s +
           tr("Run '%1 COMMAND --help' for the options of a command.").arg(CtlParser::kProgram);
}

} // namespace lk
