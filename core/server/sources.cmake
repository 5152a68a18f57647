target_sources(lkcore PRIVATE
  server/AdminToken.cpp server/AdminToken.h
  server/ApiJson.cpp server/ApiJson.h
  server/LeaseService.cpp server/LeaseService.h
  server/LicenseApi.cpp server/LicenseApi.h
  server/LicenseState.h
  server/RequestBody.cpp server/RequestBody.h)
target_sources(lkcore PRIVATE
  server/LicenseServer.cpp server/LicenseServer.h
  server/ServerConfig.cpp server/ServerConfig.h)
