#include "lease/ProbeExclusions.h"

#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace lk {

namespace {

bool isHostName(const QString& text) {
    static const QRegularExpression pattern(u"^[A-Za-z0-9_]([A-Za-z0-9_.-]{0,252})$"_s);
    return pattern.match(text).hasMatch();
}

} // namespace

Result<ProbeExclusions> ProbeExclusions::parse(const QString& text) {
    static const QRegularExpression separators(u"[,\\s]+"_s);
    ProbeExclusions exclusions;
    for (const QString& entry : text.split(separators, Qt::SkipEmptyParts)) {
        exclusions.m_entries.append(entry);
        if (entry.contains(u'/')) {
            const auto subnet = QHostAddress::parseSubnet(entry);
            if (subnet.first.isNull())
                return makeError(u"invalid_exclusion"_s,
                                 tr("'%1' is not a subnet such as 10.1.0.0/16 or fd00::/8").arg(entry));
            exclusions.m_subnets.append(subnet);
        } else if (QHostAddress address(entry); !address.isNull()) {
            exclusions.m_subnets.append(
                {address, address.protocol() == QAbstractSocket::IPv4Protocol ? 32 : 128});
        } else if (entry.startsWith(u'.') && isHostName(entry.mid(1))) {
            exclusions.m_domains.append(entry.toLower());
        } else if (isHostName(entry)) {
            exclusions.m_names.append(entry.toLower());
        } else {
            return makeError(u"invalid_exclusion"_s,
                             tr("'%1' is not an IP address, a subnet, a host name or a domain such as "
                                ".example.com")
                                 .arg(entry));
        }
    }
    return exclusions;
}

bool ProbeExclusions::excludesHost(const QString& host) const {
    if (const QHostAddress address(host); !address.isNull())
        return excludesAddress(address);
    const QString name = host.toLower();
    if (m_names.contains(name))
        return true;
    for (const QString& domain : m_domains) {
        if (name.endsWith(domain))
            return true;
    }
    return false;
}

bool ProbeExclusions::excludesAddress(const QHostAddress& address) const {
    for (const auto& [network, length] : m_subnets) {
        if (address.isInSubnet(network, length))
            return true;
    }
    return false;
}

} // namespace lk
