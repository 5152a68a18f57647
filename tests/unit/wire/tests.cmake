# The wire contract (core/domain/wire): each request and answer reads back what it wrote.
lk_add_test(tst_wire LABELS unit)
lk_add_test(tst_leaselisttext LABELS unit)
lk_add_test(tst_compactjson LABELS unit)
