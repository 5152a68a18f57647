#pragma once

#include <QString>
#include <QStringList>

namespace lk {

// One alert as every channel delivers it: a webhook's JSON body, a mail's
// subject and text, the console's tray notification.
struct AlertMessage {
    QString id;       // unique per alert; a webhook receiver can drop repeats by it
    QString rule;     // the rule's code ("near_limit", "denial", ...; "test" for a test alert)
    QString severity; // "warning" or "critical"; "info" for a test alert
    QString subject;  // what it is about: a component type, an instance, a node
    QString summary;  // one line: a mail's subject, a notification's title
    QString detail;   // what happened and what to do, for an administrator to read
    QString node;     // the License Manager node that raised it
    qint64 atMs = 0;
    bool test = false;

    friend bool operator==(const AlertMessage&, const AlertMessage&) = default;
};

// One attempt to hand an alert to a channel, as the delivery log keeps it.
struct AlertDelivery {
    QString alertId;
    QString rule;
    QString channel; // "webhook" or "mail"
    QString target;  // the webhook's URL or the mail's recipients; never a secret
    bool delivered = false;
    int attempts = 0; // attempts made, retries included
    QString detail;   // "HTTP 200", "250 queued as ...", or why it failed
    qint64 atMs = 0;  // when the last attempt ended

    friend bool operator==(const AlertDelivery&, const AlertDelivery&) = default;
};

// An alert as a node keeps it for the console to show: numbered in the order
// raised, with the channels its rule sends it to ("tray": the console shows a
// notification).
struct RaisedAlert {
    qint64 seq = 0;
    AlertMessage message;
    QStringList channels;

    friend bool operator==(const RaisedAlert&, const RaisedAlert&) = default;
};

} // namespace lk
