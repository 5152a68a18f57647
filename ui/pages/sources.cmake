target_sources(lkui PRIVATE
  pages/OverviewPage.cpp pages/OverviewPage.h)
target_sources(lkui PRIVATE pages/LicensePage.cpp pages/LicensePage.h)
target_sources(lkui PRIVATE pages/HistoryPage.cpp pages/HistoryPage.h)
target_sources(lkui PRIVATE
  pages/GracePage.cpp pages/GracePage.h
  pages/LeasesPage.cpp pages/LeasesPage.h)
target_sources(lkui PRIVATE pages/ClockPage.cpp pages/ClockPage.h)
