target_sources(lkcore PRIVATE
  license/LicenseTerms.cpp license/LicenseTerms.h)
