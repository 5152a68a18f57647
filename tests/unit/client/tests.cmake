# The component client (core/client).
lk_add_test(tst_licenseclient LABELS unit)
