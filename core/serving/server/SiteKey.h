#pragma once

#include "server/SecretHash.h"
#include "util/Result.h"

#include <QByteArray>
#include <QCoreApplication>

namespace lk {

// The optional key components must send in `X-Site-Key` to get, renew and
// release leases. Kept only as a salted hash; unset, every request passes.
class SiteKey {
    Q_DECLARE_TR_FUNCTIONS(SiteKey)

public:
    static constexpr const char* kHeader = "X-Site-Key";

    SiteKey() = default; // not required
    static SiteKey fromSecret(const QByteArray& key);
    // Reads the key from `path` (never created: a missing file is an error).
    static Result<SiteKey> fromFile(const QString& path);

    bool isRequired() const { return m_secret.isSet(); }
    // `header` is the raw X-Site-Key value.
    bool accepts(const QByteArray& header) const { return m_secret.matches(header.trimmed()); }

private:
    explicit SiteKey(SecretHash secret)
        : m_secret(std::move(secret)) {}

    SecretHash m_secret;
};

} // namespace lk
