# Alert rules, quiet periods and settings (core/domain/alert, core/serving/alert).
lk_add_test(tst_alerttracker LABELS unit)
lk_add_test(tst_alertconditions LABELS unit)
lk_add_test(tst_alertsettingsfile LABELS unit)
