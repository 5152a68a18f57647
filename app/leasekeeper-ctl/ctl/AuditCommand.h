#pragma once

#include <QCoreApplication>
#include <QTextStream>

namespace lk {

// `leasekeeper-ctl audit`: who did what on a License Manager, newest first.
class AuditCommand {
    Q_DECLARE_TR_FUNCTIONS(AuditCommand)

public:
    static int run(const QStringList& arguments, QTextStream& out, QTextStream& err);
};

} // namespace lk
