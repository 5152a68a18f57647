// TimeSync as /api/v1/status carries it under "time_sync".
#include "timesync/TimeSync.h"

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
        const QJsonObject json = sync.toJson();
        QCOMPARE(json.value(u"source"_s).toString(), u"unknown"_s);
        QVERIFY(json.value(u"synchronized"_s).isNull());
        QVERIFY(json.contains(u"detail"_s));
    }

    void roundTrips() {
        for (const std::optional<bool>& state :
             {std::optional<bool>(true), std::optional<bool>(false), std::optional<bool>()}) {
            const TimeSync sync{u"chrony"_s, state, u"chrony is synchronized"_s};
            QCOMPARE(TimeSync::fromJson(sync.toJson()), sync);
        }
        const QJsonObject json = TimeSync{u"w32tm"_s, false, u"x"_s}.toJson();
        QCOMPARE(QJsonDocument(json).toJson(QJsonDocument::Compact),
                 QByteArray(R"({"detail":"x","source":"w32tm","synchronized":false})"));
    }

    void fromJsonIsLenient() {
        const TimeSync sync = TimeSync::fromJson({{u"synchronized"_s, u"yes"_s}, {u"source"_s, 3}});
        QCOMPARE(sync.source, u"unknown"_s);
        QVERIFY(!sync.synchronized);
        QCOMPARE(TimeSync::fromJson({}), TimeSync());
    }
};

QTEST_GUILESS_MAIN(TestTimeSync)
#include "tst_timesync.moc"
