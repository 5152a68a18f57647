# Alert mail through a real SMTP server (tests/support/smtp_sink.py, which
# needs Debian's python3-aiosmtpd under /usr/bin/python3).
lk_add_test(tst_smtpclient LABELS process LIBS Qt6::Network)
lk_add_test(tst_mailchannel LABELS process LIBS Qt6::Network)
lk_add_test(tst_alertmail LABELS process LIBS Qt6::Network)
