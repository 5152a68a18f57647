#pragma once

#include <QList>
#include <QString>
#include <QStringView>
#include <initializer_list>
#include <optional>
#include <utility>

namespace lk {

// The names of an enum's values, as logs, scripts, options and the wire spell
// them: one table read both ways, so that a name is written once. `Name` is
// QString, or QLatin1StringView where callers want Latin-1 text.
template <typename Enum, typename Name = QString> class EnumNames {
public:
    EnumNames(std::initializer_list<std::pair<Enum, Name>> names)
        : m_names(names) {}

    // Empty for a value the table does not name.
    Name name(Enum value) const {
        for (const auto& [candidate, name] : m_names) {
            if (candidate == value)
                return name;
        }
        return {};
    }

    std::optional<Enum> value(QStringView text) const {
        for (const auto& [candidate, name] : m_names) {
            if (name == text)
                return candidate;
        }
        return std::nullopt;
    }

private:
    QList<std::pair<Enum, Name>> m_names;
};

} // namespace lk
