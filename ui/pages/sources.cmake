target_sources(lkui PRIVATE
  pages/OverviewPage.cpp pages/OverviewPage.h)
