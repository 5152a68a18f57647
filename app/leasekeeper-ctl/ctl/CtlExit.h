#pragma once

namespace lk {

// Exit codes of leasekeeper-ctl, stable for scripts.
struct CtlExit {
    enum : int {
        Ok = 0,
        Failure = 1,        // could not do the job: unreadable or unwritable files, bad key files
        Usage = 2,          // wrong command line
        InvalidLicense = 3, // malformed, unsigned, bad_signature, untrusted_key, tampered
        ExpiredLicense = 4, // genuine and trusted, but past its expiry
        NotReady = 5,       // the License Manager answered, but /pingLicenseManager is not 200
        Drift = 6,          // two License Manager clocks differ by more than allowed (drift --max-ms)
        WouldNotFit = 7,    // license fit: the license would have refused starts of the period
    };
};

} // namespace lk
