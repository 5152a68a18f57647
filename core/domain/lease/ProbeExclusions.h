#pragma once

#include "util/Result.h"

#include <QCoreApplication>
#include <QHostAddress>
#include <QList>
#include <QStringList>

namespace lk {

// Addresses an administrator has said must never be probed (a component on
// a host whose intrusion detection would object, a network where connects
// cost money): IP addresses, subnets in CIDR form, host names, and whole
// domains written with a leading dot (".example.com").
class ProbeExclusions {
    Q_DECLARE_TR_FUNCTIONS(ProbeExclusions)

public:
    // Entries separated by commas or white space; an entry that is none of
    // the above is refused, named.
    static Result<ProbeExclusions> parse(const QString& text);

    bool isEmpty() const { return m_subnets.isEmpty() && m_names.isEmpty() && m_domains.isEmpty(); }
    // Whether `host` as the component wrote it is excluded: by name, or as an address.
    bool excludesHost(const QString& host) const;
    bool excludesAddress(const QHostAddress& address) const;
    // The entries as written, for the log and the docs' examples.
    const QStringList& entries() const { return m_entries; }

private:
    QList<QPair<QHostAddress, int>> m_subnets; // a single address is a subnet of its full length
    QStringList m_names;                       // lower case
    QStringList m_domains;                     // lower case, with the leading dot
    QStringList m_entries;
};

} // namespace lk
