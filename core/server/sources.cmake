target_sources(lkcore PRIVATE
  server/AdminToken.cpp server/AdminToken.h
  server/AuthRateLimiter.cpp server/AuthRateLimiter.h
  server/ApiJson.cpp server/ApiJson.h
  server/Decided.h
  server/LeaseService.cpp server/LeaseService.h
  server/LicenseApi.cpp server/LicenseApi.h
  server/LicenseState.h
  server/RenewalLog.cpp server/RenewalLog.h
  server/RequestBody.cpp server/RequestBody.h
  server/SecretHash.cpp server/SecretHash.h
  server/SiteKey.cpp server/SiteKey.h)
target_sources(lkcore PRIVATE
  server/LicenseServer.cpp server/LicenseServer.h
  server/ServerConfig.cpp server/ServerConfig.h)
target_sources(lkcore PRIVATE
  server/LeaseEvent.cpp server/LeaseEvent.h
  server/LeaseEventLog.cpp server/LeaseEventLog.h
  server/ServerMetrics.cpp server/ServerMetrics.h)
