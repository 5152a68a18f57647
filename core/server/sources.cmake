target_sources(lkcore PRIVATE
  server/LeaseService.cpp server/LeaseService.h
  server/LicenseState.h)
