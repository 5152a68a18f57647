# Alert mail without a server: its settings and the bytes of a message.
lk_add_test(tst_mailsettings LABELS unit LIBS Qt6::Network)
lk_add_test(tst_mailmessage LABELS unit LIBS Qt6::Network)
