lk_add_test(tst_wire)
