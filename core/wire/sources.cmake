# The HTTP API's JSON, one struct per request and answer (docs/openapi.yaml).
target_sources(lkcore PRIVATE
  wire/WireJson.cpp wire/WireJson.h
  wire/ErrorBody.cpp wire/ErrorBody.h
  wire/GrantAnswer.cpp wire/GrantAnswer.h
  wire/TimeAnswer.cpp wire/TimeAnswer.h
  wire/PingAnswer.cpp wire/PingAnswer.h
  wire/Maintenance.cpp wire/Maintenance.h
  wire/FreeRequest.cpp wire/FreeRequest.h
  wire/LeaseJson.cpp wire/LeaseJson.h
  wire/RenewalsAnswer.cpp wire/RenewalsAnswer.h
  wire/LicenseStatus.cpp wire/LicenseStatus.h
  wire/ClusterStatus.cpp wire/ClusterStatus.h
  wire/StatusAnswer.cpp wire/StatusAnswer.h)
