// The Prometheus text format as the metrics classes write it: escaping,
// values, histogram buckets, and what a family without series writes.
#include "metrics/MetricsRegistry.h"
#include "metrics/RequestTimer.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace lk::metrics;

class TestExposition : public QObject {
    Q_OBJECT

    static QByteArrayList lines(const QByteArray& text) {
        QByteArrayList out = text.split('\n');
        if (!out.isEmpty() && out.last().isEmpty())
            out.removeLast();
        return out;
    }

private Q_SLOTS:
    void labelValuesAreEscaped() {
        // Backslash, double quote and line feed, each as the format wants it.
        QCOMPARE(ExpositionWriter::escapeLabelValue(u"C:\\dir \"x\"\nnext"_s),
                 QByteArray(R"(C:\\dir \"x\"\nnext)"));
        QCOMPARE(ExpositionWriter::renderLabel("host", u"é\"1"_s), QByteArray("host=\"\xc3\xa9\\\"1\""));
        // HELP escapes backslash and line feed, but not quotes.
        QCOMPARE(ExpositionWriter::escapeHelp(u"a \"b\" \\ c\nd"_s), QByteArray(R"(a "b" \\ c\nd)"));
    }

    void valuesAreWrittenTheWayPrometheusReadsThem() {
        QCOMPARE(ExpositionWriter::formatValue(0), QByteArray("0"));
        QCOMPARE(ExpositionWriter::formatValue(42), QByteArray("42"));
        QCOMPARE(ExpositionWriter::formatValue(-3), QByteArray("-3"));
        QCOMPARE(ExpositionWriter::formatValue(1893456000), QByteArray("1893456000"));
        QCOMPARE(ExpositionWriter::formatValue(0.0005), QByteArray("0.0005"));
        QCOMPARE(ExpositionWriter::formatValue(2.5), QByteArray("2.5"));
        QCOMPARE(ExpositionWriter::formatValue(-0.125), QByteArray("-0.125"));
        QCOMPARE(ExpositionWriter::formatValue(qInf()), QByteArray("+Inf"));
        QCOMPARE(ExpositionWriter::formatValue(-qInf()), QByteArray("-Inf"));
        QCOMPARE(ExpositionWriter::formatValue(qQNaN()), QByteArray("NaN"));
        // Beyond 2^53 integers are no longer exact: the float form, which reads back the same.
        QCOMPARE(ExpositionWriter::formatValue(1e300).toDouble(), 1e300);
    }

    void countersAndGaugesWithLabels() {
        MetricsRegistry registry;
        CounterFamily& grants =
            registry.counter("lk_grants_total", u"Leases granted.\nPer type."_s, {"component"});
        GaugeFamily& ready = registry.gauge("lk_ready", u"1 when ready."_s);
        grants.labels({u"vdp"_s}).inc();
        grants.labels({u"vdp"_s}).inc(2);
        grants.labels({u"sched \"x\""_s}).inc();
        ready.get().set(1);
        QCOMPARE(lines(registry.expose()), (QByteArrayList{
                                               "# HELP lk_grants_total Leases granted.\\nPer type.",
                                               "# TYPE lk_grants_total counter",
                                               "lk_grants_total{component=\"vdp\"} 3",
                                               "lk_grants_total{component=\"sched \\\"x\\\"\"} 1",
                                               "# HELP lk_ready 1 when ready.",
                                               "# TYPE lk_ready gauge",
                                               "lk_ready 1",
                                           }));
        // The same label values are the same series, kept at the same address.
        QCOMPARE(&grants.labels({u"vdp"_s}), &grants.labels({u"vdp"_s}));
        QCOMPARE(grants.labels({u"vdp"_s}).value(), quint64(3));
    }

