// The Windows service's plain parts, on every platform: --service and
// --service-name, the command line the service is installed with (quoted as
// CommandLineToArgvW splits it), the sc.exe commands docs/windows.md shows,
// and what leasekeeper-server says when --service is used off Windows.
#include "ServerProcess.h"
#include "TestFiles.h"
#include "server/ServerConfig.h"
#include "service/ServiceArguments.h"
#include "service/ServiceDefinition.h"
#include "service/WindowsCommandLine.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace lk;
using namespace lk::test;

namespace {

// CommandLineToArgvW's rules (Microsoft's "Parsing C++ command-line
// arguments"): the program name runs to the next white space, or between
// quotes without escapes; then 2n backslashes before a quote give n and the
// quote opens or closes quoting, 2n+1 give n and a literal quote, other
// backslashes are literal.
QStringList splitLikeWindows(const QString& line) {
    QStringList arguments;
    qsizetype i = 0;
    QString program;
    if (line.startsWith(u'"')) {
        const qsizetype end = line.indexOf(u'"', 1);
        program = line.mid(1, end < 0 ? -1 : end - 1);
        i = end < 0 ? line.size() : end + 1;
    } else {
        while (i < line.size() && line.at(i) != u' ' && line.at(i) != u'\t')
            program += line.at(i++);
    }
    arguments << program;
    while (true) {
        while (i < line.size() && (line.at(i) == u' ' || line.at(i) == u'\t'))
            ++i;
        if (i >= line.size())
            break;
        QString argument;
        bool quoted = false;
        while (i < line.size() && (quoted || (line.at(i) != u' ' && line.at(i) != u'\t'))) {
            qsizetype backslashes = 0;
            while (i < line.size() && line.at(i) == u'\\') {
                ++backslashes;
                ++i;
            }
            if (i < line.size() && line.at(i) == u'"') {
                argument += QString(backslashes / 2, u'\\');
                if (backslashes % 2 == 1)
                    argument += u'"';
                else
                    quoted = !quoted;
                ++i;
            } else {
                argument += QString(backslashes, u'\\');
                if (i < line.size() && (quoted || (line.at(i) != u' ' && line.at(i) != u'\t')))
                    argument += line.at(i++);
            }
        }
        arguments << argument;
    }
    return arguments;
}

} // namespace

class TestWindowsService : public QObject {
    Q_OBJECT

private Q_SLOTS:
    // The splitter above must itself read Microsoft's documented examples
    // right before it can judge our quoting.
    void splitterReadsMicrosoftsExamples_data() {
        QTest::addColumn<QString>("line");
        QTest::addColumn<QStringList>("expected");
        QTest::newRow("quoted spaces")
            << u"p \"a b c\" d e"_s << QStringList{u"p"_s, u"a b c"_s, u"d"_s, u"e"_s};
        QTest::newRow("escaped quote")
            << u"p \"ab\\\"c\" \"\\\\\" d"_s << QStringList{u"p"_s, u"ab\"c"_s, u"\\"_s, u"d"_s};
        QTest::newRow("literal backslashes")
            << u"p a\\\\\\b d\"e f\"g h"_s << QStringList{u"p"_s, u"a\\\\\\b"_s, u"de fg"_s, u"h"_s};
        QTest::newRow("odd backslashes before a quote")
            << u"p a\\\\\\\"b c d"_s << QStringList{u"p"_s, u"a\\\"b"_s, u"c"_s, u"d"_s};
        QTest::newRow("even backslashes before a quote")
            << u"p a\\\\\\\\\"b c\" d e"_s << QStringList{u"p"_s, u"a\\\\b c"_s, u"d"_s, u"e"_s};
        QTest::newRow("quoted program")
            << u"\"C:\\Program Files\\x.exe\" --a"_s << QStringList{u"C:\\Program Files\\x.exe"_s, u"--a"_s};
    }

    void splitterReadsMicrosoftsExamples() {
        QFETCH(QString, line);
        QFETCH(QStringList, expected);
        QCOMPARE(splitLikeWindows(line), expected);
    }

