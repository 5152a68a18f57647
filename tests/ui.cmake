# Widget and model tests: one executable per class, offscreen.
lk_add_test(tst_consolesession)
target_link_libraries(tst_consolesession PRIVATE lkui)
foreach(test tst_leasetablemodel tst_leasefilterproxy tst_gracemodel tst_csvexport)
  lk_add_test(${test})
  target_link_libraries(${test} PRIVATE lkui)
endforeach()
lk_add_test(tst_consolepages)
target_link_libraries(tst_consolepages PRIVATE lkui)
