// LoadBalancerConfig: endpoint parsing, and generated HAProxy and nginx files
// that the real programs accept (`haproxy -c`, `nginx -t`).
#include "LoadBalancerProcess.h"
#include "TestCertificates.h"
#include "ha/LoadBalancerConfig.h"

#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace lk;
using namespace lk::test;
using Checked = LoadBalancerProcess::Checked;

namespace {

LoadBalancerSettings settings(const QString& primary, const QString& secondary, const QString& listen) {
    return {LoadBalancerConfig::parseEndpoint(primary).value(),
            LoadBalancerConfig::parseEndpoint(secondary).value(),
            LoadBalancerConfig::parseEndpoint(listen).value()};
}

} // namespace

class TestLoadBalancerConfig : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;

    QString write(const QString& name, const QString& text) const {
        return LoadBalancerProcess::writeFile(m_dir.filePath(name), text);
    }

    // `haproxy -c -f FILE` on `text`; the file name tells failures apart.
    Checked haproxyCheck(const QString& name, const QString& text) const {
        return LoadBalancerProcess::check(LoadBalancerProcess::find(u"haproxy"_s),
                                          {u"-c"_s, u"-f"_s, write(name, text)});
    }

    Checked nginxCheck(const QString& name, const QString& snippet) const {
        const QString main = LoadBalancerProcess::nginxMainFile(QDir(m_dir.path()), name, snippet);
        return LoadBalancerProcess::check(LoadBalancerProcess::find(u"nginx"_s),
                                          QStringList{u"-t"_s} +
                                              LoadBalancerProcess::nginxArguments(QDir(m_dir.path()), main));
    }

    static QString generate(const QString& program, const LoadBalancerSettings& settings) {
        return LoadBalancerConfig::generate(LoadBalancerConfig::kindFromName(program).value(), settings);
    }

    // The check of `program` on `text`, written to a file named after `name`.
    Checked checkFile(const QString& program, const QString& name, const QString& text) const {
        return program == u"nginx"_s ? nginxCheck(u"nginx-"_s + name, text)
                                     : haproxyCheck(u"haproxy-"_s + name + u".cfg"_s, text);
    }

