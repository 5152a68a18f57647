#include "LicenseTestData.h"

#include "TestLicense.h"
#include "license/License.h"

#include <QJsonDocument>

namespace lk::test {

QJsonObject sampleTermsJson() {
    return QJsonObject{
        {u"license_id"_s, u"acme-2027"_s},
        {u"licensee"_s, u"ACME Rendering Ltd"_s},
        {u"expires"_s, u"2027-12-31T23:59:59Z"_s},
        {u"renew_after_s"_s, 300},
        {u"max_license_managers"_s, 2},
        {u"components"_s, componentsJson({{u"vdp"_s, {10, 8, 64}}, {u"scheduler"_s, {2, 4, 8}}})},
    };
}

IssuerKeyPair newIssuerKey() {
    return IssuerKeyPair::generate().value();
}

QByteArray rawLicenseFile(const QJsonObject& terms, const QString& keyId, const QString& signature) {
    return QJsonDocument(QJsonObject{{u"format"_s, u"leasekeeper-license-1"_s},
                                     {u"terms"_s, terms},
                                     {u"key_id"_s, keyId},
                                     {u"signature"_s, signature}})
        .toJson(QJsonDocument::Indented);
}

QByteArray signedLicenseFile(const QJsonObject& terms, const IssuerKeyPair& key) {
    const QByteArray signature = key.sign(License::canonicalBytes(terms));
    return rawLicenseFile(terms, key.keyId(), QString::fromLatin1(signature.toBase64()));
}

QJsonObject withField(QJsonObject object, const QString& key, const QJsonValue& value) {
    if (value.isUndefined())
        object.remove(key);
    else
        object.insert(key, value);
    return object;
}

QJsonObject withComponentField(const QString& component, const QString& key, const QJsonValue& value) {
    QJsonObject terms = sampleTermsJson();
    QJsonObject components = terms.value(u"components"_s).toObject();
    components.insert(component, withField(components.value(component).toObject(), key, value));
    terms.insert(u"components"_s, components);
    return terms;
}

} // namespace lk::test
