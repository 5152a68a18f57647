target_sources(lkcore PRIVATE
  util/Clock.cpp util/Clock.h
  util/Duration.cpp util/Duration.h
  util/Result.h
  util/SecretFile.cpp util/SecretFile.h
  util/AdminTokenFile.cpp util/AdminTokenFile.h
  util/ProcessSignals.h)
lk_platform_sources(lkcore util/ProcessSignals)
