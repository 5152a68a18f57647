# The component client (core/clients/client).
lk_add_test(tst_licenseclient LABELS unit)
