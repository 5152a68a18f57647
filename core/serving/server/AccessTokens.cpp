#include "server/AccessTokens.h"

#include "util/SecretFile.h"

#include <QFile>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace lk {

QString roleName(AccessRole role) {
    return role == AccessRole::Admin ? u"admin"_s : u"viewer"_s;
}

std::optional<AccessRole> roleFromName(const QString& name) {
    if (name == u"admin"_s)
        return AccessRole::Admin;
    if (name == u"viewer"_s)
        return AccessRole::Viewer;
    return std::nullopt;
}

Status AccessTokens::add(const QString& name, AccessRole role, const QByteArray& token) {
    static const QRegularExpression validName(u"^[A-Za-z0-9._@-]{1,64}$"_s);
    if (!validName.match(name).hasMatch())
        return makeError(u"tokens_file"_s,
                         tr("'%1' is not a token name: use 1 to 64 letters, digits and . _ @ -").arg(name));
    for (const Entry& entry : m_tokens) {
        if (entry.holder.name == name)
            return makeError(u"tokens_file"_s, tr("the token name '%1' is used twice").arg(name));
    }
    if (token.size() < SecretFile::kMinBytes || token.size() > SecretFile::kMaxBytes)
        return makeError(u"tokens_file"_s, tr("the token of '%1' must be %2 to %3 characters long")
                                               .arg(name)
                                               .arg(SecretFile::kMinBytes)
                                               .arg(SecretFile::kMaxBytes));
    m_tokens.append(Entry{TokenHolder{name, role}, SecretHash::of(token), {}});
    return {};
}

void AccessTokens::addAdminToken(AdminToken token) {
    if (token.isConfigured())
        m_tokens.append(Entry{
            TokenHolder{QString::fromLatin1(kAdminTokenName), AccessRole::Admin}, {}, std::move(token)});
}

Result<AccessTokens> AccessTokens::parse(const QByteArray& text, const QString& path) {
    AccessTokens tokens;
    const QList<QByteArray> lines = text.split('\n');
    for (qsizetype i = 0; i < lines.size(); ++i) {
        const qsizetype comment = lines[i].indexOf('#');
        const QByteArray line = (comment < 0 ? lines[i] : lines[i].first(comment)).simplified();
        if (line.isEmpty())
            continue;
        const QList<QByteArray> fields = line.split(' ');
        const auto at = [&](const QString& problem) {
            return makeError(u"tokens_file"_s, tr("%1, line %2: %3").arg(path).arg(i + 1).arg(problem));
        };
        if (fields.size() != 3)
            return at(tr("expected 'NAME ROLE TOKEN', found %n field(s)", nullptr, int(fields.size())));
        const auto role = roleFromName(QString::fromUtf8(fields[1]));
        if (!role)
            return at(tr("the role must be admin or viewer, not '%1'").arg(QString::fromUtf8(fields[1])));
        if (Status added = tokens.add(QString::fromUtf8(fields[0]), *role, fields[2]); !added)
            return at(added.error().message);
    }
    return tokens;
}

Result<AccessTokens> AccessTokens::fromFile(const QString& path) {
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return makeError(u"tokens_file"_s,
                         tr("cannot read the tokens file %1: %2").arg(path, file.errorString()));
    // Bounded like every secret file: a token file is a few lines.
    const QByteArray text = file.read(1024 * 1024);
    if (!file.atEnd())
        return makeError(u"tokens_file"_s, tr("the tokens file %1 is larger than 1 MiB").arg(path));
    return parse(text, path);
}

std::optional<TokenHolder> AccessTokens::holderOf(const QByteArray& authorization) const {
    // The scheme name is case-insensitive (RFC 7235); the token is not.
    if (authorization.size() < 7 || authorization.left(7).toLower() != "bearer ")
        return std::nullopt;
    const QByteArray presented = authorization.mid(7).trimmed();
    // Every entry is compared, so the time taken does not say which matched.
    std::optional<TokenHolder> found;
    for (const Entry& entry : m_tokens) {
        const bool matches = entry.adminToken.isConfigured() ? entry.adminToken.accepts(authorization)
                                                             : entry.secret.matches(presented);
        if (matches && !found)
            found = entry.holder;
    }
    return found;
}

} // namespace lk
