#include "console/ConnectionProfile.h"

#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace lk {

Result<QUrl> ConnectionProfile::parseUrl(const QString& text) {
    const QString trimmed = text.trimmed();
    const QUrl url(trimmed, QUrl::StrictMode);
    const bool web = url.scheme() == u"http"_s || url.scheme() == u"https"_s;
    if (trimmed.isEmpty() || !url.isValid() || !web || url.host().isEmpty())
        return makeError(u"bad_url"_s,
                         tr("'%1' is not an http:// or https:// address with a host name, such as "
                            "http://lm-primary.example.com:10091")
                             .arg(trimmed));
    // One spelling per address, so the keychain entry for its token is found again.
    QUrl normal = url.adjusted(QUrl::StripTrailingSlash);
    if (normal.path() == u"/"_s)
        normal.setPath(QString());
    return normal;
}

QString ConnectionProfile::tokenKey(const QUrl& url) {
    return u"admin-token:"_s + url.toString(QUrl::RemoveUserInfo);
}

Status ConnectionProfile::validate() const {
    if (name.trimmed().isEmpty())
        return makeError(u"bad_profile"_s, tr("A connection profile needs a name."));
    if (name.size() > 100)
        return makeError(u"bad_profile"_s, tr("The profile name is longer than 100 characters."));
    if (auto service = parseUrl(serviceUrl.toString()); !service)
        return makeError(u"bad_profile"_s, tr("Service address: %1").arg(service.error().message));
    for (const QUrl& node : nodeUrls) {
        if (auto parsed = parseUrl(node.toString()); !parsed)
            return makeError(u"bad_profile"_s, tr("Node address: %1").arg(parsed.error().message));
    }
    if (nodeUrls.size() > 8)
        return makeError(u"bad_profile"_s, tr("A profile can watch at most 8 nodes."));
    if (auto tls = TlsClientOptions::create({}, pinsSha256); !tls)
        return makeError(u"bad_profile"_s, tr("Pinned certificate: %1").arg(tls.error().message));
    return {};
}

QJsonObject ConnectionProfile::toJson() const {
    QJsonArray nodes;
    for (const QUrl& node : nodeUrls)
        nodes.append(node.toString());
    QJsonObject json{{u"name"_s, name}, {u"service_url"_s, serviceUrl.toString()}, {u"node_urls"_s, nodes}};
    if (!caFile.isEmpty())
        json.insert(u"ca_file"_s, caFile);
    if (!pinsSha256.isEmpty())
        json.insert(u"pins_sha256"_s, QJsonArray::fromStringList(pinsSha256));
    return json;
}

Result<ConnectionProfile> ConnectionProfile::fromJson(const QJsonObject& object) {
    ConnectionProfile profile;
    if (!object.value(u"name"_s).isString() || !object.value(u"service_url"_s).isString())
        return makeError(u"bad_profile"_s, tr("a profile lacks its \"name\" or \"service_url\" string"));
    profile.name = object.value(u"name"_s).toString();
    profile.serviceUrl = QUrl(object.value(u"service_url"_s).toString());
    for (const QJsonValue& node : object.value(u"node_urls"_s).toArray()) {
        if (!node.isString())
            return makeError(u"bad_profile"_s,
                             tr("profile '%1' has a node address that is not a string").arg(profile.name));
        profile.nodeUrls.append(QUrl(node.toString()));
    }
    profile.caFile = object.value(u"ca_file"_s).toString();
    for (const QJsonValue& pin : object.value(u"pins_sha256"_s).toArray())
        profile.pinsSha256.append(pin.toString());
    if (auto valid = profile.validate(); !valid)
        return makeError(valid.error().code, tr("profile '%1': %2").arg(profile.name, valid.error().message));
    return profile;
}

Result<TlsClientOptions> ConnectionProfile::tlsOptions() const {
    auto tls = TlsClientOptions::create(caFile, pinsSha256);
    if (!tls)
        return makeError(tls.error().code, tr("profile '%1': %2").arg(name, tls.error().message));
    return tls;
}

} // namespace lk