    void argumentsAreQuotedForCommandLineToArgvW_data() {
        QTest::addColumn<QString>("argument");
        QTest::addColumn<QString>("quoted");
        QTest::newRow("plain") << u"--port"_s << u"--port"_s;
        QTest::newRow("backslashes alone stay") << u"C:\\data\\lk\\"_s << u"C:\\data\\lk\\"_s;
        QTest::newRow("space") << u"C:\\Program Files\\lk.ini"_s << u"\"C:\\Program Files\\lk.ini\""_s;
        QTest::newRow("space and trailing backslash")
            << u"C:\\Program Data\\LeaseKeeper\\"_s << u"\"C:\\Program Data\\LeaseKeeper\\\\\""_s;
        QTest::newRow("quotes") << u"say \"hi\""_s << u"\"say \\\"hi\\\"\""_s;
        QTest::newRow("backslashes before a quote") << u"a\\\\\"b"_s << u"\"a\\\\\\\\\\\"b\""_s;
        QTest::newRow("empty") << QString() << u"\"\""_s;
        QTest::newRow("tab") << u"a\tb"_s << u"\"a\tb\""_s;
    }

    void argumentsAreQuotedForCommandLineToArgvW() {
        QFETCH(QString, argument);
        QFETCH(QString, quoted);
        QCOMPARE(WindowsCommandLine::quoteArgument(argument), quoted);
    }

    void commandLinesSplitBackIntoTheSameArguments() {
        const QString program = u"C:\\Program Files\\LeaseKeeper\\bin\\leasekeeper-server.exe"_s;
        const QStringList arguments{u"C:\\Program Data\\x\\"_s,
                                    u"a \"quoted\" word"_s,
                                    u"\\\\server\\share\\"_s,
                                    u"trailing\\\\"_s,
                                    QString(),
                                    u"\\\""_s,
                                    u"C:\\plain\\path"_s,
                                    u"two  spaces"_s};
        const QString line = WindowsCommandLine::join(program, arguments);
        QCOMPARE(splitLikeWindows(line), QStringList{program} + arguments);
        QVERIFY(line.startsWith(u"\"C:\\Program Files\\LeaseKeeper\\bin\\leasekeeper-server.exe\" "_s));
    }

    void serviceOptionsAreParsed_data() {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<int>("action");
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("error");
        QTest::newRow("none") << QStringList{} << int(ServiceAction::None) << u"LeaseKeeper"_s << QString();
        QTest::newRow("install") << QStringList{u"--service"_s, u"install"_s} << int(ServiceAction::Install)
                                 << u"LeaseKeeper"_s << QString();
        QTest::newRow("stop, named") << QStringList{u"--service=stop"_s, u"--service-name"_s, u"lk-test"_s}
                                     << int(ServiceAction::Stop) << u"lk-test"_s << QString();
        QTest::newRow("run") << QStringList{u"--service"_s, u"run"_s} << int(ServiceAction::Run)
                             << u"LeaseKeeper"_s << QString();
        QTest::newRow("unknown action") << QStringList{u"--service"_s, u"restart"_s} << 0 << QString()
                                        << u"--service 'restart' must be install, uninstall, start or stop"_s;
        QTest::newRow("name with a backslash")
            << QStringList{u"--service-name"_s, u"a\\b"_s} << 0 << QString() << u"--service-name 'a\\b'"_s;
        QTest::newRow("name with a space")
            << QStringList{u"--service-name"_s, u"Lease Keeper"_s} << 0 << QString() << u"must be 1 to 80"_s;
    }

    void serviceOptionsAreParsed() {
        QFETCH(QStringList, arguments);
        QFETCH(int, action);
        QFETCH(QString, name);
        QFETCH(QString, error);
        auto config = ServerConfig::fromArguments(QStringList{u"leasekeeper-server"_s} + arguments);
        if (!error.isEmpty()) {
            QVERIFY(!config);
            QCOMPARE(config.error().code, u"usage"_s);
            QVERIFY2(config.error().message.contains(error), qPrintable(config.error().message));
            return;
        }
        QVERIFY2(config.ok(), qPrintable(config.ok() ? QString() : config.error().message));
        QCOMPARE(int(config->serviceAction), action);
        QCOMPARE(config->serviceName, name);
    }

