#pragma once

#include <QCoreApplication>
#include <QStringList>
#include <QTextStream>

namespace lk {

// `leasekeeper-ctl cert self-signed`: makes a key and a self-signed
// certificate for a License Manager's TLS, and prints the fingerprint that
// clients can pin.
class CertCommand {
    Q_DECLARE_TR_FUNCTIONS(CertCommand)

public:
    // `arguments` start with "cert". Returns a CtlExit code.
    static int run(const QStringList& arguments, QTextStream& out, QTextStream& err);

private:
    static int selfSigned(const QStringList& arguments, QTextStream& out, QTextStream& err);
};

} // namespace lk
