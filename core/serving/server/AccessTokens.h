#pragma once

#include "server/AdminToken.h"
#include "server/SecretHash.h"
#include "util/Result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <optional>

namespace lk {

// What a token lets its holder do: a viewer reads every admin endpoint and
// changes nothing; an admin does both.
enum class AccessRole { Viewer, Admin };

QString roleName(AccessRole role);
std::optional<AccessRole> roleFromName(const QString& name);

// Who presented a valid token: its name (what the audit trail records) and role.
struct TokenHolder {
    QString name;
    AccessRole role = AccessRole::Viewer;
};

// The tokens the admin API accepts: the server's admin token (named "admin")
// and the named tokens of --tokens-file, one per administrator, so that the
// audit trail says who did what. Only salted hashes are kept in memory.
//
// The tokens file has one token per line, "NAME ROLE TOKEN" (ROLE is admin or
// viewer, TOKEN 16 to 4096 characters); '#' starts a comment.
class AccessTokens {
    Q_DECLARE_TR_FUNCTIONS(AccessTokens)

public:
    static constexpr auto kAdminTokenName = "admin";

    AccessTokens() = default; // accepts nothing
    // Error "tokens_file" naming the file, the line and what is wrong.
    static Result<AccessTokens> parse(const QByteArray& text, const QString& path);
    static Result<AccessTokens> fromFile(const QString& path);

    // Error "tokens_file" when `name` is taken or `role`'s token is too short.
    Status add(const QString& name, AccessRole role, const QByteArray& token);
    // The server's own admin token, under kAdminTokenName.
    void addAdminToken(AdminToken token);

    bool isConfigured() const { return !m_tokens.isEmpty(); }
    qsizetype size() const { return m_tokens.size(); }
    // `authorization` is the raw header value, "Bearer <token>".
    std::optional<TokenHolder> holderOf(const QByteArray& authorization) const;

private:
    struct Entry {
        TokenHolder holder;
        SecretHash secret;
        AdminToken adminToken; // set for the server's admin token only
    };
    QList<Entry> m_tokens;
};

} // namespace lk
