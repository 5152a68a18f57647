# HA judging on hand-made observations (core/operations/ha).
lk_add_test(tst_haevaluation LABELS unit)
lk_add_test(tst_paircertificate LABELS unit)
lk_add_test(tst_restartdetector LABELS unit)
