# Load balancer configurations (core/ha) and `leasekeeper-ctl lb-config`.
# tst_loadbalancerconfig and tst_loadbalancerlive run the real haproxy and
# nginx (scripts/install-deps.sh) and fail, not skip, without them.
lk_add_test(tst_loadbalancerconfig)
lk_add_test(tst_loadbalancerlive)
target_link_libraries(tst_loadbalancerlive PRIVATE Qt6::Network)
lk_add_test(tst_lbconfigcommand)
