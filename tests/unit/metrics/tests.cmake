# Metrics (core/metrics).
lk_add_test(tst_exposition LABELS unit)
