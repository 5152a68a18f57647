# Real leasekeeper-server processes, and HA pairs on PostgreSQL.
# leasekeeper-server on SQLite under load, SIGKILLed 20 times at random moments.
lk_add_test(tst_crashsafety LABELS process slow LIBS Qt6::Network Qt6::Sql NEEDS leasekeeper-server)
lk_add_test(tst_hapair LABELS postgres LIBS Qt6::Network)
lk_needs_postgres(tst_hapair)
# leasekeeper-server against garbage, huge requests, 2,000 idle and slow clients.
lk_add_test(tst_hostilehttp LABELS process LIBS Qt6::Network NEEDS leasekeeper-server)
lk_add_test(tst_serverlogs LABELS process LIBS Qt6::Network NEEDS leasekeeper-server)
lk_add_test(tst_serverprocess LABELS process LIBS Qt6::Network NEEDS leasekeeper-server)
lk_add_test(tst_serversecrets LABELS process LIBS Qt6::Network NEEDS leasekeeper-server)
