#pragma once

#include <QStringView>

namespace lk {

// Stable Error::code values of the license module. Scripts and the server
// branch on these; the messages are for people.
struct LicenseErrorCode {
    // License files (LicenseVerifier, License::parse, LicenseIssuer).
    static constexpr QStringView malformed = u"malformed";
    static constexpr QStringView unsignedLicense = u"unsigned";
    static constexpr QStringView badSignature = u"bad_signature";
    static constexpr QStringView untrustedKey = u"untrusted_key";
    static constexpr QStringView tampered = u"tampered";
    static constexpr QStringView expired = u"expired";
    // Files on disk (TextFile, key files).
    static constexpr QStringView fileNotFound = u"file_not_found";
    static constexpr QStringView fileUnreadable = u"file_unreadable";
    static constexpr QStringView fileExists = u"file_exists";
    static constexpr QStringView writeFailed = u"write_failed";
    static constexpr QStringView invalidKeyFile = u"invalid_key_file";
    static constexpr QStringView keyIdMismatch = u"key_id_mismatch";
    static constexpr QStringView cryptoUnavailable = u"crypto_unavailable";
};

} // namespace lk
