# --log-file in a real server.
# --log-file, in the unit and a real server.
lk_add_test(tst_logfile LABELS process NEEDS leasekeeper-server)
