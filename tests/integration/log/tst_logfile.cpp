// --log-file: log lines go to the file (appended, written through) instead
// of standard error, in the unit and in a real leasekeeper-server.
#include "ServerProcess.h"
#include "TestFiles.h"
#include "log/LogOutput.h"

#include <QFile>
#include <QLoggingCategory>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace lk;
using namespace lk::test;

class TestLogFile : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;

    static QByteArray contents(const QString& path) {
        QFile file(path);
        return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
    }

private Q_SLOTS:
    void linesAreAppendedAtOnce() {
        const QString path = m_dir.filePath(u"unit.log"_s);
        QVERIFY(writeTestFile(path, "an earlier line\n"));
        // journald: stderr's journal is not the file's format.
        QVERIFY(LogOutput::install({LogFormat::Plain, true}, path).ok());
        qWarning("first %d", 1);
        QLoggingCategory category("leasekeeper.test");
        qCInfo(category, "second");
        // Read before uninstalling: nothing waits in a buffer.
        const QList<QByteArray> lines = contents(path).split('\n');
        LogOutput::uninstall();
        QCOMPARE(lines.size(), 4);
        QCOMPARE(lines[0], QByteArray("an earlier line"));
        QVERIFY2(lines[1].endsWith(" warning default: first 1"), lines[1].constData());
        QVERIFY2(lines[2].endsWith(" info leasekeeper.test: second"), lines[2].constData());
        QCOMPARE(lines[3], QByteArray());
    }

    void anUnwritableFileIsRefusedClearly() {
        const QString path = m_dir.filePath(u"missing-folder/x.log"_s);
        const Status installed = LogOutput::install({}, path);
        QVERIFY(!installed);
        QCOMPARE(installed.error().code, u"log_file"_s);
        QVERIFY2(installed.error().message.startsWith(u"cannot open the log file "_s + path + u": "_s),
                 qPrintable(installed.error().message));
    }

    void theServerLogsToTheFile() {
        const QString path = m_dir.filePath(u"server.log"_s);
        QProcess server;
        server.start(test::ServerProcess::binary(u"leasekeeper-server"_s),
                     {u"--data-dir"_s, m_dir.filePath(u"data"_s), u"--bind"_s, u"127.0.0.1"_s, u"--port"_s,
                      u"0"_s, u"--log-file"_s, path});
        QTRY_VERIFY_WITH_TIMEOUT(contents(path).contains("listening on 127.0.0.1 port"), 10000);
        server.terminate();
        QVERIFY(server.waitForFinished(10000));
        QCOMPARE(server.exitCode(), 0);
        QVERIFY(contents(path).contains("received SIGTERM, shutting down"));
        QCOMPARE(server.readAllStandardError(), QByteArray());
    }

    void theServerStopsWhenItCannotLog() {
        QProcess server;
        server.start(test::ServerProcess::binary(u"leasekeeper-server"_s),
                     {u"--data-dir"_s, m_dir.filePath(u"data2"_s), u"--port"_s, u"0"_s, u"--log-file"_s,
                      m_dir.filePath(u"no/such/folder.log"_s)});
        QVERIFY(server.waitForFinished(10000));
        QCOMPARE(server.exitCode(), 1);
        QVERIFY(server.readAllStandardError().contains("cannot open the log file"));
    }
};

QTEST_GUILESS_MAIN(TestLogFile)
#include "tst_logfile.moc"
