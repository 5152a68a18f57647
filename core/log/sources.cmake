target_sources(lkcore PRIVATE
  log/LogCategories.cpp log/LogCategories.h
  log/LogFields.cpp log/LogFields.h
  log/LogOutput.cpp log/LogOutput.h)
