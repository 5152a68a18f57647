#include "wire/AlertSettingsJson.h"

#include "wire/WireJson.h"

#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace lk::wire {
namespace {

// Reads optional fields of one object, keeping the first type error.
class OptionalFields {
    Q_DECLARE_TR_FUNCTIONS(AlertSettingsJson)

public:
    OptionalFields(const QJsonObject& json, QString where)
        : m_json(json)
        , m_where(std::move(where)) {}

    void text(const QString& field, QString& into) {
        const QJsonValue value = m_json.value(field);
        if (value.isUndefined() || value.isNull())
            return;
        if (!value.isString())
            return fail(tr("field '%1' must be a string").arg(name(field)));
        into = value.toString();
    }
    void integer(const QString& field, int& into) {
        const QJsonValue value = m_json.value(field);
        if (value.isUndefined() || value.isNull())
            return;
        const double number = value.toDouble(-1.5);
        if (!value.isDouble() || number != double(qint64(number)) || number < INT_MIN || number > INT_MAX)
            return fail(tr("field '%1' must be an integer").arg(name(field)));
        into = int(number);
    }
    void boolean(const QString& field, bool& into) {
        const QJsonValue value = m_json.value(field);
        if (value.isUndefined() || value.isNull())
            return;
        if (!value.isBool())
            return fail(tr("field '%1' must be true or false").arg(name(field)));
        into = value.toBool();
    }
    void strings(const QString& field, QStringList& into) {
        const QJsonValue value = m_json.value(field);
        if (value.isUndefined() || value.isNull())
            return;
        if (!value.isArray())
            return fail(tr("field '%1' must be a list of strings").arg(name(field)));
        QStringList list;
        for (const QJsonValue& item : value.toArray()) {
            if (!item.isString())
                return fail(tr("field '%1' must be a list of strings").arg(name(field)));
            list.append(item.toString());
        }
        into = list;
    }
    QJsonObject object(const QString& field) {
        const QJsonValue value = m_json.value(field);
        if (!value.isUndefined() && !value.isNull() && !value.isObject())
            fail(tr("field '%1' must be an object").arg(name(field)));
        return value.toObject();
    }
    void fail(const QString& message) {
        if (!m_error)
            m_error = WireJson::invalid(message);
    }
    void adopt(const std::optional<Error>& error) {
        if (error && !m_error)
            m_error = error;
    }
    const std::optional<Error>& error() const { return m_error; }

private:
    QString name(const QString& field) const { return m_where.isEmpty() ? field : m_where + u'.' + field; }

    const QJsonObject& m_json;
    QString m_where;
    std::optional<Error> m_error;
};

QJsonObject webhookToJson(const AlertSettings::Webhook& webhook) {
    return {{u"url"_s, webhook.url},
            {u"secret_file"_s, webhook.secretFile},
            {u"attempts"_s, webhook.attempts},
            {u"retry_base_ms"_s, webhook.retryBaseMs},
            {u"timeout_ms"_s, webhook.timeoutMs}};
}

QJsonObject mailToJson(const AlertSettings::Mail& mail) {
    return {{u"host"_s, mail.host},
            {u"port"_s, mail.port},
            {u"security"_s, mail.security},
            {u"user"_s, mail.user},
            {u"password_file"_s, mail.passwordFile},
            {u"from"_s, mail.from},
            {u"to"_s, QJsonArray::fromStringList(mail.to)},
            {u"ca_file"_s, mail.caFile}};
}

void readWebhook(OptionalFields& parent, const QJsonObject& json, AlertSettings::Webhook& webhook) {
    OptionalFields fields(json, u"webhook"_s);
    fields.text(u"url"_s, webhook.url);
    fields.text(u"secret_file"_s, webhook.secretFile);
    fields.integer(u"attempts"_s, webhook.attempts);
    fields.integer(u"retry_base_ms"_s, webhook.retryBaseMs);
    fields.integer(u"timeout_ms"_s, webhook.timeoutMs);
    parent.adopt(fields.error());
}

void readMail(OptionalFields& parent, const QJsonObject& json, AlertSettings::Mail& mail) {
    OptionalFields fields(json, u"mail"_s);
    fields.text(u"host"_s, mail.host);
    fields.integer(u"port"_s, mail.port);
    fields.text(u"security"_s, mail.security);
    fields.text(u"user"_s, mail.user);
    fields.text(u"password_file"_s, mail.passwordFile);
    fields.text(u"from"_s, mail.from);
    fields.strings(u"to"_s, mail.to);
    fields.text(u"ca_file"_s, mail.caFile);
    parent.adopt(fields.error());
}

QStringList ruleCodes() {
    QStringList codes;
    for (AlertKind kind : AlertRule::allKinds())
        codes.append(AlertRule::code(kind));
    return codes;
}

void readRules(OptionalFields& parent, const QJsonValue& value, AlertSettings& settings) {
    if (value.isUndefined() || value.isNull())
        return;
    if (!value.isArray())
        return parent.fail(AlertSettingsJson::tr("field 'rules' must be a list of rules"));
    for (const QJsonValue& item : value.toArray()) {
        const QJsonObject json = item.toObject();
        const auto kind = AlertRule::kindFromCode(json.value(u"rule"_s).toString());
        if (!item.isObject() || !kind)
            return parent.fail(
                AlertSettingsJson::tr("each of 'rules' must be an object whose 'rule' is one of %1")
                    .arg(ruleCodes().join(u", "_s)));
        AlertRule rule = AlertRule::defaults(*kind);
        OptionalFields fields(json, u"rules."_s + AlertRule::code(*kind));
        fields.boolean(u"enabled"_s, rule.enabled);
        fields.integer(u"threshold"_s, rule.threshold);
        fields.integer(u"quiet_period_s"_s, rule.quietPeriodS);
        fields.strings(u"channels"_s, rule.channels);
        parent.adopt(fields.error());
        settings.setRule(rule);
    }
}

} // namespace

QJsonObject AlertSettingsJson::ruleToJson(const AlertRule& rule) {
    return {{u"rule"_s, AlertRule::code(rule.kind)},
            {u"enabled"_s, rule.enabled},
            {u"threshold"_s, rule.threshold},
            {u"quiet_period_s"_s, rule.quietPeriodS},
            {u"channels"_s, QJsonArray::fromStringList(rule.channels)}};
}

QJsonObject AlertSettingsJson::toJson(const AlertSettings& settings) {
    QJsonArray rules;
    for (const AlertRule& rule : settings.rules)
        rules.append(ruleToJson(rule));
    return {{u"evaluate_interval_s"_s, settings.evaluateIntervalS},
            {u"webhook"_s, webhookToJson(settings.webhook)},
            {u"mail"_s, mailToJson(settings.mail)},
            {u"rules"_s, rules}};
}

Result<AlertSettings> AlertSettingsJson::fromJson(const QJsonObject& json) {
    AlertSettings settings;
    OptionalFields fields(json, QString());
    fields.integer(u"evaluate_interval_s"_s, settings.evaluateIntervalS);
    readWebhook(fields, fields.object(u"webhook"_s), settings.webhook);
    readMail(fields, fields.object(u"mail"_s), settings.mail);
    readRules(fields, json.value(u"rules"_s), settings);
    if (fields.error())
        return *fields.error();
    return settings;
}

} // namespace lk::wire
