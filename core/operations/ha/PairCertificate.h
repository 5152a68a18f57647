#pragma once

#include "ha/HaTargets.h"
#include "tls/SelfSignedCertificate.h"
#include "util/Result.h"

#include <QCoreApplication>

namespace lk {

// The files HTTPS for a pair needs: the certificate and key the nodes and the
// load balancer present, the same two in one file for HAProxy, and the
// certificate clients must trust.
struct PairTlsFiles {
    QString certificate;
    QString key;
    QString haproxyPem; // certificate followed by its key
    QString ca;         // what components, the console and the load balancer trust
};

// HTTPS for an HA pair, as the wizard sets it up: one certificate naming the
// virtual host and both nodes (so that the load balancer can check either
// node by name), self-signed for an evaluation or the organisation's own.
class PairCertificate {
    Q_DECLARE_TR_FUNCTIONS(PairCertificate)

public:
    // CN: the virtual host; subjectAltName: every host of the pair, names as
    // DNS and addresses as IP.
    static SelfSignedCertificate::Request request(const HaTargets& pair, int days);
    // Generates a self-signed certificate into `folder` (pair.crt, pair.key,
    // pair-haproxy.pem); refuses to replace files unless `force`.
    static Result<PairTlsFiles> createSelfSigned(const HaTargets& pair, const QString& folder, int days,
                                                 bool force);
    // The organisation's certificate and key (checked to belong together) and
    // the CA that signed them; writes the HAProxy file beside the key.
    static Result<PairTlsFiles> useExisting(const QString& certificate, const QString& key,
                                            const QString& ca);
    // What to run on each node, the load balancer and the components.
    static QString instructions(const HaTargets& pair, const PairTlsFiles& files);
};

} // namespace lk
