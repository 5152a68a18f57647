# The License Manager in the test process (core/serving/server).
lk_add_test(tst_admintoken LABELS unit)
lk_add_test(tst_authratelimiter LABELS unit)
lk_add_test(tst_leasechanges LABELS unit LIBS Qt6::Network)
lk_add_test(tst_leaseevents LABELS unit LIBS Qt6::Sql)
lk_add_test(tst_licenseapi LABELS unit LIBS Qt6::Network)
lk_add_test(tst_licenseserver LABELS unit LIBS Qt6::Network)
lk_add_test(tst_renewallog LABELS unit)
lk_add_test(tst_replyterms LABELS unit LIBS Qt6::Network)
