target_sources(lkui PRIVATE
  pages/OverviewPage.cpp pages/OverviewPage.h)
target_sources(lkui PRIVATE pages/LicensePage.cpp pages/LicensePage.h)
