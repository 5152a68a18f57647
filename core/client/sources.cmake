target_sources(lkcore PRIVATE
  client/ClientEvent.cpp client/ClientEvent.h
  client/EventLoopScheduler.cpp client/EventLoopScheduler.h
  client/HttpTransport.cpp client/HttpTransport.h
  client/LicenseClient.cpp client/LicenseClient.h
  client/LicenseTransport.h
  client/MonotonicClock.h
  client/RetryPolicy.cpp client/RetryPolicy.h
  client/Scheduler.h)
