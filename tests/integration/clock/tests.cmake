# Real clock skew under libfaketime.
# Real skew: leasekeeper-server under libfaketime (package faketime); fails,
# not skips, without it.
lk_add_test(tst_clockskew LABELS process LIBS Qt6::Network NEEDS leasekeeper-server leasekeeper-ctl)
# Two nodes 90 s apart on one PostgreSQL database serve the same components.
lk_add_test(tst_skewedpair LABELS process postgres slow LIBS Qt6::Network NEEDS leasekeeper-server leasekeeper-ctl)
lk_needs_postgres(tst_skewedpair)
