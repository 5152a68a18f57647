# Widgets against real servers, PostgreSQL, D-Bus and lupdate.
lk_add_test(tst_clockpage LABELS gui process LIBS lkui Qt6::Network NEEDS leasekeeper-server)
lk_add_test(tst_hawizard LABELS gui process postgres haproxy slow LIBS lkui Qt6::Network)
lk_needs_postgres(tst_hawizard)
lk_add_test(tst_secretstore LABELS gui process LIBS lkui Qt6::Network)
lk_add_test(tst_translations LABELS gui process LIBS lkui)
target_compile_definitions(tst_translations PRIVATE LEASEKEEPER_LUPDATE="$<TARGET_FILE:Qt6::lupdate>")
lk_add_test(tst_updatewizard LABELS gui process postgres haproxy slow LIBS lkui Qt6::Network)
lk_needs_postgres(tst_updatewizard)
