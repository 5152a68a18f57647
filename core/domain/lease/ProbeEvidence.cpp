#include "lease/ProbeEvidence.h"

#include "util/EnumNames.h"

#include <QHostAddress>

using namespace Qt::StringLiterals;

namespace lk {
namespace {

const EnumNames<ProbeOutcome>& outcomeNames() {
    static const EnumNames<ProbeOutcome> names{{ProbeOutcome::Refused, u"refused"_s},
                                               {ProbeOutcome::Timeout, u"timeout"_s},
                                               {ProbeOutcome::Unreachable, u"unreachable"_s},
                                               {ProbeOutcome::Open, u"open"_s}};
    return names;
}

bool plausibleHost(const QString& host) {
    if (host.isEmpty() || host.size() > 253)
        return false;
    for (const QChar c : host) {
        if (!(c.isLetterOrNumber() || c == u'.' || c == u'-' || c == u'_'))
            return false;
    }
    return true;
}

} // namespace

QString ProbeResult::code(ProbeOutcome outcome) {
    return outcomeNames().name(outcome);
}

std::optional<ProbeOutcome> ProbeResult::outcomeFromCode(const QString& code) {
    return outcomeNames().value(code);
}

std::optional<ProbeTarget> ProbeTarget::parse(const QString& text) {
    const qsizetype colon = text.lastIndexOf(u':');
    if (colon <= 0)
        return std::nullopt;
    bool ok = false;
    const uint port = text.mid(colon + 1).toUInt(&ok);
    if (!ok || port == 0 || port > 65535)
        return std::nullopt;
    QString host = text.left(colon);
    if (host.startsWith(u'[') && host.endsWith(u']')) {
        host = host.mid(1, host.size() - 2);
        if (QHostAddress(host).protocol() != QAbstractSocket::IPv6Protocol)
            return std::nullopt;
    } else if (host.contains(u':') || !plausibleHost(host)) {
        return std::nullopt; // an unbracketed IPv6 address or not a host name
    }
    return ProbeTarget{host, quint16(port)};
}

std::optional<ProbeTarget> ProbeTarget::of(const LeaseRequest& holder) {
    return parse(holder.probe.isEmpty() ? holder.instance : holder.probe);
}

QString ProbeTarget::toString() const {
    return (host.contains(u':') ? u'[' + host + u']' : host) + u':' + QString::number(port);
}

} // namespace lk
