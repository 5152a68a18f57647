# Metrics (core/foundation/metrics).
lk_add_test(tst_exposition LABELS unit)
