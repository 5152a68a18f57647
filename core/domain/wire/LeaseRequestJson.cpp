#include "wire/LeaseRequestJson.h"

#include "lease/ProbeEvidence.h"
#include "wire/WireJson.h"

#include <QHostAddress>
#include <QJsonArray>
#include <QRegularExpression>
#include <cmath>

using namespace Qt::StringLiterals;

namespace lk::wire {
namespace {

// By code point, so that characters outside the Basic Multilingual Plane
// (which QString stores as surrogate pairs) count as the single characters they are.
bool isPrintable(const QString& text) {
    for (const char32_t c : text.toUcs4()) {
        if (!QChar::isPrint(c))
            return false;
    }
    return true;
}

// Reads a required string field; empty, overlong or control characters are refused.
Result<QString> requiredText(const QJsonObject& json, const QString& key, int maxLength) {
    const QJsonValue value = json.value(key);
    if (value.isUndefined())
        return WireJson::invalid(LeaseRequest::tr("missing field '%1'").arg(key));
    if (!value.isString())
        return WireJson::invalid(LeaseRequest::tr("field '%1' must be a string").arg(key));
    const QString text = value.toString();
    if (text.isEmpty() || text.size() > maxLength || !isPrintable(text))
        return WireJson::invalid(
            LeaseRequest::tr("field '%1' must be 1 to %2 printable characters").arg(key).arg(maxLength));
    return text;
}

Result<int> parseCores(const QJsonObject& json) {
    const QJsonValue value = json.value(u"cores"_s);
    if (value.isUndefined())
        return WireJson::invalid(LeaseRequest::tr("missing field 'cores'"));
    const double cores = value.toDouble(-1);
    if (!value.isDouble() || std::floor(cores) != cores)
        return WireJson::invalid(LeaseRequest::tr("field 'cores' must be a whole number"));
    if (cores < 1 || cores > LeaseRequest::kMaxCores)
        return WireJson::invalid(
            LeaseRequest::tr("field 'cores' must be from 1 to %1").arg(LeaseRequest::kMaxCores));
    return int(cores);
}

Result<QStringList> parseIps(const QJsonObject& json) {
    const QJsonValue value = json.value(u"ips"_s);
    if (value.isUndefined())
        return WireJson::invalid(LeaseRequest::tr("missing field 'ips'"));
    if (!value.isArray())
        return WireJson::invalid(LeaseRequest::tr("field 'ips' must be an array of IP address strings"));
    const QJsonArray array = value.toArray();
    if (array.size() > LeaseRequest::kMaxIps)
        return WireJson::invalid(
            LeaseRequest::tr("field 'ips' may list at most %1 addresses").arg(LeaseRequest::kMaxIps));
    QStringList ips;
    for (const QJsonValue& entry : array) {
        QHostAddress address;
        // The system parser reads "010.1.1.1" as octal 8.1.1.1: accept IPv4
        // only in its plain dotted form, so what we store is what was sent.
        const QString text = entry.toString();
        const bool parsed = entry.isString() && address.setAddress(text);
        const bool canonical =
            parsed && (address.protocol() != QAbstractSocket::IPv4Protocol || address.toString() == text);
        if (!canonical)
            return WireJson::invalid(
                LeaseRequest::tr("field 'ips' holds '%1', which is not an IP address")
                    .arg(entry.isString() ? entry.toString() : LeaseRequest::tr("a non-string")));
        ips.append(address.toString());
    }
    return ips;
}

// The optional address to probe the component at when it misses renewals.
Result<QString> parseProbe(const QJsonObject& json) {
    const QJsonValue value = json.value(u"probe"_s);
    if (value.isUndefined() || value.isNull())
        return QString();
    if (!value.isString() || !ProbeTarget::parse(value.toString()))
        return WireJson::invalid(LeaseRequest::tr(
            "field 'probe' must be host:port (IPv6 as [address]:port) with a port from 1 to 65535"));
    return value.toString();
}

} // namespace

Result<LeaseRequest> LeaseRequestJson::fromJson(const QJsonObject& json) {
    LeaseRequest request;
    auto component = requiredText(json, u"component"_s, 64);
    if (!component)
        return component.error();
    static const QRegularExpression typePattern(u"^[a-z0-9][a-z0-9._-]{0,63}$"_s);
    if (!typePattern.match(component.value()).hasMatch())
        return WireJson::invalid(
            LeaseRequest::tr("field 'component' must be lower-case letters, digits, '.', '_' or '-'"));
    request.component = component.value();

    auto instance = requiredText(json, u"instance"_s, 256);
    if (!instance)
        return instance.error();
    request.instance = instance.value();

    auto host = requiredText(json, u"host"_s, 255);
    if (!host)
        return host.error();
    request.host = host.value();

    auto ips = parseIps(json);
    if (!ips)
        return ips.error();
    request.ips = ips.value();

    auto cores = parseCores(json);
    if (!cores)
        return cores.error();
    request.cores = cores.value();

    auto version = requiredText(json, u"version"_s, 64);
    if (!version)
        return version.error();
    request.version = version.value();

    auto probe = parseProbe(json);
    if (!probe)
        return probe.error();
    request.probe = probe.value();
    return request;
}

QJsonObject LeaseRequestJson::toJson(const LeaseRequest& request) {
    QJsonObject json{{u"component"_s, request.component}, {u"instance"_s, request.instance},
                     {u"host"_s, request.host},           {u"ips"_s, QJsonArray::fromStringList(request.ips)},
                     {u"cores"_s, request.cores},         {u"version"_s, request.version}};
    if (!request.probe.isEmpty())
        json.insert(u"probe"_s, request.probe);
    return json;
}

} // namespace lk::wire
