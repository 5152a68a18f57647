#pragma once

#include "util/Result.h"

#include <QObject>
#include <functional>
#include <optional>

namespace QKeychain {
class Job;
}

namespace lk {

// Admin tokens and database passwords live in the operating system's
// keychain (Secret Service on Linux, Credential Manager on Windows), never in
// settings files. Every call is asynchronous; QtKeychain's insecure
// plain-text fallback is never used.
class SecretStore final : public QObject {
    Q_OBJECT

public:
    static constexpr QStringView kService = u"LeaseKeeper";

    explicit SecretStore(QObject* parent = nullptr);

    // Keys are namespaced by what they protect, e.g. "admin-token:https://lm1:10091".
    void write(const QString& key, const QByteArray& secret, std::function<void(const Status&)> done);
    // An unset optional when no secret is stored under `key`.
    void read(const QString& key, std::function<void(const Result<std::optional<QByteArray>>&)> done);
    void remove(const QString& key, std::function<void(const Status&)> done);

private:
    template <typename MakeJob, typename Finish> void run(MakeJob makeJob, Finish finish, int attemptsLeft);
    static Error errorOf(const QKeychain::Job& job);
};

} // namespace lk
