# The alert rules are valid for Prometheus, and fire on the input series of
# tests/monitoring/alerts.test.yml and stay quiet otherwise (promtool from
# Debian's prometheus package, scripts/install-deps.sh).
add_test(NAME promtool_check_rules COMMAND promtool check rules ${PROJECT_SOURCE_DIR}/docs/monitoring/alerts.yml)
add_test(NAME promtool_test_rules COMMAND promtool test rules alerts.test.yml WORKING_DIRECTORY ${CMAKE_CURRENT_LIST_DIR})
set_tests_properties(promtool_check_rules promtool_test_rules PROPERTIES LABELS unit)
