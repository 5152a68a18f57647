#include "store/PostgresAddress.h"

#include <QSqlDatabase>
#include <QUrl>

using namespace Qt::StringLiterals;

namespace lk {

namespace {

Error bad(const QString& message) {
    return makeError(u"bad_database_url"_s, message);
}

Result<PostgresAddress::Host> parseHost(const QString& text) {
    PostgresAddress::Host host;
    QString portText;
    if (text.startsWith(u'[')) {
        const qsizetype close = text.indexOf(u']');
        if (close < 0)
            return bad(PostgresAddress::tr("'%1' opens '[' without closing it").arg(text));
        host.name = text.mid(1, close - 1);
        if (close + 1 < text.size()) {
            if (text.at(close + 1) != u':')
                return bad(PostgresAddress::tr("'%1' has text after ']' that is not :PORT").arg(text));
            portText = text.mid(close + 2);
        }
    } else {
        const qsizetype colon = text.lastIndexOf(u':');
        host.name = colon < 0 ? text : text.left(colon);
        if (colon >= 0)
            portText = text.mid(colon + 1);
    }
    host.name = QUrl::fromPercentEncoding(host.name.toUtf8());
    if (host.name.isEmpty())
        return bad(PostgresAddress::tr("a host is missing in '%1'").arg(text));
    // libpq gets the names joined with ',': an escaped one would make two hosts.
    if (host.name.contains(u','))
        return bad(PostgresAddress::tr("host '%1' holds a ','; separate hosts with a plain ','").arg(host.name));
    if (!portText.isNull()) {
        bool ok = false;
        const uint port = portText.toUInt(&ok);
        if (!ok || port == 0 || port > 65535)
            return bad(PostgresAddress::tr("port '%1' is not a number from 1 to 65535").arg(portText));
        host.port = quint16(port);
    }
    return host;
}

Status parseOptions(const QString& query, QMap<QString, QString>& options) {
    for (const QString& pair : query.split(u'&', Qt::SkipEmptyParts)) {
        const QString key = pair.section(u'=', 0, 0);
        const QString value = QUrl::fromPercentEncoding(pair.section(u'=', 1).toUtf8());
        if (!PostgresAddress::allowedOptions().contains(key))
            return bad(PostgresAddress::tr("unknown parameter '%1'; allowed: %2")
                           .arg(key, PostgresAddress::allowedOptions().join(u", "_s)));
        // Qt hands these to libpq separated by spaces: a value cannot hold one.
        if (value.isEmpty() || value.contains(u' ') || value.contains(u'\'') || value.contains(u';'))
            return bad(
                PostgresAddress::tr("parameter '%1' needs a value without spaces, quotes or ';'").arg(key));
        options.insert(key, value);
    }
    return {};
}

} // namespace

const QStringList& PostgresAddress::allowedOptions() {
    // No password: it would end up in shell history and process lists.
    static const QStringList allowed{u"target_session_attrs"_s, u"connect_timeout"_s, u"sslmode"_s,
                                     u"sslrootcert"_s, u"application_name"_s};
    return allowed;
}

bool PostgresAddress::looksLikePostgres(const QString& spec) {
    return spec.startsWith(u"postgresql://"_s) || spec.startsWith(u"postgres://"_s);
}

Result<PostgresAddress> PostgresAddress::parse(const QString& url) {
    if (!looksLikePostgres(url))
        return bad(tr("'%1' does not start with postgresql://").arg(url));
    const QString rest = url.section(u"://"_s, 1);
    const qsizetype slash = rest.indexOf(u'/');
    if (slash < 0)
        return bad(tr("the database name is missing; write postgresql://USER@HOST:PORT/DBNAME"));
    const QString authority = rest.left(slash);
    const QString path = rest.mid(slash + 1);
    PostgresAddress address;
    const qsizetype at = authority.lastIndexOf(u'@');
    if (at < 0)
        return bad(tr("the user is missing; write postgresql://USER@HOST:PORT/DBNAME"));
    const QString userInfo = authority.left(at);
    if (userInfo.contains(u':'))
        return bad(tr("the URL holds a password; give it with --db-password-file or the "
                      "LEASEKEEPER_DB_PASSWORD environment variable instead"));
    address.user = QUrl::fromPercentEncoding(userInfo.toUtf8());
    if (address.user.isEmpty())
        return bad(tr("the user is missing; write postgresql://USER@HOST:PORT/DBNAME"));
    for (const QString& hostText : authority.mid(at + 1).split(u',')) {
        auto host = parseHost(hostText);
        if (!host)
            return host.error();
        address.hosts.append(host.value());
    }
    address.database = QUrl::fromPercentEncoding(path.section(u'?', 0, 0).toUtf8());
    if (address.database.isEmpty())
        return bad(tr("the database name is missing; write postgresql://USER@HOST:PORT/DBNAME"));
    if (auto options = parseOptions(path.section(u'?', 1), address.options); !options)
        return options.error();
    return address;
}

QString PostgresAddress::toString() const {
    QStringList hostTexts;
    for (const Host& host : hosts) {
        const bool v6 = host.name.contains(u':');
        hostTexts.append((v6 ? u"["_s + host.name + u"]"_s : host.name) + u':' + QString::number(host.port));
    }
    QStringList query;
    for (auto it = options.cbegin(); it != options.cend(); ++it)
        query.append(it.key() + u'=' + it.value());
    return u"postgresql://"_s + user + u'@' + hostTexts.join(u',') + u'/' + database +
           (query.isEmpty() ? QString() : u'?' + query.join(u'&'));
}

void PostgresAddress::configure(QSqlDatabase& db, const QString& password) const {
    QStringList names;
    QStringList ports;
    for (const Host& host : hosts) {
        names.append(host.name);
        ports.append(QString::number(host.port));
    }
    db.setHostName(names.join(u','));
    db.setDatabaseName(database);
    db.setUserName(user);
    db.setPassword(password);
    // libpq pairs the comma-separated hosts and ports one by one.
    QStringList connectOptions{u"port="_s + ports.join(u',')};
    QMap<QString, QString> effective = options;
    if (!effective.contains(u"connect_timeout"_s))
        effective.insert(u"connect_timeout"_s, u"5"_s); // a dead host must not hang the node
    if (!effective.contains(u"application_name"_s))
        effective.insert(u"application_name"_s, u"leasekeeper"_s);
    for (auto it = effective.cbegin(); it != effective.cend(); ++it)
        connectOptions.append(it.key() + u'=' + it.value());
    db.setConnectOptions(connectOptions.join(u';'));
}

} // namespace lk
