# Simulated components as real `leasekeeper-ctl component run` processes.
lk_add_test(tst_componentsimulator LABELS process slow LIBS Qt6::Network NEEDS leasekeeper-server leasekeeper-ctl)
