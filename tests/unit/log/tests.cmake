# Log output (core/log).
lk_add_test(tst_logoutput LABELS unit)
