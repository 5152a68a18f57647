# leasekeeper-ctl against PostgreSQL and as a real process.
lk_add_test(tst_hacommand LABELS postgres LIBS Qt6::Network)
lk_needs_postgres(tst_hacommand)
# Runs the built leasekeeper-ctl binary.
lk_add_test(tst_licensecommand LABELS process NEEDS leasekeeper-ctl)
lk_add_test(tst_storecommand LABELS postgres)
lk_needs_postgres(tst_storecommand)
