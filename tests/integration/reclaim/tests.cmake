# Dead components as real processes: simulators killed with SIGKILL, or
# stopped with SIGSTOP, against a node (or a pair) that probes them.
if(UNIX)
  lk_add_test(tst_deadcomponents LABELS process LIBS Qt6::Network NEEDS leasekeeper-ctl)
  # The count of refusals across a failover of a pair on PostgreSQL.
  lk_add_test(tst_reclaimpair LABELS process postgres LIBS Qt6::Network NEEDS leasekeeper-ctl)
  lk_needs_postgres(tst_reclaimpair)
endif()
