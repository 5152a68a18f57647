# Stores on a real PostgreSQL.
# leasekeeper-server on PostgreSQL under load while PostgreSQL is stopped and
# crashed; a cluster of its own (PgTestCluster), so the shared one is left alone.
lk_add_test(tst_dboutage LABELS process postgres slow LIBS Qt6::Network Qt6::Sql NEEDS leasekeeper-server)
lk_add_test(tst_postgresstore LABELS postgres slow LIBS Qt6::Concurrent)
lk_needs_postgres(tst_postgresstore)
# The HA wizard's database preparation and migration, without widgets.
lk_add_test(tst_databasepreparation LABELS postgres LIBS Qt6::Network)
lk_needs_postgres(tst_databasepreparation)
