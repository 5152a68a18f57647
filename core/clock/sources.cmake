target_sources(lkcore PRIVATE
  clock/ClockDrift.cpp clock/ClockDrift.h
  clock/ClockMeasurement.h
  clock/ClockProbe.cpp clock/ClockProbe.h
  clock/ClockSampler.cpp clock/ClockSampler.h
  clock/TimeSample.h
  clock/TimeSync.cpp clock/TimeSync.h
  clock/TimeSyncCommand.cpp clock/TimeSyncCommand.h
  clock/TimeSyncParser.cpp clock/TimeSyncParser.h
  clock/TimeSyncProbe.cpp clock/TimeSyncProbe.h
  clock/WallClock.cpp clock/WallClock.h)
