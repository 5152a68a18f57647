# Widget and model tests: one executable per class, offscreen.
lk_add_test(tst_consolesession)
target_link_libraries(tst_consolesession PRIVATE lkui)
