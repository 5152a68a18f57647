#pragma once

#include "util/Result.h"

#include <QCommandLineParser>
#include <QList>
#include <QSettings>
#include <functional>

namespace lk {

// One option a program takes: its name (the INI key is the same, without the
// dashes), the name of its value (none: a flag), its help text, and how its
// text is applied to the program's configuration, with the error to show.
template <typename Config> struct OptionSpec {
    enum class Source { Everywhere, CommandLineOnly };
    using Apply = std::function<Status(Config&, const QString& text)>;

    QString name;
    QString valueName; // empty for a flag, which is applied with "true"
    QString help;
    Apply apply; // null: the program handles the option itself (--config)
    Source source = Source::Everywhere;
    bool repeatable = false; // applied once per value given (--trust A --trust B)
};

// The options of a program in one table, the order of its --help, applied
// the same way from the command line and from an INI file. Adding an option
// is one line in the table plus its help text.
template <typename Config> class OptionTable {
public:
    using Spec = OptionSpec<Config>;

    explicit OptionTable(QList<Spec> specs)
        : m_specs(std::move(specs)) {}

    void addTo(QCommandLineParser& parser) const {
        for (const Spec& spec : m_specs)
            parser.addOption(QCommandLineOption(spec.name, spec.help, spec.valueName));
    }

    // Applies every option given on the command line, in table order; stops
    // at the first error.
    Status applyArguments(const QCommandLineParser& parser, Config& config) const {
        for (const Spec& spec : m_specs) {
            if (!spec.apply || !parser.isSet(spec.name))
                continue;
            const QStringList texts =
                !spec.valueName.isEmpty()
                    ? (spec.repeatable ? parser.values(spec.name) : QStringList{parser.value(spec.name)})
                    : QStringList{QStringLiteral("true")};
            if (auto applied = applyEach(spec, texts, config); !applied)
                return applied;
        }
        return {};
    }

    // Applies every key of `settings` that names an option (unknown keys are
    // left alone); errors start with `where` ("FILE: ").
    Status applySettings(const QSettings& settings, Config& config, const QString& where) const {
        for (const Spec& spec : m_specs) {
            if (!spec.apply || spec.source == Spec::Source::CommandLineOnly || !settings.contains(spec.name))
                continue;
            const QVariant value = settings.value(spec.name);
            // QSettings reads "a, b" as a list: a repeatable option's values.
            const QStringList texts = spec.repeatable ? value.toStringList() : QStringList{value.toString()};
            if (auto applied = applyEach(spec, texts, config); !applied)
                return Error{applied.error().code, where + applied.error().message};
        }
        return {};
    }

private:
    static Status applyEach(const Spec& spec, const QStringList& texts, Config& config) {
        for (const QString& text : texts) {
            if (auto applied = spec.apply(config, text); !applied)
                return applied;
        }
        return {};
    }

    QList<Spec> m_specs;
};

} // namespace lk
