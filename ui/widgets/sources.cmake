target_sources(lkui PRIVATE
  widgets/ClockPlot.cpp widgets/ClockPlot.h
  widgets/HealthBanner.cpp widgets/HealthBanner.h
  widgets/LicenseCard.cpp widgets/LicenseCard.h
  widgets/NodeCard.cpp widgets/NodeCard.h)
