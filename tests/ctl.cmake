# leasekeeper-ctl command plumbing (core/ctl).
lk_add_test(tst_ctldispatcher)
