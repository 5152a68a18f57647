# docs/openapi.yaml held true against the code: every route the server
# registers is described and nothing else (tst_openapiroutes), the document
# is valid (openapi_document), and answers recorded from real servers
# validate against it (openapi_answers). tst_openapiroutes is in
# tests/integration/http. The checks use Debian's
# python3-jsonschema and python3-yaml (scripts/install-deps.sh).
set(LK_TEST_PYTHON /usr/bin/python3 CACHE FILEPATH "python3 with jsonschema (Draft 2020-12) and yaml, for the OpenAPI tests")
set(LK_OPENAPI ${PROJECT_SOURCE_DIR}/docs/openapi.yaml)
set(LK_OPENAPI_TOOLS ${CMAKE_CURRENT_LIST_DIR})

add_test(NAME openapi_document
         COMMAND ${LK_TEST_PYTHON} -B ${LK_OPENAPI_TOOLS}/check_document.py ${LK_OPENAPI} ${PROJECT_VERSION})
set_tests_properties(openapi_document PROPERTIES LABELS unit TIMEOUT 60)

# Starts four leasekeeper-server processes (built with the rest: ctest does not build).
add_test(NAME openapi_answers
         COMMAND ${LK_TEST_PYTHON} -B ${LK_OPENAPI_TOOLS}/record_answers.py ${LK_OPENAPI} ${PROJECT_BINARY_DIR}/bin)
set_tests_properties(openapi_answers PROPERTIES LABELS "process;slow" TIMEOUT 300)

# The API's field names are written in core/domain/wire/ only (the same words used
# by other formats are listed with their format: openapi/wire_field_exceptions.txt).
add_test(NAME wire_field_names
         COMMAND ${LK_TEST_PYTHON} -B ${LK_OPENAPI_TOOLS}/check_wire_fields.py ${PROJECT_SOURCE_DIR})
set_tests_properties(wire_field_names PROPERTIES LABELS unit TIMEOUT 60)
