#pragma once

#include "ctl/BlockingHttp.h"
#include "ctl/CtlParser.h"

#include <QUrlQuery>
#include <optional>
#include <variant>

namespace lk {

// The options every command reading a node's admin API shares (--url,
// --token-file, --json and TLS) and the GET it makes: what a failure prints
// is the same for `leases`, `audit` and the next such command.
class CtlAdminGet {
    Q_DECLARE_TR_FUNCTIONS(CtlAdminGet)

public:
    static void addOptions(CtlParser& cli);
    // Reads the token, asks `path` with `query` of --url and returns the 200
    // answer; otherwise prints why to `err` and returns the exit code.
    static std::variant<HttpAnswer, int> get(CtlParser& cli, const QString& path, QTextStream& err,
                                             const QUrlQuery& query = {});
};

} // namespace lk
