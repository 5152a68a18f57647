# leasekeeper-ctl command plumbing (app/leasekeeper-ctl/ctl).
lk_add_test(tst_ctldispatcher)
lk_add_test(tst_nodecommands)
target_link_libraries(tst_nodecommands PRIVATE Qt6::Network)
lk_add_test(tst_storecommand)
lk_needs_postgres(tst_storecommand)
lk_add_test(tst_driftcommand)
target_link_libraries(tst_driftcommand PRIVATE Qt6::Network)
