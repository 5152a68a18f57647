target_sources(lkcore PRIVATE
  console/ApiParse.cpp console/ApiParse.h
  console/NodeClient.cpp console/NodeClient.h
  console/NodeStatus.h)
target_sources(lkcore PRIVATE console/NodeMonitor.cpp console/NodeMonitor.h)
target_sources(lkcore PRIVATE console/ConsoleDataDir.cpp console/ConsoleDataDir.h)
target_sources(lkcore PRIVATE console/HealthAssessment.cpp console/HealthAssessment.h)
target_sources(lkcore PRIVATE console/ConsoleOptions.cpp console/ConsoleOptions.h)
target_sources(lkcore PRIVATE console/LicenseInstaller.cpp console/LicenseInstaller.h)
target_sources(lkcore PRIVATE console/LicenseInstallService.cpp console/LicenseInstallService.h)
target_sources(lkcore PRIVATE console/UsageStats.cpp console/UsageStats.h)
target_sources(lkcore PRIVATE
  console/ConnectionProfile.cpp console/ConnectionProfile.h
  console/ProfileStore.cpp console/ProfileStore.h)
target_sources(lkcore PRIVATE console/OffsetHistory.cpp console/OffsetHistory.h)
target_sources(lkcore PRIVATE console/ClockAssessment.cpp console/ClockAssessment.h)
target_sources(lkcore PRIVATE console/ComponentRouting.cpp console/ComponentRouting.h)
