#pragma once

#include "ctl/BlockingHttp.h"
#include "ctl/CtlParser.h"

#include <QUrlQuery>
#include <optional>
#include <variant>

namespace lk {

// The options every command asking a node's admin API shares (--url,
// --token-file, --json and TLS) and the request it makes: what a failure
// prints is the same for `leases`, `audit`, `license fit` and the next one.
class CtlAdminGet {
    Q_DECLARE_TR_FUNCTIONS(CtlAdminGet)

public:
    static void addOptions(CtlParser& cli);
    // Reads the token, asks `path` with `query` of --url and returns the 200
    // answer; otherwise prints why to `err` and returns the exit code.
    static std::variant<HttpAnswer, int> get(CtlParser& cli, const QString& path, QTextStream& err,
                                             const QUrlQuery& query = {});
    // POSTs `body`. Answers other than 200 from the node come back too, for
    // the caller to tell apart; only a node not reached fails here.
    static std::variant<HttpAnswer, int> post(CtlParser& cli, const QString& path, QTextStream& err,
                                              const QUrlQuery& query, const QByteArray& body, int timeoutMs);
    // What the caller prints when the node did not answer 200.
    static QString refusal(const HttpAnswer& answer);

private:
    static std::variant<HttpAnswer, int> send(CtlParser& cli, const QByteArray& method, const QString& path,
                                              QTextStream& err, const QUrlQuery& query,
                                              const QByteArray& body, int timeoutMs);
};

} // namespace lk
