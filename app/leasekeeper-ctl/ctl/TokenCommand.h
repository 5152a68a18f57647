#pragma once

#include <QCoreApplication>
#include <QTextStream>

namespace lk {

// `leasekeeper-ctl token new`: a named admin or viewer token for a colleague,
// added to the server's --tokens-file.
class TokenCommand {
    Q_DECLARE_TR_FUNCTIONS(TokenCommand)

public:
    static int run(const QStringList& arguments, QTextStream& out, QTextStream& err);

private:
    static int create(const QStringList& arguments, QTextStream& out, QTextStream& err);
};

} // namespace lk
