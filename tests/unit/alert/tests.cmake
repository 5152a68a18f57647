# Alert rules, quiet periods and settings (core/domain/alert, core/serving/alert).
lk_add_test(tst_alerttracker LABELS unit)
lk_add_test(tst_alertconditions LABELS unit)
lk_add_test(tst_alertsettingsfile LABELS unit)
# Alert mail without a server: its settings, the bytes of a message, SMTP replies.
lk_add_test(tst_mailsettings LABELS unit LIBS Qt6::Network)
lk_add_test(tst_mailmessage LABELS unit LIBS Qt6::Network)
lk_add_test(tst_smtpreply LABELS unit LIBS Qt6::Network)
