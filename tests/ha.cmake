# Load balancer configurations (core/operations/ha) and `leasekeeper-ctl lb-config`.
# tst_loadbalancerconfig and tst_loadbalancerlive run the real haproxy and
# nginx (scripts/install-deps.sh) and fail, not skip, without them.
lk_add_test(tst_loadbalancerconfig)
lk_add_test(tst_loadbalancerlive)
target_link_libraries(tst_loadbalancerlive PRIVATE Qt6::Network)
lk_add_test(tst_lbconfigcommand)
# The whole HA deployment from real processes: its own PostgreSQL cluster,
# two nodes, HAProxy and 100 simulated components.
lk_add_test(tst_hafailover)
target_link_libraries(tst_hafailover PRIVATE Qt6::Network Qt6::Sql)
add_dependencies(tst_hafailover leasekeeper-server leasekeeper-ctl)
set_tests_properties(tst_hafailover PROPERTIES TIMEOUT 600)
# The HA checks shared by the setup wizard and `leasekeeper-ctl ha check`:
# the judging on hand-made observations, then the checker against real
# nodes on PostgreSQL behind a real HAProxy, and the command.
lk_add_test(tst_haevaluation)
lk_add_test(tst_hachecker)
target_link_libraries(tst_hachecker PRIVATE Qt6::Network)
lk_needs_postgres(tst_hachecker)
add_dependencies(tst_hachecker leasekeeper-server leasekeeper-ctl)
lk_add_test(tst_hacommand)
target_link_libraries(tst_hacommand PRIVATE Qt6::Network)
lk_needs_postgres(tst_hacommand)
lk_add_test(tst_failoverdrill)
target_link_libraries(tst_failoverdrill PRIVATE Qt6::Network)
lk_add_test(tst_restartdetector)
lk_add_test(tst_paircertificate)
