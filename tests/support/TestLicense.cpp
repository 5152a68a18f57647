#include "TestLicense.h"

#include "license/IssuerKeyPair.h"
#include "license/LicenseIssuer.h"

#include <QFile>

using namespace Qt::StringLiterals;

namespace lk::test {

QJsonObject componentsJson(const QList<std::pair<QString, ComponentLimits>>& components) {
    QJsonObject json;
    for (const auto& [type, limits] : components)
        json.insert(type, QJsonObject{{u"max_instances"_s, limits.maxInstances},
                                      {u"max_cores_per_instance"_s, limits.maxCoresPerInstance},
                                      {u"max_total_cores"_s, limits.maxTotalCores}});
    return json;
}

QJsonObject exampleTerms(qint64 expiresMs) {
    return QJsonObject{
        {u"license_id"_s, u"acme-2027"_s},
        {u"licensee"_s, u"ACME Corp"_s},
        {u"expires"_s, QDateTime::fromMSecsSinceEpoch(expiresMs, Qt::UTC).toString(Qt::ISODate)},
        {u"grace_period_s"_s, 432000},
        {u"renew_after_s"_s, 300},
        {u"max_license_managers"_s, 2},
        {u"components"_s, componentsJson({{u"vdp"_s, {2, 16, 24}}, {u"scheduler"_s, {1, 4, 4}}})},
    };
}

bool writeSignedLicense(const QJsonObject& terms, const QString& publicPath, const QString& licensePath) {
    auto key = IssuerKeyPair::generate();
    if (!key || !key->savePublic(publicPath))
        return false;
    auto license = LicenseIssuer::issue(terms, key.value());
    if (!license)
        return false;
    QFile file(licensePath);
    return file.open(QIODevice::WriteOnly | QIODevice::Truncate) && file.write(license->toFileBytes()) > 0;
}

QJsonObject exampleTermsWithVdp(int maxCoresPerInstance) {
    QJsonObject terms = exampleTerms();
    terms.insert(u"components"_s, componentsJson({{u"vdp"_s, {1000, maxCoresPerInstance, 100000}}}));
    return terms;
}

bool writeServerFiles(const QString& dir, const QJsonObject& terms, const QByteArray& token) {
    if (!writeSignedLicense(terms, dir + QStringLiteral("/issuer.pub"),
                            dir + QStringLiteral("/license.json")))
        return false;
    QFile file(dir + QStringLiteral("/admin.token"));
    return file.open(QIODevice::WriteOnly) && file.write(token) == token.size();
}

} // namespace lk::test
