#pragma once

#include <QString>
#include <QStringList>
#include <array>

namespace lk {

// Everything `leasekeeper-server --service install` registers with the
// Service Control Manager, and the same as sc.exe and reg.exe commands for
// cmd.exe (docs/windows.md shows them; a test checks the two agree).
struct ServiceDefinition {
    QString name;    // the service's key name (sc.exe start NAME)
    QString program; // leasekeeper-server.exe, absolute, native separators
    QStringList arguments;

    // Restart after a failure (a crash or a non-zero exit code), like the
    // systemd unit's Restart=on-failure: after 5 s twice, then after 60 s;
    // the count starts over after a day without failure.
    static constexpr std::array<int, 3> kRestartDelaysMs{5000, 5000, 60000};
    static constexpr int kFailureResetSeconds = 86400;

    static ServiceDefinition forServer(const QString& name, const QString& program,
                                       const QStringList& arguments);

    QString displayName() const;
    QString description() const;
    // The program and its arguments, quoted as CommandLineToArgvW reads them.
    QString commandLine() const;
    // The event log source's registry key, under HKEY_LOCAL_MACHINE.
    QString eventSourceKey() const;

    // cmd.exe commands doing what --service install and uninstall do.
    QStringList scInstallCommands() const;
    QStringList scUninstallCommands() const;
    QString scStart() const;
    QString scStop() const;
    QString scQuery() const;
    // Asks a running service to re-read its license and TLS files.
    QString scReload() const;
};

} // namespace lk
