target_sources(lkcore PRIVATE
  util/Clock.cpp util/Clock.h
  util/Result.h)
