#pragma once

#include <QCoreApplication>
#include <QStringList>
#include <QTextStream>

namespace lk {

class Clock;

// `leasekeeper-ctl license keygen|issue|verify|show|fit`: everything an
// issuer and an administrator need to produce and inspect signed licenses,
// and to check one against a node's recorded usage (LicenseFitCommand).
class LicenseCommand {
    Q_DECLARE_TR_FUNCTIONS(LicenseCommand)

public:
    // `arguments` start with "license". Returns a CtlExit code.
    static int run(const QStringList& arguments, QTextStream& out, QTextStream& err);
    // Same, with the time that `verify` and `issue` compare expiry dates to.
    static int runAt(const QStringList& arguments, QTextStream& out, QTextStream& err, const Clock& clock);

private:
    static int keygen(const QStringList& arguments, QTextStream& out, QTextStream& err);
    static int issue(const QStringList& arguments, QTextStream& out, QTextStream& err, const Clock& clock);
    static int verify(const QStringList& arguments, QTextStream& out, QTextStream& err, const Clock& clock);
    static int show(const QStringList& arguments, QTextStream& out, QTextStream& err);
    static int fail(const QString& message, int exitCode, QTextStream& err);
};

} // namespace lk
