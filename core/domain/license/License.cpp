#include "license/License.h"

#include "license/LicenseErrorCode.h"
#include "util/TextFile.h"

#include <QJsonDocument>

using namespace Qt::StringLiterals;

namespace lk {
namespace {

Error malformed(const QString& message) {
    return makeError(LicenseErrorCode::malformed.toString(), message);
}

// key_id and signature are optional for parsing, but if present they must be
// strings; anything else is a broken file rather than an unsigned one.
Result<QString> optionalString(const QJsonObject& json, const QString& key) {
    const QJsonValue value = json.value(key);
    if (value.isUndefined() || value.isNull())
        return QString();
    if (!value.isString())
        return malformed(License::tr("\"%1\" must be a string").arg(key));
    return value.toString();
}

} // namespace

License::License(LicenseTerms terms, QJsonObject termsJson, QString keyId, QString signature)
    : m_terms(std::move(terms))
    , m_termsJson(std::move(termsJson))
    , m_keyId(std::move(keyId))
    , m_signature(std::move(signature)) {}

Result<License> License::parse(const QByteArray& fileBytes) {
    auto json = TextFile::parseObject(fileBytes, LicenseErrorCode::malformed);
    if (!json)
        return malformed(tr("not a license file: %1").arg(json.error().message));
    const QString format = json->value(u"format"_s).toString();
    if (format != kFormat)
        return malformed(tr("not a license file: \"format\" is \"%1\" but must be \"%2\"")
                             .arg(format, kFormat.toString()));
    const QJsonValue termsValue = json->value(u"terms"_s);
    if (!termsValue.isObject())
        return malformed(tr("\"terms\" is missing or not an object"));
    const QJsonObject termsJson = termsValue.toObject();
    auto terms = LicenseTerms::fromJson(termsJson);
    if (!terms)
        return malformed(tr("invalid terms: %1").arg(terms.error().message));
    auto keyId = optionalString(json.value(), u"key_id"_s);
    if (!keyId)
        return keyId.error();
    auto signature = optionalString(json.value(), u"signature"_s);
    if (!signature)
        return signature.error();
    return License(terms.value(), termsJson, keyId.value(), signature.value());
}

QByteArray License::canonicalBytes(const QJsonObject& termsJson) {
    return QJsonDocument(termsJson).toJson(QJsonDocument::Compact);
}

QJsonObject License::toJson() const {
    return QJsonObject{{u"format"_s, kFormat.toString()},
                       {u"terms"_s, m_termsJson},
                       {u"key_id"_s, m_keyId},
                       {u"signature"_s, m_signature}};
}

QByteArray License::toFileBytes() const {
    return QJsonDocument(toJson()).toJson(QJsonDocument::Indented);
}

} // namespace lk
