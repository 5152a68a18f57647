// TimeSync as /api/v1/status carries it under "time_sync".
#include "wire/TimeSyncJson.h"

#include <QJsonDocument>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace lk;

class TestTimeSync : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void defaultIsUnknown() {
        const TimeSync sync;
        QCOMPARE(sync.source, u"unknown"_s);
        QVERIFY(!sync.synchronized);
        const QJsonObject json = wire::TimeSyncJson::toJson(sync);
        QCOMPARE(json.value(u"source"_s).toString(), u"unknown"_s);
        QVERIFY(json.value(u"synchronized"_s).isNull());
        QVERIFY(json.contains(u"detail"_s));
    }

    void roundTrips() {
        for (const std::optional<bool>& state :
             {std::optional<bool>(true), std::optional<bool>(false), std::optional<bool>()}) {
            const TimeSync sync{u"chrony"_s, state, u"chrony is synchronized"_s};
            QCOMPARE(wire::TimeSyncJson::fromJson(wire::TimeSyncJson::toJson(sync)), sync);
        }
        const QJsonObject json = wire::TimeSyncJson::toJson(TimeSync{u"w32tm"_s, false, u"x"_s});
        QCOMPARE(QJsonDocument(json).toJson(QJsonDocument::Compact),
                 QByteArray(R"({"detail":"x","source":"w32tm","synchronized":false})"));
    }

    void fromJsonIsLenient() {
        const TimeSync sync = wire::TimeSyncJson::fromJson({{u"synchronized"_s, u"yes"_s}, {u"source"_s, 3}});
        QCOMPARE(sync.source, u"unknown"_s);
        QVERIFY(!sync.synchronized);
        QCOMPARE(wire::TimeSyncJson::fromJson({}), TimeSync());
    }
};

QTEST_GUILESS_MAIN(TestTimeSync)
#include "tst_timesync.moc"
