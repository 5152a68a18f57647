#include "service/ServiceDefinition.h"

#include "service/ServiceArguments.h"
#include "service/WindowsCommandLine.h"

using namespace Qt::StringLiterals;

namespace lk {

ServiceDefinition ServiceDefinition::forServer(const QString& name, const QString& program,
                                               const QStringList& arguments) {
    return ServiceDefinition{name, program, arguments};
}

QString ServiceDefinition::displayName() const {
    const QString base = u"LeaseKeeper License Manager"_s;
    return name == ServiceArguments::defaultName() ? base : u"%1 (%2)"_s.arg(base, name);
}

QString ServiceDefinition::description() const {
    return u"Grants and renews component leases (leasekeeper-server)."_s;
}

QString ServiceDefinition::commandLine() const {
    return WindowsCommandLine::join(program, arguments);
}

QString ServiceDefinition::eventSourceKey() const {
    return u"SYSTEM\\CurrentControlSet\\Services\\EventLog\\Application\\"_s + name;
}

QStringList ServiceDefinition::scInstallCommands() const {
    // sc.exe takes "option= value" pairs (the space after '=' is required);
    // binPath is one argument holding the whole command line.
    QStringList actions;
    for (int delay : kRestartDelaysMs)
        actions << u"restart/%1"_s.arg(delay);
    const QString key = WindowsCommandLine::quoteArgument(u"HKLM\\"_s + eventSourceKey());
    return {
        u"sc.exe create %1 binPath= %2 start= auto DisplayName= %3"_s.arg(
            name, WindowsCommandLine::quoteArgument(commandLine()),
            WindowsCommandLine::quoteArgument(displayName())),
        u"sc.exe description %1 %2"_s.arg(name, WindowsCommandLine::quoteArgument(description())),
        u"sc.exe failure %1 reset= %2 actions= %3"_s.arg(name)
            .arg(kFailureResetSeconds)
            .arg(actions.join(u'/')),
        u"sc.exe failureflag %1 1"_s.arg(name),
        u"reg.exe add %1 /v EventMessageFile /t REG_EXPAND_SZ /d %2 /f"_s.arg(
            key, WindowsCommandLine::quoteArgument(program)),
        u"reg.exe add %1 /v TypesSupported /t REG_DWORD /d 7 /f"_s.arg(key),
    };
}

QStringList ServiceDefinition::scUninstallCommands() const {
    return {scStop(), u"sc.exe delete %1"_s.arg(name),
            u"reg.exe delete %1 /f"_s.arg(WindowsCommandLine::quoteArgument(u"HKLM\\"_s + eventSourceKey()))};
}

QString ServiceDefinition::scStart() const {
    return u"sc.exe start %1"_s.arg(name);
}

QString ServiceDefinition::scStop() const {
    return u"sc.exe stop %1"_s.arg(name);
}

QString ServiceDefinition::scQuery() const {
    return u"sc.exe query %1"_s.arg(name);
}

QString ServiceDefinition::scReload() const {
    return u"sc.exe control %1 paramchange"_s.arg(name);
}

} // namespace lk
