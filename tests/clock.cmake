# Clocks (core/clients/drift): NTP-style offsets, sample selection, time sync status.
foreach(test tst_timesample tst_clocksampler tst_clockdrift tst_timesync tst_timesyncparser tst_timesyncprobe)
  lk_add_test(${test})
endforeach()
lk_add_test(tst_clockprobe)
target_link_libraries(tst_clockprobe PRIVATE Qt6::Network)
# Real skew: leasekeeper-server under libfaketime (package faketime); fails,
# not skips, without it.
lk_add_test(tst_clockskew)
target_link_libraries(tst_clockskew PRIVATE Qt6::Network)
add_dependencies(tst_clockskew leasekeeper-server leasekeeper-ctl)
# Two nodes 90 s apart on one PostgreSQL database serve the same components.
lk_add_test(tst_skewedpair)
target_link_libraries(tst_skewedpair PRIVATE Qt6::Network)
lk_needs_postgres(tst_skewedpair)
add_dependencies(tst_skewedpair leasekeeper-server leasekeeper-ctl)
