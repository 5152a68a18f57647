# The compile definitions of every LeaseKeeper target, as lists, so that
# scripts/windows-syntax-check.sh (through cmake/print-definitions.cmake)
# compiles with exactly what the build uses.
set(LEASEKEEPER_DEFINITIONS
  QT_NO_CAST_FROM_ASCII
  QT_NO_CAST_TO_ASCII
  QT_NO_URL_CAST_FROM_STRING
  QT_NO_NARROWING_CONVERSIONS_IN_CONNECT
  QT_USE_QSTRINGBUILDER
  QT_NO_KEYWORDS
  LEASEKEEPER_VERSION="${PROJECT_VERSION}")
# What a Windows build adds: the wide-character Win32 API (the W functions),
# a windows.h without the rarely used parts (winsock 1 would clash with
# winsock2.h), no min/max macros (they break std::min and qMin), Windows 10
# or later (what Qt 6 supports).
set(LEASEKEEPER_WINDOWS_DEFINITIONS
  UNICODE
  _UNICODE
  WIN32_LEAN_AND_MEAN
  NOMINMAX
  _WIN32_WINNT=0x0A00)
