#include "models/CsvExport.h"

#include <QAbstractItemModelTester>
#include <QBuffer>
#include <QFile>
#include <QStandardItemModel>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace lk;

namespace {

// Accepts the first few bytes, then fails like a full disk.
class FullDevice final : public QIODevice {
public:
    explicit FullDevice(qint64 room)
        : m_room(room) {}

protected:
    qint64 readData(char*, qint64) override { return -1; }
    qint64 writeData(const char*, qint64 size) override {
        if (size > m_room) {
            setErrorString(u"No space left on device"_s);
            return -1;
        }
        m_room -= size;
        return size;
    }

private:
    qint64 m_room;
};

QStandardItemModel* tableOf(const QStringList& headers, const QList<QStringList>& rows, QObject* parent) {
    auto* model = new QStandardItemModel(int(rows.size()), int(headers.size()), parent);
    model->setHorizontalHeaderLabels(headers);
    for (int row = 0; row < rows.size(); ++row) {
        for (int column = 0; column < headers.size(); ++column)
            model->setItem(row, column, new QStandardItem(rows.at(row).at(column)));
    }
    return model;
}

} // namespace

class tst_CsvExport : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void escapesFields_data();
    void escapesFields();
    void writesHeaderAndRows();
    void writesAnEmptyTable();
    void refusesAReadOnlyDevice();
    void refusesAClosedDevice();
    void reportsAFailedWrite();
    void writesAFile();
    void namesAFileItCannotOpen();
};

void tst_CsvExport::escapesFields_data() {
    QTest::addColumn<QString>("field");
    QTest::addColumn<QString>("csv");
    QTest::newRow("plain") << u"render-01"_s << u"render-01"_s;
    QTest::newRow("empty") << QString() << QString();
    QTest::newRow("comma") << u"10.0.0.1, fd00::1"_s << u"\"10.0.0.1, fd00::1\""_s;
    QTest::newRow("quote") << u"the \"main\" node"_s << u"\"the \"\"main\"\" node\""_s;
    QTest::newRow("LF") << u"two\nlines"_s << u"\"two\nlines\""_s;
    QTest::newRow("CRLF") << u"two\r\nlines"_s << u"\"two\r\nlines\""_s;
    QTest::newRow("formula =") << u"=HYPERLINK(\"x\")"_s << u"\"'=HYPERLINK(\"\"x\"\")\""_s;
    QTest::newRow("formula +") << u"+1"_s << u"'+1"_s;
    QTest::newRow("formula -") << u"-2+3"_s << u"'-2+3"_s;
    QTest::newRow("formula @") << u"@SUM(A1)"_s << u"'@SUM(A1)"_s;
    QTest::newRow("formula tab") << u"\t=1"_s << u"'\t=1"_s;
    QTest::newRow("inner =") << u"a=b"_s << u"a=b"_s;
    QTest::newRow("unicode") << u"Zürich"_s << u"Zürich"_s;
}

void tst_CsvExport::escapesFields() {
    QFETCH(QString, field);
    QTEST(CsvExport::escapeField(field), "csv");
}

void tst_CsvExport::writesHeaderAndRows() {
    QStandardItemModel* model = tableOf({u"Host"_s, u"IP addresses"_s, u"Note"_s},
                                        {{u"render-01"_s, u"10.0.0.1, fd00::1"_s, u"say \"hi\""_s},
                                         {u"=cmd|' /C calc'!A0"_s, u"10.0.0.2"_s, u"line 1\nline 2"_s}},
                                        this);
    QAbstractItemModelTester tester(model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QBuffer buffer;
    QVERIFY(buffer.open(QIODevice::WriteOnly));

    const Status status = CsvExport::write(*model, buffer);

    QVERIFY2(status.ok(), qPrintable(status.error().message));
    QCOMPARE(buffer.data(), QByteArray("Host,IP addresses,Note\r\n"
                                       "render-01,\"10.0.0.1, fd00::1\",\"say \"\"hi\"\"\"\r\n"
                                       "'=cmd|' /C calc'!A0,10.0.0.2,\"line 1\nline 2\"\r\n"));
}

void tst_CsvExport::writesAnEmptyTable() {
    QStandardItemModel* model = tableOf({u"Host"_s, u"Cores"_s}, {}, this);
    QBuffer buffer;
    QVERIFY(buffer.open(QIODevice::WriteOnly));
    QVERIFY(CsvExport::write(*model, buffer).ok());
    QCOMPARE(buffer.data(), QByteArray("Host,Cores\r\n"));
}

void tst_CsvExport::refusesAReadOnlyDevice() {
    QStandardItemModel* model = tableOf({u"Host"_s}, {{u"a"_s}}, this);
    QByteArray bytes;
    QBuffer buffer(&bytes);
    QVERIFY(buffer.open(QIODevice::ReadOnly));

    const Status status = CsvExport::write(*model, buffer);

    QVERIFY(!status.ok());
    QCOMPARE(status.error().code, u"export_failed"_s);
    QVERIFY2(status.error().message.startsWith(u"Could not write the CSV file: "_s),
             qPrintable(status.error().message));
    QVERIFY(bytes.isEmpty());
}

void tst_CsvExport::refusesAClosedDevice() {
    QStandardItemModel* model = tableOf({u"Host"_s}, {{u"a"_s}}, this);
    QBuffer buffer;
    const Status status = CsvExport::write(*model, buffer);
    QVERIFY(!status.ok());
    QCOMPARE(status.error().code, u"export_failed"_s);
}

void tst_CsvExport::reportsAFailedWrite() {
    QStandardItemModel* model = tableOf({u"Host"_s}, {{u"a"_s}}, this);
    FullDevice device(4);
    QVERIFY(device.open(QIODevice::WriteOnly));

    const Status status = CsvExport::write(*model, device);

    QVERIFY(!status.ok());
    QCOMPARE(status.error().code, u"export_failed"_s);
    QCOMPARE(status.error().message, u"Could not write the CSV file: No space left on device"_s);
}

void tst_CsvExport::writesAFile() {
    QStandardItemModel* model = tableOf({u"Host"_s}, {{u"a"_s}}, this);
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(u"leases.csv"_s);
    QFile old(path);
    QVERIFY(old.open(QIODevice::WriteOnly));
    old.write("older and longer content\r\n");
    old.close();

    const Status status = CsvExport::writeFile(*model, path);

    QVERIFY2(status.ok(), qPrintable(status.error().message));
    QFile written(path);
    QVERIFY(written.open(QIODevice::ReadOnly));
    QCOMPARE(written.readAll(), QByteArray("Host\r\na\r\n"));
}

void tst_CsvExport::namesAFileItCannotOpen() {
    QStandardItemModel* model = tableOf({u"Host"_s}, {{u"a"_s}}, this);
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(u"missing/leases.csv"_s);

    const Status status = CsvExport::writeFile(*model, path);

    QVERIFY(!status.ok());
    QCOMPARE(status.error().code, u"export_failed"_s);
    QVERIFY2(status.error().message.startsWith(u"Cannot write %1: "_s.arg(path)),
             qPrintable(status.error().message));
}

QTEST_GUILESS_MAIN(tst_CsvExport)
#include "tst_csvexport.moc"
