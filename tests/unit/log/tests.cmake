# Log output (core/foundation/log).
lk_add_test(tst_logoutput LABELS unit)
