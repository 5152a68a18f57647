# Real HAProxy and nginx, real nodes, the whole HA deployment.
lk_add_test(tst_failoverdrill LABELS process haproxy slow LIBS Qt6::Network)
# The HA checks shared by the setup wizard and `leasekeeper-ctl ha check`:
# the checker against real nodes on PostgreSQL behind a real HAProxy.
lk_add_test(tst_hachecker LABELS process postgres haproxy slow LIBS Qt6::Network NEEDS leasekeeper-server leasekeeper-ctl)
lk_needs_postgres(tst_hachecker)
# The whole HA deployment from real processes: its own PostgreSQL cluster,
# two nodes, HAProxy and 100 simulated components.
lk_add_test(tst_hafailover LABELS process postgres haproxy slow LIBS Qt6::Network Qt6::Sql NEEDS leasekeeper-server leasekeeper-ctl TIMEOUT 600)
# Runs the real haproxy and nginx (scripts/install-deps.sh) on the generated
# configurations and fails, not skips, without them.
lk_add_test(tst_loadbalancerconfig LABELS process haproxy)
# Real haproxy and nginx in front of real nodes; fails, not skips, without them.
lk_add_test(tst_loadbalancerlive LABELS process haproxy LIBS Qt6::Network)
