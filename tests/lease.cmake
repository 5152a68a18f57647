lk_add_test(tst_leasepolicy)
lk_add_test(tst_leaseengine)
lk_add_test(tst_leaserequest)
