#pragma once

#include "alert/AlertMessage.h"
#include "alert/MailMessage.h"
#include "alert/MailSettings.h"

#include <QCoreApplication>

namespace lk {

// An alert as a mail: what the subject says and what the text lists, so
// that an administrator reading it on a phone knows what happened, where
// and when without opening the console.
class AlertMail {
    Q_DECLARE_TR_FUNCTIONS(AlertMail)

public:
    // "[LeaseKeeper] <summary>", and "[test] " before it for a test alert.
    static QString subject(const AlertMessage& alert);
    // The alert's detail, then one line each for its rule, severity,
    // subject, node, time (UTC, ISO 8601) and id.
    static QString body(const AlertMessage& alert);
    // From and to the addresses of `settings`, dated `nowMs`, with a
    // Message-ID made from the alert's id.
    static MailMessage compose(const AlertMessage& alert, const MailSettings& settings, qint64 nowMs);
};

} // namespace lk
