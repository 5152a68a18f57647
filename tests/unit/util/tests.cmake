# Unit tests of core/foundation/util.
lk_add_test(tst_duration LABELS unit)
# Real signals: SIGINT, SIGTERM and SIGHUP raised in the test process.
if(UNIX)
  lk_add_test(tst_processsignals LABELS unit)
endif()
lk_add_test(tst_threadinbox LABELS unit)
