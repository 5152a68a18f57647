# GET /metrics and the monitoring files, checked with promtool.
lk_add_test(tst_metricsendpoint LABELS process LIBS Qt6::Network)
lk_add_test(tst_monitoringdocs LABELS process postgres LIBS Qt6::Network)
lk_needs_postgres(tst_monitoringdocs)
