#pragma once

#include <QString>

class QCoreApplication;

namespace lk {

// Installs the console's catalogue (embedded under :/i18n/) and Qt's own
// qtbase catalogue for one language. Calling it again replaces what an
// earlier call installed.
class Translations {
public:
    // languageCode: "es", "de", "en", "de_AT"...; empty means the system's
    // UI languages. Returns whether a LeaseKeeper catalogue for that language
    // was installed; when none exists the English one (plural forms) is used.
    static bool install(QCoreApplication& app, const QString& languageCode);
};

} // namespace lk
