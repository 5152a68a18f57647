target_sources(lkcore PRIVATE
  store/LeaseStore.h
  store/SqlRows.cpp store/SqlRows.h
  store/SqlStore.cpp store/SqlStore.h store/SqlStoreHistory.cpp
  store/SqlTransaction.cpp store/SqlTransaction.h
  store/SchemaMigrations.cpp store/SchemaMigrations.h
  store/SqliteStore.cpp store/SqliteStore.h
  store/PostgresAddress.cpp store/PostgresAddress.h
  store/PostgresStore.cpp store/PostgresStore.h
  store/DatabasePreparation.cpp store/DatabasePreparation.h
  store/StoreMigration.cpp store/StoreMigration.h
  store/StoreTransaction.h
  store/StoreWorker.cpp store/StoreWorker.h)
