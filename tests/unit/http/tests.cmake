# The HTTP layer (core/serving/http): limits, request scanning, hang-ups and garbage at the socket level.
lk_add_test(tst_httpserver LABELS unit LIBS Qt6::Network)
lk_add_test(tst_limitoptions LABELS unit)
lk_add_test(tst_requestscanner LABELS unit)
lk_add_test(tst_responsebytes LABELS unit)
