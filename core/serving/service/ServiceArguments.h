#pragma once

#include "util/Result.h"

#include <QCoreApplication>
#include <QStringList>

namespace lk {

// What `leasekeeper-server --service ACTION` asks for. `run` is what the
// Service Control Manager starts: the installed command line carries it.
enum class ServiceAction { None, Install, Uninstall, Start, Stop, Run };

// The --service and --service-name options, and the command line a service
// is installed with. Plain code, tested on every platform; the SCM calls are
// in WindowsServiceManager_win.cpp.
class ServiceArguments {
    Q_DECLARE_TR_FUNCTIONS(ServiceArguments)

public:
    static QString defaultName() { return QStringLiteral("LeaseKeeper"); }

    static Result<ServiceAction> parseAction(const QString& text);
    static QString actionName(ServiceAction action);
    // The SCM allows up to 256 characters, without '/' or '\'; we also keep
    // to characters that need no quoting in sc.exe and reg.exe commands.
    static Status checkName(const QString& name);

    // The arguments (program name first) the service is installed with: the
    // given ones without --service, each path option made absolute against
    // `workingDir` (a service starts in the system folder), `--data-dir
    // dataDir` added when `dataDir` is not empty, then `--service run`.
    static QStringList forService(const QStringList& arguments, const QString& workingDir,
                                  const QString& dataDir = QString());
    // The options whose value is a file or folder.
    static QStringList pathOptions();
};

} // namespace lk
