#pragma once

#include "alert/AlertChannel.h"
#include "alert/AlertSecrets.h"
#include "alert/AlertSettings.h"
#include "alert/MailSettings.h"
#include "util/Clock.h"

#include <memory>
#include <vector>

namespace lk {

// The channels alert settings describe, built with their secrets: a webhook
// when a URL is set, mail when a server is set.
class AlertChannels {
    Q_DECLARE_TR_FUNCTIONS(AlertChannels)

public:
    using List = std::vector<std::unique_ptr<AlertChannel>>;
    enum class Attempts { AsConfigured, Once };

    // Fails when the mail settings cannot work (a CA file that cannot be
    // read, a password without encryption), before anything is sent.
    static Result<List> make(const AlertSettings& settings, const AlertSecrets& secrets, const Clock& clock,
                             Attempts attempts);
    static Result<MailSettings> mailSettings(const AlertSettings::Mail& mail, const QByteArray& password);
};

} // namespace lk
