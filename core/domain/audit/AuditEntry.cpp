#include "audit/AuditEntry.h"

namespace lk::audit {

QList<QString> allActions() {
    using namespace actions;
    QList<QString> names;
    for (const char* name : {kLeaseFree, kMaintenanceOn, kMaintenanceOff, kLicenseLoad, kPolicyLoad,
                             kAlertsChange, kAlertsTest, kTokenUsed, kAuthFailed, kAuthForbidden})
        names.append(QString::fromLatin1(name));
    return names;
}

bool isAction(const QString& action) {
    return allActions().contains(action);
}

} // namespace lk::audit