    void iniFileNamesTheServiceAndTheLogFile() {
        QTemporaryDir dir;
        const QString ini = dir.filePath(u"lk.ini"_s);
        QVERIFY(writeTestFile(ini, "service-name = lk-second\nlog-file = /var/log/lk.log\n"));
        auto config = ServerConfig::fromArguments({u"leasekeeper-server"_s, u"--config"_s, ini});
        QVERIFY(config.ok());
        QCOMPARE(config->serviceName, u"lk-second"_s);
        QCOMPARE(config->logFile, u"/var/log/lk.log"_s);
        QVERIFY(writeTestFile(ini, "service-name = two words\n"));
        auto bad = ServerConfig::fromArguments({u"leasekeeper-server"_s, u"--config"_s, ini});
        QVERIFY(!bad);
        QVERIFY2(bad.error().message.startsWith(ini + u": --service-name 'two words'"_s),
                 qPrintable(bad.error().message));
    }

    // The service starts in the system folder: every path becomes absolute;
    // --service goes, --service run is added, everything else stays as given.
    void serviceCommandLineKeepsTheConfiguration() {
        const QStringList given{u"leasekeeper-server"_s,
                                u"--service"_s,
                                u"install"_s,
                                u"--config"_s,
                                u"conf/lk.ini"_s,
                                u"--port"_s,
                                u"10091"_s,
                                u"--db=sqlite:data/lk.db"_s,
                                u"--trust"_s,
                                u"keys/a.pub"_s,
                                u"--trust=/etc/lk/b.pub"_s,
                                u"--tls-cert"_s,
                                u"tls.pem"_s,
                                u"--tls-key"_s,
                                u"tls.key"_s,
                                u"--tls-only"_s,
                                u"--service-name"_s,
                                u"lk-a"_s,
                                u"--log-file"_s,
                                u"lk.log"_s};
        const QStringList expected{u"--config"_s,
                                   u"/srv/lk/conf/lk.ini"_s,
                                   u"--port"_s,
                                   u"10091"_s,
                                   u"--db=sqlite:/srv/lk/data/lk.db"_s,
                                   u"--trust"_s,
                                   u"/srv/lk/keys/a.pub"_s,
                                   u"--trust=/etc/lk/b.pub"_s,
                                   u"--tls-cert"_s,
                                   u"/srv/lk/tls.pem"_s,
                                   u"--tls-key"_s,
                                   u"/srv/lk/tls.key"_s,
                                   u"--tls-only"_s,
                                   u"--service-name"_s,
                                   u"lk-a"_s,
                                   u"--log-file"_s,
                                   u"/srv/lk/lk.log"_s,
                                   u"--service"_s,
                                   u"run"_s};
        QCOMPARE(ServiceArguments::forService(given, u"/srv/lk"_s), expected);
    }

    void serviceCommandLineKeepsPostgresUrlsAndAddsTheDataDir() {
        const QStringList given{u"leasekeeper-server"_s, u"--service=install"_s, u"--db"_s,
                                u"postgresql://lk@db1:5432/lk"_s};
        QCOMPARE(ServiceArguments::forService(given, u"/srv"_s, u"/data/LeaseKeeper"_s),
                 (QStringList{u"--db"_s, u"postgresql://lk@db1:5432/lk"_s, u"--data-dir"_s,
                              u"/data/LeaseKeeper"_s, u"--service"_s, u"run"_s}));
    }

    // Every path option ServerConfig accepts is made absolute: a new option
    // taking a file must be added to ServiceArguments::pathOptions().
    void everyFileOptionIsKnownAsAPath() {
        auto help = ServerConfig::fromArguments({u"leasekeeper-server"_s, u"--help"_s});
        QVERIFY(!help);
        const QRegularExpression fileOption(u"--([a-z-]+) <(file|dir)>"_s);
        QStringList options;
        for (const auto& match : fileOption.globalMatch(help.error().message))
            options << match.captured(1);
        QVERIFY(options.size() >= 8);
        for (const QString& option : options)
            QVERIFY2(ServiceArguments::pathOptions().contains(option), qPrintable(option));
    }

