# Clocks (core/clients/drift): NTP-style offsets, sample selection, time sync status.
lk_add_test(tst_clockdrift LABELS unit)
lk_add_test(tst_clockprobe LABELS unit LIBS Qt6::Network)
lk_add_test(tst_clocksampler LABELS unit)
lk_add_test(tst_timesample LABELS unit)
lk_add_test(tst_timesync LABELS unit)
lk_add_test(tst_timesyncparser LABELS unit)
lk_add_test(tst_timesyncprobe LABELS unit)
