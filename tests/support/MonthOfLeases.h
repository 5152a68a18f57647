// A month of recorded use on a TestServer, made through its HTTP API with its
// manual clock: what the license-fit tests replay. On day d of the month,
// vdpOnDay(d) vdp instances of 8 cores start at 09:00, one a minute, and stop
// at 17:00; one scheduler instance starts the evening before the month and
// runs throughout, renewed at noon.
#pragma once

#include "GrantRequest.h"
#include "HttpTestClient.h"
#include "TestLicense.h"
#include "TestServer.h"

#include <QTest>

namespace lk::test {

struct MonthOfLeases {
    static constexpr int kDays = 30;
    static constexpr int kVdpCores = 8;
    static constexpr qint64 kDayMs = 24LL * 3600 * 1000;
    static constexpr qint64 kHourMs = 3600LL * 1000;

    static int vdpOnDay(int day) { return 3 + day % 6; } // 3 to 8
    static QString vdpInstance(int day, int index) {
        return QStringLiteral("vdp-%1-%2:9999").arg(day).arg(index);
    }
    static QString vdpHost(int day, int index) { return QStringLiteral("host-%1-%2").arg(day).arg(index); }

    // What the server's own license must allow for the month to be granted.
    static QJsonObject serverTerms() {
        QJsonObject terms = exampleTerms();
        terms.insert(QStringLiteral("components"),
                     componentsJson(
                         {{QStringLiteral("vdp"), {10, 16, 200}}, {QStringLiteral("scheduler"), {1, 4, 4}}}));
        return terms;
    }

    qint64 monthStartMs = 0; // midnight UTC of the first day
    qint64 schedulerStartMs = 0;
    int vdpLeases = 0;

    qint64 vdpStartMs(int day, int index) const {
        return monthStartMs + day * kDayMs + 9 * kHourMs + index * 60000;
    }

    // Leaves the clock at the end of the month: `days=30` covers it exactly.
    bool generate(TestServer& server, HttpTestClient& client) {
        client.setToken({});
        monthStartMs = server.clock.nowMs() / kDayMs * kDayMs - kDays * kDayMs;
        schedulerStartMs = monthStartMs - 3 * kHourMs;
        server.clock.setMs(schedulerStartMs);
        const QString scheduler = grant(client, QStringLiteral("scheduler"), QStringLiteral("sched:8000"), 4,
                                        QStringLiteral("sched-host"));
        if (scheduler.isEmpty())
            return false;
        for (int day = 0; day < kDays; ++day) {
            QStringList running;
            for (int index = 0; index < vdpOnDay(day); ++index) {
                server.clock.setMs(vdpStartMs(day, index));
                running.append(grant(client, QStringLiteral("vdp"), vdpInstance(day, index), kVdpCores,
                                     vdpHost(day, index)));
                if (running.constLast().isEmpty())
                    return false;
                ++vdpLeases;
            }
            server.clock.setMs(monthStartMs + day * kDayMs + 12 * kHourMs);
            if (client.post(QStringLiteral("/api/v1/leases/%1/renew").arg(scheduler), QByteArray()).status !=
                200)
                return false;
            server.clock.setMs(monthStartMs + day * kDayMs + 17 * kHourMs);
            for (const QString& id : running) {
                if (client.del(QStringLiteral("/api/v1/leases/%1").arg(id)).status != 204)
                    return false;
            }
        }
        server.clock.setMs(monthStartMs + kDays * kDayMs);
        return true;
    }

private:
    static QString grant(HttpTestClient& client, const QString& component, const QString& instance, int cores,
                         const QString& host) {
        const HttpResult granted =
            client.post(QStringLiteral("/api/v1/leases"),
                        grantRequest(component, instance, cores, QStringLiteral("1"), host));
        if (granted.status != 201)
            qWarning("grant of %s: %d %s", qPrintable(instance), granted.status, granted.body.constData());
        return granted.json.value(QStringLiteral("lease_id")).toString();
    }
};

} // namespace lk::test
