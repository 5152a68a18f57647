// The INI file the leasekeeper-server package installs as
// /etc/leasekeeper/leasekeeper.ini: every option `leasekeeper-server --help`
// lists is in it, every key in it is a real option, the package's own settings
// load, and the defaults it shows in comments are the server's real defaults.
#include "ServerProcess.h"
#include "server/ServerConfig.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace lk;

namespace {

// The options of the running binary, as --help prints them ("  --port <n>",
// "  -h, --help"), minus those that make no sense in the file itself.
QStringList helpOptions() {
    QProcess server;
    server.start(test::ServerProcess::binary(u"leasekeeper-server"_s), {u"--help"_s});
    if (!server.waitForFinished(10000) || server.exitCode() != 0)
        return {};
    static const QRegularExpression option(u"^ {2}(?:-\\S+, )*--([a-z][a-z0-9-]*)"_s);
    QStringList names;
    for (const QString& line : QString::fromUtf8(server.readAllStandardOutput()).split(u'\n')) {
        const QRegularExpressionMatch match = option.match(line);
        if (match.hasMatch())
            names << match.captured(1);
    }
    // --service and --service-name manage a Windows service: nothing for a systemd unit's file.
    for (const QString& notInFile :
         {u"help"_s, u"help-all"_s, u"version"_s, u"config"_s, u"service"_s, u"service-name"_s})
        names.removeAll(notInFile);
    return names;
}

// One `key = value` line of the file: active, or commented out as ";key = value"
// (no space after the ';': prose comments have one).
struct IniLine {
    QString key;
    QString value;
    bool commented = false;
};

QList<IniLine> keyLines(const QString& text) {
    static const QRegularExpression keyLine(u"^(;?)([a-z][a-z0-9-]*)\\s*=\\s*(.*)$"_s);
    QList<IniLine> lines;
    for (const QString& line : text.split(u'\n')) {
        const QRegularExpressionMatch match = keyLine.match(line.trimmed());
        if (match.hasMatch())
            lines.append({match.captured(2), match.captured(3).trimmed(), !match.captured(1).isEmpty()});
    }
    return lines;
}

QString readFile(const QString& path) {
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? QString::fromUtf8(file.readAll()) : QString();
}

bool writeFile(const QString& path, const QString& text) {
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(text.toUtf8()) >= 0;
}

Result<ServerConfig> load(const QString& ini) {
    return ServerConfig::fromArguments({u"leasekeeper-server"_s, u"--config"_s, ini});
}

} // namespace

class TestShippedIni : public QObject {
    Q_OBJECT

    QString m_iniPath = qEnvironmentVariable("LEASEKEEPER_SHIPPED_INI");
    QString m_configDir = qEnvironmentVariable("LEASEKEEPER_CONFIG_DIR");
    QString m_text;
    QStringList m_options;

private Q_SLOTS:
    void initTestCase() {
        m_text = readFile(m_iniPath);
        QVERIFY2(!m_text.isEmpty(), qPrintable(u"cannot read the shipped INI file '%1'"_s.arg(m_iniPath)));
        m_options = helpOptions();
        // The parser must see the options, or the checks below prove nothing.
        QVERIFY2(m_options.contains(u"port"_s) && m_options.contains(u"tls-only"_s),
                 qPrintable(m_options.join(u", "_s)));
    }

    void everyOptionOfHelpIsInTheFile() {
        QStringList inFile;
        for (const IniLine& line : keyLines(m_text))
            inFile << line.key;
        QStringList missing;
        for (const QString& option : std::as_const(m_options))
            if (!inFile.contains(option))
                missing << option;
        QVERIFY2(missing.isEmpty(),
                 qPrintable(u"options of leasekeeper-server --help missing from %1 (add each, commented out "
                            "with its default and a line of explanation): %2"_s.arg(m_iniPath,
                                                                                    missing.join(u", "_s))));
    }

    void everyKeyInTheFileIsAnOption() {
        QStringList unknown;
        QStringList seen;
        for (const IniLine& line : keyLines(m_text)) {
            if (!m_options.contains(line.key))
                unknown << line.key;
            if (seen.contains(line.key))
                unknown << line.key + u" (twice)"_s;
            seen << line.key;
        }
        QVERIFY2(unknown.isEmpty(),
                 qPrintable(u"keys that are not options of leasekeeper-server: "_s + unknown.join(u", "_s)));
    }

