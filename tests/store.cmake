find_package(Qt6 REQUIRED COMPONENTS Concurrent)
lk_add_test(tst_sqlitestore)
target_link_libraries(tst_sqlitestore PRIVATE Qt6::Concurrent)
lk_add_test(tst_storeworker)
