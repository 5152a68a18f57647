#pragma once

#include "license/IssuerPublicKey.h"
#include "license/LicenseVerifier.h"
#include "util/Result.h"

#include <QCoreApplication>
#include <QList>
#include <QStringList>

namespace lk {

// The issuer public keys a License Manager trusts, read from their files.
// The one loader for the server and the console's install check, so both
// agree on which licenses are served: a key file that cannot be read
// (missing, unreadable, malformed) is logged as a warning naming the file
// and why, and skipped. One bad file next to the issuer's key must not leave
// the node without a license.
class TrustedKeys {
    Q_DECLARE_TR_FUNCTIONS(TrustedKeys)

public:
    static TrustedKeys load(const QStringList& paths);

    const QList<IssuerPublicKey>& keys() const { return m_keys; }
    // One error per skipped file; each message names the file and the reason.
    const QList<Error>& skipped() const { return m_skipped; }
    // A verifier trusting every key that could be read.
    LicenseVerifier verifier() const { return LicenseVerifier(m_keys); }

private:
    QList<IssuerPublicKey> m_keys;
    QList<Error> m_skipped;
};

} // namespace lk
