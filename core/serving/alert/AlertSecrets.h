#pragma once

#include "alert/AlertSettings.h"

#include <QCoreApplication>

namespace lk {

// The secrets the alert settings name by file: the webhook's signing key and
// the mail password. Read when settings are applied, so that a file that
// cannot be read is an error then, not a failed alert later.
struct AlertSecrets {
    Q_DECLARE_TR_FUNCTIONS(AlertSecrets)

public:
    QByteArray webhookSecret;
    QByteArray mailPassword;

    static Result<AlertSecrets> read(const AlertSettings& settings);
};

} // namespace lk
