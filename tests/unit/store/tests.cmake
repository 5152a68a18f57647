# Stores (core/persistence/store) on SQLite, and PostgreSQL addresses.
lk_add_test(tst_postgresaddress LABELS unit LIBS Qt6::Sql)
lk_add_test(tst_sqlitestore LABELS unit LIBS Qt6::Concurrent)
lk_add_test(tst_storeworker LABELS unit)
lk_add_test(tst_storeworkerstop LABELS unit LIBS Qt6::Network)
lk_add_test(tst_lostcommit LABELS unit)
