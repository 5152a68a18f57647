lk_add_test(tst_healthassessment)
lk_add_test(tst_usagestats)
lk_add_test(tst_duration)