    void packageSettingsLoad() {
        auto config = load(m_iniPath);
        QVERIFY2(config.ok(), qPrintable(config.ok() ? QString() : config.error().message));
        QCOMPARE(config->dataDir, u"/var/lib/leasekeeper"_s);
        QCOMPARE(config->sqlitePath, u"/var/lib/leasekeeper/leasekeeper.db"_s);
        QCOMPARE(config->adminTokenPath, u"/var/lib/leasekeeper/admin.token"_s);
        QVERIFY(config->adminTokenIsDefault);
        QCOMPARE(config->licensePath, m_configDir + u"/license.json"_s);
        QCOMPARE(config->trustPaths, QStringList{m_configDir + u"/issuer.pub"_s});
        QCOMPARE(config->port, ServerConfig::kDefaultPort);
        QVERIFY(!config->postgres);
        QCOMPARE(config->role, u"standalone"_s);
        QVERIFY(!config->tlsOnly);
    }

    // Uncommenting a ";key = value" line must change nothing: the file shows
    // the real defaults. (";key =" lines have no fixed default and stay.)
    void commentedValuesAreTheDefaults() {
        QStringList lines = m_text.split(u'\n');
        int uncommented = 0;
        for (QString& line : lines) {
            const QList<IniLine> parsed = keyLines(line);
            if (!parsed.isEmpty() && parsed.first().commented && !parsed.first().value.isEmpty()) {
                line = line.trimmed().mid(1);
                ++uncommented;
            }
        }
        QVERIFY(uncommented >= 8);
        QTemporaryDir dir;
        const QString copy = dir.filePath(u"uncommented.ini"_s);
        QVERIFY(writeFile(copy, lines.join(u'\n')));

        auto shipped = load(m_iniPath);
        auto explicitDefaults = load(copy);
        QVERIFY2(explicitDefaults.ok(),
                 qPrintable(explicitDefaults.ok() ? QString() : explicitDefaults.error().message));
        const ServerConfig& a = shipped.value();
        const ServerConfig& b = explicitDefaults.value();
        QCOMPARE(b.port, a.port);
        QCOMPARE(b.bindAddress, a.bindAddress);
        QCOMPARE(b.dataDir, a.dataDir);
        QCOMPARE(b.sqlitePath, a.sqlitePath);
        QCOMPARE(bool(b.postgres), bool(a.postgres));
        QCOMPARE(b.role, a.role);
        QCOMPARE(b.limits.maxRequestBytes, a.limits.maxRequestBytes);
        QCOMPARE(b.limits.idleTimeout, a.limits.idleTimeout);
        QCOMPARE(b.limits.requestTimeout, a.limits.requestTimeout);
        QCOMPARE(b.limits.maxConnections, a.limits.maxConnections);
        QCOMPARE(b.tlsOnly, a.tlsOnly);
        QCOMPARE(b.tlsCertificatePath, a.tlsCertificatePath);
        QCOMPARE(b.siteKeyPath, a.siteKeyPath);
    }

    // The file tells administrators to quote a value with commas; a multi-host
    // PostgreSQL address, quoted, is read whole, and unquoted it is refused
    // instead of being half-read.
    void quotedCommaValueIsReadWhole() {
        QTemporaryDir dir;
        const QString address =
            u"postgresql://lk@db1:5432,db2:5432/leasekeeper?target_session_attrs=read-write"_s;
        const QString quoted = dir.filePath(u"quoted.ini"_s);
        QVERIFY(writeFile(quoted, m_text + u"\ndb = \"%1\"\nrole = secondary\n"_s.arg(address)));
        auto config = load(quoted);
        QVERIFY2(config.ok(), qPrintable(config.ok() ? QString() : config.error().message));
        QVERIFY(config->postgres);
        QCOMPARE(config->role, u"secondary"_s);
        QVERIFY2(config->storeDescription().contains(u"db1"_s) &&
                     config->storeDescription().contains(u"db2"_s),
                 qPrintable(config->storeDescription()));

        const QString unquoted = dir.filePath(u"unquoted.ini"_s);
        QVERIFY(writeFile(unquoted, m_text + u"\ndb = %1\n"_s.arg(address)));
        auto refused = load(unquoted);
        QVERIFY(!refused.ok());
        QCOMPARE(refused.error().code, u"usage"_s);
    }
};

QTEST_GUILESS_MAIN(TestShippedIni)
#include "tst_shippedini.moc"
