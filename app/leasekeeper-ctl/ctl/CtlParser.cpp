#include "ctl/CtlParser.h"

#include "ctl/CtlExit.h"

using namespace Qt::StringLiterals;

namespace lk {

CtlParser::CtlParser(QString synopsis, const QString& description)
    : m_synopsis(std::move(synopsis)) {
    m_parser.setApplicationDescription(description);
    // Our own option instead of addHelpOption(): that one also adds
    // --help-all, which lists Qt's options that this tool does not have.
    m_parser.addOption(QCommandLineOption({u"h"_s, u"help"_s}, tr("Show this help.")));
}

void CtlParser::stopAtFirstPositional() {
    m_parser.setOptionsAfterPositionalArgumentsMode(QCommandLineParser::ParseAsPositionalArguments);
}

std::optional<int> CtlParser::parse(const QStringList& arguments, QTextStream& out, QTextStream& err) {
    if (!m_parser.parse(arguments))
        return usageError(m_parser.errorText(), err);
    if (m_parser.isSet(u"help"_s)) {
        out << helpText();
        out.flush();
        return CtlExit::Ok;
    }
    return std::nullopt;
}

QString CtlParser::helpText() const {
    // QCommandLineParser starts its help with "Usage: <path of the binary>
    // [options]"; replace that line with the full command.
    QString text = m_parser.helpText();
    const qsizetype firstLineEnd = text.indexOf(u'\n');
    text.replace(0, firstLineEnd, tr("Usage: %1 %2").arg(kProgram.toString(), m_synopsis));
    return text;
}

int CtlParser::usageError(const QString& message, QTextStream& err) const {
    err << kProgram << ": " << message << "\n\n" << helpText();
    err.flush();
    return CtlExit::Usage;
}

} // namespace lk
