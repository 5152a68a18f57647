# Signed licenses (core/domain/license).
lk_add_test(tst_ed25519 LABELS unit)
lk_add_test(tst_issuerkeypair LABELS unit)
lk_add_test(tst_issuerpublickey LABELS unit)
lk_add_test(tst_license LABELS unit)
lk_add_test(tst_licenseissuer LABELS unit)
lk_add_test(tst_licenseterms LABELS unit)
lk_add_test(tst_licenseverifier LABELS unit)
lk_add_test(tst_trustedkeys LABELS unit)
