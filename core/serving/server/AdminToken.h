#pragma once

#include "server/SecretHash.h"
#include "util/Result.h"

#include <QByteArray>
#include <QCoreApplication>

namespace lk {

// Checks admin bearer tokens. Only a salted hash of the token is kept in
// memory, and comparison takes the same time whatever the input.
class AdminToken {
    Q_DECLARE_TR_FUNCTIONS(AdminToken)

public:
    AdminToken() = default; // accepts nothing
    static AdminToken fromSecret(const QByteArray& token);
    // Reads the token from `path`; with `createIfMissing`, writes a new random
    // token there first (mode 0600) so a fresh install has a working admin API.
    static Result<AdminToken> fromFile(const QString& path, bool createIfMissing);

    bool isConfigured() const { return m_secret.isSet(); }
    // `authorization` is the raw header value, "Bearer <token>".
    bool accepts(const QByteArray& authorization) const;

private:
    explicit AdminToken(SecretHash secret)
        : m_secret(std::move(secret)) {}

    SecretHash m_secret;
};

} // namespace lk
