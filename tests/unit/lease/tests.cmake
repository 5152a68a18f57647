# Lease rules (core/domain/lease).
lk_add_test(tst_clustermembership LABELS unit)
lk_add_test(tst_leasepolicy LABELS unit)
lk_add_test(tst_leaserequest LABELS unit)
lk_add_test(tst_licensefit LABELS unit)
lk_add_test(tst_grouppolicy LABELS unit)
lk_add_test(tst_reclaimjudge LABELS unit)
