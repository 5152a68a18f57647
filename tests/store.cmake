find_package(Qt6 REQUIRED COMPONENTS Concurrent)
lk_add_test(tst_sqlitestore)
target_link_libraries(tst_sqlitestore PRIVATE Qt6::Concurrent)
lk_add_test(tst_storeworker)
lk_add_test(tst_postgresaddress)
target_link_libraries(tst_postgresaddress PRIVATE Qt6::Sql)
lk_add_test(tst_postgresstore)
target_link_libraries(tst_postgresstore PRIVATE Qt6::Concurrent)
lk_needs_postgres(tst_postgresstore)
# leasekeeper-server on PostgreSQL under load while PostgreSQL is stopped and
# crashed; a cluster of its own (PgTestCluster), so the shared one is left alone.
lk_add_test(tst_dboutage)
target_link_libraries(tst_dboutage PRIVATE Qt6::Network Qt6::Sql)
add_dependencies(tst_dboutage leasekeeper-server)
# StoreWorker::stop() returns at once against a PostgreSQL that is not there.
lk_add_test(tst_storeworkerstop)
target_link_libraries(tst_storeworkerstop PRIVATE Qt6::Network)

# The HA wizard's database preparation and migration, without widgets.
lk_add_test(tst_databasepreparation)
target_link_libraries(tst_databasepreparation PRIVATE Qt6::Network)
lk_needs_postgres(tst_databasepreparation)
