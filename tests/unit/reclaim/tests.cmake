# Dead components: probing overdue leases and reclaiming them (core/serving/reclaim).
lk_add_test(tst_probeexclusions LABELS unit)
lk_add_test(tst_probepool LABELS unit LIBS Qt6::Network)
lk_add_test(tst_reclaimservice LABELS unit LIBS Qt6::Network)
