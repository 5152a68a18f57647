# One interface target carries the language standard, Qt strictness and
# warnings; every LeaseKeeper target links it.
add_library(leasekeeper_options INTERFACE)
target_compile_features(leasekeeper_options INTERFACE cxx_std_20)
target_compile_definitions(leasekeeper_options INTERFACE
  QT_NO_CAST_FROM_ASCII
  QT_NO_CAST_TO_ASCII
  QT_NO_URL_CAST_FROM_STRING
  QT_NO_NARROWING_CONVERSIONS_IN_CONNECT
  QT_USE_QSTRINGBUILDER
  QT_NO_KEYWORDS
  LEASEKEEPER_VERSION="${PROJECT_VERSION}")
target_compile_options(leasekeeper_options INTERFACE
  -Wall -Wextra -Wpedantic -Wold-style-cast -Wnon-virtual-dtor -Wshadow=local
  $<$<BOOL:${LEASEKEEPER_WERROR}>:-Werror>)
