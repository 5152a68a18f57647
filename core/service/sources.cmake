target_sources(lkcore PRIVATE
  service/ServiceArguments.cpp service/ServiceArguments.h
  service/ServiceDefinition.cpp service/ServiceDefinition.h
  service/WindowsCommandLine.cpp service/WindowsCommandLine.h
  service/WindowsServiceManager.h
  service/WindowsServiceHost.h)
lk_platform_sources(lkcore service/WindowsServiceManager service/WindowsServiceHost)
if(WIN32)
  target_link_libraries(lkcore PRIVATE advapi32)
endif()
