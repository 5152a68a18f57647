# leasekeeper-ctl commands run in process (app/leasekeeper-ctl/ctl).
lk_add_test(tst_auditcommands LABELS unit LIBS Qt6::Network)
lk_add_test(tst_ctldispatcher LABELS unit)
lk_add_test(tst_driftcommand LABELS unit LIBS Qt6::Network)
lk_add_test(tst_lbconfigcommand LABELS unit)
lk_add_test(tst_licensereport LABELS unit)
lk_add_test(tst_nodecommands LABELS unit LIBS Qt6::Network)
lk_add_test(tst_licensefitcommand LABELS unit LIBS Qt6::Network)
