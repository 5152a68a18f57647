#include "secrets/SecretStore.h"

#include <QTimer>
#include <qt6keychain/keychain.h>

using namespace Qt::StringLiterals;

namespace lk {

namespace {
// The Secret Service may still be starting when the console does (a login
// session): one retry after a short pause avoids a spurious error.
constexpr int kAttempts = 2;
constexpr int kRetryDelayMs = 500;

// A keychain job of the console's service for one key.
template <typename JobT> auto jobFor(const QString& key) {
    return [key] {
        auto* job = new JobT(SecretStore::kService.toString());
        job->setKey(key);
        return job;
    };
}
} // namespace

SecretStore::SecretStore(QObject* parent)
    : QObject(parent) {}

Error SecretStore::errorOf(const QKeychain::Job& job) {
    const QString detail = job.errorString();
    switch (job.error()) {
    case QKeychain::NoBackendAvailable:
        return makeError(u"no_keychain"_s,
                         tr("no keychain is available (%1); on Linux, start a Secret Service "
                            "such as GNOME Keyring or KWallet")
                             .arg(detail));
    case QKeychain::AccessDenied:
    case QKeychain::AccessDeniedByUser:
        return makeError(u"keychain_denied"_s, tr("the keychain refused access: %1").arg(detail));
    default:
        return makeError(u"keychain_error"_s, tr("the keychain failed: %1").arg(detail));
    }
}

template <typename MakeJob, typename Finish>
void SecretStore::run(MakeJob makeJob, Finish finish, int attemptsLeft) {
    QKeychain::Job* job = makeJob();
    job->setAutoDelete(true);
    job->setInsecureFallback(false);
    connect(job, &QKeychain::Job::finished, this,
            [this, makeJob, finish, attemptsLeft](QKeychain::Job* done) {
                if (done->error() == QKeychain::NoBackendAvailable && attemptsLeft > 1) {
                    QTimer::singleShot(kRetryDelayMs, this, [this, makeJob, finish, attemptsLeft] {
                        run(makeJob, finish, attemptsLeft - 1);
                    });
                    return;
                }
                finish(*done);
            });
    job->start();
}

void SecretStore::write(const QString& key, const QByteArray& secret,
                        std::function<void(const Status&)> done) {
    auto make = [key, secret] {
        auto* job = new QKeychain::WritePasswordJob(kService.toString());
        job->setKey(key);
        job->setBinaryData(secret);
        return job;
    };
    run(
        make, [done](const QKeychain::Job& job) { done(job.error() ? Status(errorOf(job)) : Status()); },
        kAttempts);
}

void SecretStore::read(const QString& key,
                       std::function<void(const Result<std::optional<QByteArray>>&)> done) {
    run(
        jobFor<QKeychain::ReadPasswordJob>(key),
        [done](const QKeychain::Job& job) {
            if (job.error() == QKeychain::EntryNotFound)
                return done(std::optional<QByteArray>());
            if (job.error())
                return done(errorOf(job));
            done(std::optional(static_cast<const QKeychain::ReadPasswordJob&>(job).binaryData()));
        },
        kAttempts);
}

void SecretStore::remove(const QString& key, std::function<void(const Status&)> done) {
    run(
        jobFor<QKeychain::DeletePasswordJob>(key),
        [done](const QKeychain::Job& job) {
            // Removing what is not there leaves the keychain as asked.
            const bool ok = !job.error() || job.error() == QKeychain::EntryNotFound;
            done(ok ? Status() : Status(errorOf(job)));
        },
        kAttempts);
}

} // namespace lk
