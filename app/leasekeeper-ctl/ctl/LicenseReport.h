#pragma once

#include <QCoreApplication>
#include <QString>

namespace lk {

class License;

// The human-readable description of a license printed by `license show`.
class LicenseReport {
    Q_DECLARE_TR_FUNCTIONS(LicenseReport)

public:
    static QString describe(const License& license);
    // "432000 s (5 d)": the raw number matches the file, the unit helps.
    static QString formatSeconds(qint64 seconds);

private:
    static QString components(const License& license);
    static QString signatureState(const License& license);
};

} // namespace lk
