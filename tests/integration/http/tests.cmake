# The listener met by curl; the routes checked against docs/openapi.yaml.
lk_add_test(tst_guardedlistener LABELS process LIBS Qt6::Network)
# Every route the server registers is described in docs/openapi.yaml and nothing
# else (tests/openapi/list_operations.py).
lk_add_test(tst_openapiroutes LABELS process)
set_property(TEST tst_openapiroutes APPEND PROPERTY ENVIRONMENT "LEASEKEEPER_PYTHON=${LK_TEST_PYTHON}")
