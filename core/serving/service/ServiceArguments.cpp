#include "service/ServiceArguments.h"

#include <QDir>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace lk {

namespace {

struct ActionName {
    ServiceAction action;
    QString name;
};

const QList<ActionName>& actionNames() {
    static const QList<ActionName> names{{ServiceAction::Install, u"install"_s},
                                         {ServiceAction::Uninstall, u"uninstall"_s},
                                         {ServiceAction::Start, u"start"_s},
                                         {ServiceAction::Stop, u"stop"_s},
                                         {ServiceAction::Run, u"run"_s}};
    return names;
}

QString absolute(const QString& option, const QString& value, const QDir& workingDir) {
    if (value.isEmpty())
        return value;
    if (option == u"db"_s) {
        // Only sqlite:PATH names a file; a postgresql:// URL stays as it is.
        if (!value.startsWith(u"sqlite:"_s))
            return value;
        return u"sqlite:"_s + QDir::toNativeSeparators(workingDir.absoluteFilePath(value.mid(7)));
    }
    return QDir::toNativeSeparators(workingDir.absoluteFilePath(value));
}

} // namespace

Result<ServiceAction> ServiceArguments::parseAction(const QString& text) {
    for (const ActionName& known : actionNames()) {
        if (known.name == text)
            return known.action;
    }
    return makeError(u"usage"_s, tr("--service '%1' must be install, uninstall, start or stop").arg(text));
}

QString ServiceArguments::actionName(ServiceAction action) {
    for (const ActionName& known : actionNames()) {
        if (known.action == action)
            return known.name;
    }
    return QString();
}

Status ServiceArguments::checkName(const QString& name) {
    static const QRegularExpression allowed(u"^[A-Za-z0-9][A-Za-z0-9._-]{0,79}$"_s);
    if (!allowed.match(name).hasMatch())
        return makeError(u"usage"_s, tr("--service-name '%1' must be 1 to 80 letters, digits, '.', '_' or "
                                        "'-', starting with a letter or digit")
                                         .arg(name));
    return {};
}

QStringList ServiceArguments::pathOptions() {
    return {u"config"_s,   u"license"_s,          u"trust"_s,         u"db"_s,      u"db-password-file"_s,
            u"data-dir"_s, u"admin-token-file"_s, u"tokens-file"_s,   u"policy"_s,  u"alerts"_s,
            u"tls-cert"_s, u"tls-key"_s,          u"site-key-file"_s, u"log-file"_s};
}

QStringList ServiceArguments::forService(const QStringList& arguments, const QString& workingDir,
                                         const QString& dataDir) {
    const QDir base(workingDir);
    const QStringList paths = pathOptions();
    QStringList result;
    for (qsizetype i = 1; i < arguments.size(); ++i) {
        const QString& argument = arguments.at(i);
        if (!argument.startsWith(u"--"_s)) {
            result << argument;
            continue;
        }
        const qsizetype equals = argument.indexOf(u'=');
        const QString option = argument.mid(2, equals < 0 ? -1 : equals - 2);
        if (option == u"service"_s) {
            if (equals < 0)
                ++i; // and its value
            continue;
        }
        if (!paths.contains(option)) {
            result << argument;
            continue;
        }
        if (equals >= 0) {
            result << argument.left(equals + 1) + absolute(option, argument.mid(equals + 1), base);
        } else {
            result << argument;
            if (i + 1 < arguments.size())
                result << absolute(option, arguments.at(++i), base);
        }
    }
    if (!dataDir.isEmpty())
        result << u"--data-dir"_s << QDir::toNativeSeparators(dataDir);
    result << u"--service"_s << u"run"_s;
    return result;
}

} // namespace lk
