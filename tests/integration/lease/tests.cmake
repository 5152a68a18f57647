# The lease engine on SQLite and the shared PostgreSQL cluster.
lk_add_test(tst_leaseengine LABELS postgres)
lk_needs_postgres(tst_leaseengine)
