# Dead components as real processes: simulators killed with SIGKILL, or
# stopped with SIGSTOP, against a node that probes them.
if(UNIX)
  lk_add_test(tst_deadcomponents LABELS process LIBS Qt6::Network NEEDS leasekeeper-ctl)
endif()