private Q_SLOTS:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    void parsesEndpoints_data() {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("host");
        QTest::addColumn<int>("port");
        QTest::addColumn<QString>("shown");
        QTest::newRow("name") << u"lm1.example.com:10091"_s << u"lm1.example.com"_s << 10091
                              << u"lm1.example.com:10091"_s;
        QTest::newRow("ipv4") << u"10.0.0.5:1"_s << u"10.0.0.5"_s << 1 << u"10.0.0.5:1"_s;
        QTest::newRow("ipv6") << u"[::1]:10091"_s << u"::1"_s << 10091 << u"[::1]:10091"_s;
        QTest::newRow("ipv6 any") << u"[::]:65535"_s << u"::"_s << 65535 << u"[::]:65535"_s;
        QTest::newRow("spaces around") << u" lm_2:8080 "_s << u"lm_2"_s << 8080 << u"lm_2:8080"_s;
    }
    void parsesEndpoints() {
        QFETCH(QString, text);
        QFETCH(QString, host);
        QFETCH(int, port);
        QFETCH(QString, shown);
        const auto endpoint = LoadBalancerConfig::parseEndpoint(text);
        QVERIFY2(endpoint.ok(), qPrintable(endpoint.ok() ? QString() : endpoint.error().message));
        QCOMPARE(endpoint->host, host);
        QCOMPARE(int(endpoint->port), port);
        QCOMPARE(endpoint->toString(), shown);
    }

    void refusesBadEndpoints_data() {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("message");
        QTest::newRow("empty") << u" "_s
                               << u"no address given; write HOST:PORT, e.g. lm1.example.com:10091"_s;
        QTest::newRow("missing port") << u"lm1"_s << u"'lm1' has no port; write HOST:PORT, e.g. lm1:10091"_s;
        QTest::newRow("empty port") << u"lm1:"_s << u"'lm1:' has no port; write HOST:PORT, e.g. lm1:10091"_s;
        QTest::newRow("empty host")
            << u":10091"_s
            << u"':10091' has no host; write HOST:PORT, e.g. 0.0.0.0:10091, to listen on "
               "every IPv4 address"_s;
        QTest::newRow("port zero") << u"lm1:0"_s << u"port '0' in 'lm1:0' is not a number from 1 to 65535"_s;
        QTest::newRow("port too big")
            << u"lm1:65536"_s << u"port '65536' in 'lm1:65536' is not a number from 1 to 65535"_s;
        QTest::newRow("port not a number")
            << u"lm1:http"_s << u"port 'http' in 'lm1:http' is not a number from 1 to 65535"_s;
        QTest::newRow("negative port")
            << u"lm1:-1"_s << u"port '-1' in 'lm1:-1' is not a number from 1 to 65535"_s;
        QTest::newRow("ipv6 without brackets")
            << u"::1:10091"_s
            << u"'::1:10091' looks like an IPv6 address; put it in brackets, e.g. [::1]:10091"_s;
        QTest::newRow("unclosed bracket")
            << u"[::1:10091"_s
            << u"'[::1:10091' opens '[' but does not close it; write IPv6 addresses as [::1]:10091"_s;
        QTest::newRow("ipv6 missing port")
            << u"[::1]"_s << u"'[::1]' has no port; write [IPV6]:PORT, e.g. [::1]:10091"_s;
        QTest::newRow("ipv6 empty host")
            << u"[]:10091"_s << u"'[]:10091' has no host; write [IPV6]:PORT, e.g. [::1]:10091"_s;
        QTest::newRow("ipv4 in brackets")
            << u"[10.0.0.1]:80"_s
            << u"'10.0.0.1' is not an IPv6 address; only IPv6 addresses go in brackets"_s;
        QTest::newRow("zone id")
            << u"[fe80::1%eth0]:80"_s
            << u"'fe80::1%eth0': zone ids such as %eth0 are not supported; use an address "
               "without one"_s;
        QTest::newRow("wildcard")
            << u"*:80"_s << u"'*:80': write 0.0.0.0 or [::] instead of * to listen on every address"_s;
        // Would end the directive early and smuggle in another one.
        QTest::newRow("semicolon") << u"lm1;include x:80"_s
                                   << u"'lm1;include x' is not a host name or IP address"_s;
        QTest::newRow("space") << u"lm 1:80"_s << u"'lm 1' is not a host name or IP address"_s;
    }
    void refusesBadEndpoints() {
        QFETCH(QString, text);
        QFETCH(QString, message);
        const auto endpoint = LoadBalancerConfig::parseEndpoint(text);
        QVERIFY(!endpoint.ok());
        QCOMPARE(endpoint.error().code, u"invalid_endpoint"_s);
        QCOMPARE(endpoint.error().message, message);
    }

    void refusesOneNodeAsBothPrimaryAndSecondary() {
        const auto status =
            LoadBalancerConfig::validate(settings(u"LM1:10091"_s, u"lm1:10091"_s, u"0.0.0.0:10091"_s));
        QVERIFY(!status.ok());
        QCOMPARE(status.error().code, u"same_node"_s);
        QCOMPARE(status.error().message, u"the primary and the secondary are the same node (LM1:10091); an "
                                         "active-passive pair needs two License Managers"_s);
        QVERIFY(
            LoadBalancerConfig::validate(settings(u"lm1:10091"_s, u"lm1:10092"_s, u"0.0.0.0:10091"_s)).ok());
    }

    void namesTheKinds() {
        QCOMPARE(LoadBalancerConfig::kindFromName(u"haproxy"), LoadBalancerConfig::Kind::Haproxy);
        QCOMPARE(LoadBalancerConfig::kindFromName(u"nginx"), LoadBalancerConfig::Kind::Nginx);
        QVERIFY(!LoadBalancerConfig::kindFromName(u"HAProxy").has_value());
        QCOMPARE(LoadBalancerConfig::kindNames(), (QStringList{u"haproxy"_s, u"nginx"_s}));
    }

    void haproxyIsActivePassiveWithHealthChecks() {
        const QString text = LoadBalancerConfig::haproxy(
            settings(u"10.0.0.1:10091"_s, u"10.0.0.2:10091"_s, u"0.0.0.0:10091"_s));
        const QStringList lines = text.split(u'\n');
        for (
            const QString& expected : {
                u"    mode http"_s,
                u"    bind 0.0.0.0:10091"_s,
                u"    server primary 10.0.0.1:10091 check"_s,
                u"    server secondary 10.0.0.2:10091 check backup"_s,
                u"    option httpchk"_s,
                // Listening on every address: the check names the primary.
                u"    http-check send meth GET uri /pingLicenseManager ver HTTP/1.1 hdr Host 10.0.0.1:10091"_s,
                u"    http-check expect status 200"_s,
                u"    default-server inter 1s fastinter 250ms downinter 2s fall 2 rise 3 observe layer4 "
                "error-limit 1 on-error mark-down on-marked-down shutdown-sessions"_s,
                u"    timeout check 1s"_s,
                u"    timeout connect 200ms"_s,
                u"    retries 3"_s,
                u"    option redispatch 1"_s,
                u"    retry-on all-retryable-errors"_s,
            })
            QVERIFY2(lines.contains(expected), qPrintable(u"missing line: "_s + expected + u"\n"_s + text));
        QVERIFY(text.startsWith(u"# HAProxy 2.6 configuration"_s));
        QVERIFY(text.contains(u"# Generated by: leasekeeper-ctl lb-config haproxy --primary 10.0.0.1:10091 "
                              "--secondary 10.0.0.2:10091 --listen 0.0.0.0:10091\n"_s));
        QVERIFY(text.contains(u"idempotent"_s));
        QVERIFY(text.contains(u"request timeout longer than the retry window"_s));
    }

    void haproxyChecksWithTheLoadBalancersName() {
        const QString text = LoadBalancerConfig::haproxy(
            settings(u"lm1:10091"_s, u"lm2:10091"_s, u"lm-vip.example.com:10091"_s));
        QVERIFY(text.contains(u" hdr Host lm-vip.example.com:10091\n"_s));
        const QString ipv6 =
            LoadBalancerConfig::haproxy(settings(u"[::1]:10091"_s, u"lm2:10091"_s, u"[::]:80"_s));
        QVERIFY(ipv6.contains(u" hdr Host [::1]:10091\n"_s));
        QVERIFY(ipv6.contains(u"    bind [::]:80\n"_s));
    }

    void nginxHasBackupAndRetries() {
        const QString text =
            LoadBalancerConfig::nginx(settings(u"10.0.0.1:10091"_s, u"10.0.0.2:10091"_s, u"0.0.0.0:10091"_s));
        const QStringList lines = text.split(u'\n');
        for (const QString& expected : {
                 u"    server 10.0.0.1:10091 max_fails=1 fail_timeout=10s;"_s,
                 u"    server 10.0.0.2:10091 backup max_fails=1 fail_timeout=10s;"_s,
                 u"    listen 0.0.0.0:10091;"_s,
                 u"        proxy_pass http://leasekeeper_license_managers;"_s,
                 u"        proxy_next_upstream error timeout http_502 http_503 http_504 non_idempotent;"_s,
                 u"        proxy_next_upstream_tries 2;"_s,
                 u"        proxy_connect_timeout 200ms;"_s,
             })
            QVERIFY2(lines.contains(expected), qPrintable(u"missing line: "_s + expected + u"\n"_s + text));
        QVERIFY(text.contains(u"passive checks only. It does NOT poll\n# /pingLicenseManager"_s));
        QVERIFY(text.contains(u"X-License-Manager-Node"_s));
    }

    // Each program checks the file made for it: `haproxy -c` the whole
    // configuration, `nginx -t` a main file around the snippet.
    void theProgramsAcceptTheirFiles_data() {
        QTest::addColumn<QString>("program");
        QTest::addColumn<LoadBalancerSettings>("endpoints");
        for (const char* program : {"haproxy", "nginx"}) {
            const QString name = QString::fromLatin1(program);
            QTest::addRow("%s ipv4", program)
                << name << settings(u"127.0.0.1:18091"_s, u"127.0.0.2:18092"_s, u"0.0.0.0:18090"_s);
            QTest::addRow("%s ipv6", program)
                << name << settings(u"[::1]:18091"_s, u"[::1]:18092"_s, u"[::]:18090"_s);
            QTest::addRow("%s names", program)
                << name << settings(u"localhost:18091"_s, u"127.0.0.1:18092"_s, u"localhost:18090"_s);
        }
    }
    void theProgramsAcceptTheirFiles() {
        QFETCH(QString, program);
        QFETCH(LoadBalancerSettings, endpoints);
        if (LoadBalancerProcess::find(program).isEmpty())
            QFAIL(LoadBalancerProcess::missing(program).constData());
        const QString text = generate(program, endpoints);
        // The row's name names the files, without spaces: nginx includes the snippet by its path.
        const QString name = QString::fromLatin1(QTest::currentDataTag()).replace(u' ', u'-');
        const Checked check = checkFile(program, name, text);
        QVERIFY2(check.exitCode == 0, qPrintable(check.output + u"\n"_s + text));
        // Warnings mean the program second-guesses a setting: none expected.
        if (program == u"nginx"_s) {
            QVERIFY2(check.output.contains(u"test is successful"_s), qPrintable(check.output));
            QVERIFY2(!check.output.contains(u"[warn]"_s), qPrintable(check.output));
        } else {
            QVERIFY2(!check.output.contains(u"WARNING"_s), qPrintable(check.output));
        }
    }

    // With TLS both programs load the certificate files: real ones are made.
    void bothAcceptTheirTlsSettings() {
        if (LoadBalancerProcess::find(u"haproxy"_s).isEmpty() ||
            LoadBalancerProcess::find(u"nginx"_s).isEmpty())
            QFAIL("haproxy and nginx are needed (scripts/install-deps.sh installs them)");
        const TestCertificate pair = makeTestCertificate(QDir(m_dir.path()), u"lb"_s);
        QVERIFY2(!pair.certificate.isEmpty(), "openssl could not make a certificate");
        QFile::copy(pair.key, pair.certificate + u".key"_s); // where HAProxy looks for the key
        LoadBalancerSettings tls = settings(u"localhost:18091"_s, u"127.0.0.2:18092"_s, u"0.0.0.0:18090"_s);
        tls.tls = LoadBalancerTls{pair.certificate, pair.key, pair.certificate};
        const QString haproxy = LoadBalancerConfig::haproxy(tls);
        QVERIFY2(haproxy.contains(u"bind 0.0.0.0:18090 ssl crt "_s + pair.certificate), qPrintable(haproxy));
        QVERIFY(haproxy.contains(u"verifyhost localhost"_s));
        QVERIFY2(!haproxy.contains(u"verifyhost 127.0.0.2"_s), "HAProxy matches names only");
        const Checked haproxyCheckResult = haproxyCheck(u"haproxy-tls.cfg"_s, haproxy);
        QVERIFY2(haproxyCheckResult.exitCode == 0, qPrintable(haproxyCheckResult.output + haproxy));
        const QString nginx = LoadBalancerConfig::nginx(tls);
        QVERIFY(nginx.contains(u"proxy_pass https://"_s) && nginx.contains(u"proxy_ssl_verify on;"_s));
        const Checked nginxCheckResult = nginxCheck(u"nginx-tls"_s, nginx);
        QVERIFY2(nginxCheckResult.exitCode == 0, qPrintable(nginxCheckResult.output + nginx));
    }

    // The checks above are worth something only if the programs can fail.
    void theProgramsRefuseABrokenFile_data() {
        QTest::addColumn<QString>("program");
        QTest::addColumn<QString>("setting");
        QTest::addColumn<QString>("broken");
        QTest::newRow("haproxy") << u"haproxy"_s << u"fastinter 250ms"_s << u"fastinter soon"_s;
        QTest::newRow("nginx") << u"nginx"_s << u"proxy_next_upstream_tries 2;"_s
                               << u"proxy_next_upstream_tries two;"_s;
    }
    void theProgramsRefuseABrokenFile() {
        QFETCH(QString, program);
        QFETCH(QString, setting);
        QFETCH(QString, broken);
        if (LoadBalancerProcess::find(program).isEmpty())
            QFAIL(LoadBalancerProcess::missing(program).constData());
        QString text =
            generate(program, settings(u"127.0.0.1:18091"_s, u"127.0.0.2:18092"_s, u"0.0.0.0:18090"_s));
        QVERIFY(text.contains(setting));
        text.replace(setting, broken);
        QVERIFY(checkFile(program, u"broken"_s, text).exitCode != 0);
    }
};

QTEST_GUILESS_MAIN(TestLoadBalancerConfig)
#include "tst_loadbalancerconfig.moc"
