// postgresql:// URLs (store/PostgresAddress), as given to --db, in the
// server's configuration file and in the HA wizard.
//
// Invariants: an accepted URL has a user, at least one host, valid ports and
// a database; only the allowed libpq parameters, with values that cannot
// break out of the "key=value;key=value" connect options Qt hands to libpq;
// no host name that libpq would read as several hosts. Printed with
// toString() and parsed again, a URL whose parts need no escaping gives the
// same address.
#include "FuzzCheck.h"
#include "store/PostgresAddress.h"

using namespace Qt::StringLiterals;
using namespace lk;

namespace {

bool plain(const QString& text, QStringView reserved) {
    for (const QChar c : text) {
        if (reserved.contains(c) || c.unicode() < 0x20)
            return false;
    }
    return true;
}

bool sameAddress(const PostgresAddress& a, const PostgresAddress& b) {
    if (a.user != b.user || a.database != b.database || a.options != b.options ||
        a.hosts.size() != b.hosts.size())
        return false;
    for (qsizetype i = 0; i < a.hosts.size(); ++i) {
        if (a.hosts[i].name != b.hosts[i].name || a.hosts[i].port != b.hosts[i].port)
            return false;
    }
    return true;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
    if (size > fuzz::kMaxInput)
        return 0;
    const QString url = QString::fromUtf8(fuzz::bytes(data, size));
    const auto address = PostgresAddress::parse(url);
    if (!address) {
        FUZZ_CHECK(address.error().code == u"bad_database_url"_s && !address.error().message.isEmpty());
        return 0;
    }
    FUZZ_CHECK(PostgresAddress::looksLikePostgres(url));
    FUZZ_CHECK(!address->user.isEmpty() && !address->database.isEmpty() && !address->hosts.isEmpty());
    bool plainParts = plain(address->user, u"@/:,?%[]") && plain(address->database, u"?%");
    for (const PostgresAddress::Host& host : address->hosts) {
        FUZZ_CHECK(!host.name.isEmpty() && host.port >= 1);
        // Qt joins the names with ',' for libpq, which splits them again.
        FUZZ_CHECK(!host.name.contains(u','));
        plainParts = plainParts && plain(host.name, u"@/,?%[]");
    }
    for (auto it = address->options.cbegin(); it != address->options.cend(); ++it) {
        FUZZ_CHECK(PostgresAddress::allowedOptions().contains(it.key()));
        FUZZ_CHECK(!it.value().isEmpty());
        FUZZ_CHECK(!it.value().contains(u' ') && !it.value().contains(u';') && !it.value().contains(u'\''));
        plainParts = plainParts && plain(it.value(), u"&%");
    }
    if (plainParts) {
        const auto again = PostgresAddress::parse(address->toString());
        FUZZ_CHECK(again.ok() && sameAddress(address.value(), again.value()));
    }
    return 0;
}