    void aFamilyWithoutSeriesWritesNothing() {
        MetricsRegistry registry;
        GaugeFamily& perType = registry.gauge("lk_used", u"Used."_s, {"component"});
        QCOMPARE(registry.expose(), QByteArray());
        perType.labels({u"vdp"_s}).set(2);
        QVERIFY(registry.expose().contains("lk_used{component=\"vdp\"} 2\n"));
        // Collected afresh: a type that went away is no longer reported.
        perType.clear();
        perType.labels({u"scheduler"_s}).set(1);
        const QByteArray text = registry.expose();
        QVERIFY(!text.contains("vdp"));
        QVERIFY(text.contains("lk_used{component=\"scheduler\"} 1\n"));
    }

    void histogramBucketsAreCumulativeWithInfSumAndCount() {
        MetricsRegistry registry;
        HistogramFamily& durations =
            registry.histogram("lk_duration_seconds", u"Durations."_s, {"route"}, {0.25, 0.5, 1});
        Histogram& renew = durations.labels({u"/api/v1/leases/{id}/renew"_s});
        for (const double value : {0.125, 0.25, 0.375, 0.75, 0.75, 3.0})
            renew.observe(value);
        QCOMPARE(renew.count(), quint64(6));
        QCOMPARE(renew.sum(), 5.25);
        const QString route = u"route=\"/api/v1/leases/{id}/renew\""_s;
        QCOMPARE(lines(registry.expose()),
                 (QByteArrayList{
                     "# HELP lk_duration_seconds Durations.",
                     "# TYPE lk_duration_seconds histogram",
                     // A bound counts what is less than or equal to it: 0.25 holds 0.125 and 0.25.
                     "lk_duration_seconds_bucket{" + route.toUtf8() + ",le=\"0.25\"} 2",
                     "lk_duration_seconds_bucket{" + route.toUtf8() + ",le=\"0.5\"} 3",
                     "lk_duration_seconds_bucket{" + route.toUtf8() + ",le=\"1\"} 5",
                     "lk_duration_seconds_bucket{" + route.toUtf8() + ",le=\"+Inf\"} 6",
                     "lk_duration_seconds_sum{" + route.toUtf8() + "} 5.25",
                     "lk_duration_seconds_count{" + route.toUtf8() + "} 6",
                 }));
    }

    void anEmptyHistogramSeriesHasZeroBuckets() {
        MetricsRegistry registry;
        registry.histogram("lk_d_seconds", u"D."_s, {}, {1}).get();
        QCOMPARE(lines(registry.expose()),
                 (QByteArrayList{"# HELP lk_d_seconds D.", "# TYPE lk_d_seconds histogram",
                                 "lk_d_seconds_bucket{le=\"1\"} 0", "lk_d_seconds_bucket{le=\"+Inf\"} 0",
                                 "lk_d_seconds_sum 0", "lk_d_seconds_count 0"}));
    }

    void requestTimerLabelsByRouteMethodAndStatusClass() {
        MetricsRegistry registry;
        HistogramFamily& durations =
            registry.histogram("lk_http_seconds", u"H."_s, {"method", "route", "status_class"}, {0.1});
        RequestTimer renew(durations, u"POST"_s, u"/api/v1/leases/{id}/renew"_s);
        renew.observe(200, std::chrono::milliseconds(20));
        renew.observe(200, std::chrono::milliseconds(300));
        renew.observe(404, std::chrono::milliseconds(1));
        QCOMPARE(durations.labels({u"POST"_s, u"/api/v1/leases/{id}/renew"_s, u"2xx"_s}).count(), quint64(2));
        QCOMPARE(durations.labels({u"POST"_s, u"/api/v1/leases/{id}/renew"_s, u"4xx"_s}).count(), quint64(1));
        QCOMPARE(durations.labels({u"POST"_s, u"/api/v1/leases/{id}/renew"_s, u"2xx"_s}).sum(), 0.32);
        const QByteArray text = registry.expose();
        QVERIFY(text.contains("lk_http_seconds_bucket{method=\"POST\",route=\"/api/v1/leases/{id}/renew\","
                              "status_class=\"2xx\",le=\"0.1\"} 1\n"));
    }
};

QTEST_GUILESS_MAIN(TestExposition)
#include "tst_exposition.moc"
