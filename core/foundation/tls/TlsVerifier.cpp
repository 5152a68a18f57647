#include "tls/TlsVerifier.h"

#include "tls/TlsErrorText.h"

namespace lk {

TlsVerifier::Verdict TlsVerifier::judgeErrors(const TlsClientOptions& options, const QUrl& url,
                                              const QList<QSslError>& errors, const QSslCertificate& peer) {
    if (options.isPinned()) {
        if (options.matchesPin(peer))
            return {true, {}};
        return {false, TlsErrorText::pinMismatch(url, peer, options)};
    }
    return {false, TlsErrorText::refused(errors, url, peer, options)};
}

TlsVerifier::Verdict TlsVerifier::judgeEncrypted(const TlsClientOptions& options, const QUrl& url,
                                                 const QSslCertificate& peer) {
    if (!options.isPinned() || options.matchesPin(peer))
        return {true, {}};
    return {false, TlsErrorText::pinMismatch(url, peer, options)};
}

} // namespace lk