    void scCommandsAreWhatTheDocsShow() {
        const ServiceDefinition service = ServiceDefinition::forServer(
            u"LeaseKeeper"_s, u"C:\\Program Files\\LeaseKeeper\\bin\\leasekeeper-server.exe"_s,
            {u"--config"_s, u"C:\\ProgramData\\LeaseKeeper\\leasekeeper.ini"_s, u"--service"_s, u"run"_s});
        const QStringList install = service.scInstallCommands();
        QCOMPARE(
            install.first(),
            u"sc.exe create LeaseKeeper binPath= \"\\\"C:\\Program Files\\LeaseKeeper\\bin\\leasekeeper-server.exe\\\" --config C:\\ProgramData\\LeaseKeeper\\leasekeeper.ini --service run\" start= auto DisplayName= \"LeaseKeeper License Manager\""_s);
        QCOMPARE(
            install.at(2),
            u"sc.exe failure LeaseKeeper reset= 86400 actions= restart/5000/restart/5000/restart/60000"_s);
        // What sc.exe hands the SCM as binPath is the command line itself.
        QCOMPARE(splitLikeWindows(install.first()).at(4), service.commandLine());

        QFile docs(qEnvironmentVariable("LEASEKEEPER_SOURCE_DIR") + u"/docs/windows.md"_s);
        QVERIFY2(docs.open(QIODevice::ReadOnly), "docs/windows.md");
        const QString text = QString::fromUtf8(docs.readAll());
        const QStringList all =
            install + service.scUninstallCommands() +
            QStringList{service.scStart(), service.scStop(), service.scQuery(), service.scReload()};
        for (const QString& command : all)
            QVERIFY2(text.contains(command), qPrintable(u"docs/windows.md lacks: "_s + command));
    }

    void aSecondServiceHasItsOwnNameEverywhere() {
        const ServiceDefinition service =
            ServiceDefinition::forServer(u"lk-b"_s, u"C:\\lk\\leasekeeper-server.exe"_s, {});
        QCOMPARE(service.displayName(), u"LeaseKeeper License Manager (lk-b)"_s);
        QCOMPARE(service.eventSourceKey(),
                 u"SYSTEM\\CurrentControlSet\\Services\\EventLog\\Application\\lk-b"_s);
        QCOMPARE(service.scReload(), u"sc.exe control lk-b paramchange"_s);
    }

    // Off Windows the option is refused with a pointer to the system's own
    // service manager, and nothing starts.
    void serviceOptionOffWindowsIsExplained_data() {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<int>("exitCode");
        QTest::addColumn<QString>("mentions");
        QTest::newRow("install") << QStringList{u"--service"_s, u"install"_s} << 1 << u"Windows only"_s;
        QTest::newRow("stop") << QStringList{u"--service"_s, u"stop"_s} << 1 << u"systemd"_s;
        QTest::newRow("run") << QStringList{u"--service"_s, u"run"_s} << 2 << u"Service Control Manager"_s;
        QTest::newRow("bad action") << QStringList{u"--service"_s, u"pause"_s} << 2 << u"'pause'"_s;
    }

    void serviceOptionOffWindowsIsExplained() {
        QFETCH(QStringList, arguments);
        QFETCH(int, exitCode);
        QFETCH(QString, mentions);
        QTemporaryDir dir;
        QProcess process;
        process.setProcessChannelMode(QProcess::MergedChannels);
        process.start(test::ServerProcess::binary(u"leasekeeper-server"_s),
                      arguments + QStringList{u"--data-dir"_s, dir.path(), u"--port"_s, u"0"_s});
        QVERIFY(process.waitForFinished(10000));
        const QString output = QString::fromUtf8(process.readAll());
        QCOMPARE(process.exitCode(), exitCode);
        QVERIFY2(output.contains(mentions), qPrintable(output));
        QVERIFY2(!output.contains(u"listening"_s), qPrintable(output));
    }
};

QTEST_GUILESS_MAIN(TestWindowsService)
#include "tst_windowsservice.moc"
