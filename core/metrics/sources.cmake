target_sources(lkcore PRIVATE
  metrics/Counter.h
  metrics/ExpositionWriter.cpp metrics/ExpositionWriter.h
  metrics/Gauge.h
  metrics/Histogram.cpp metrics/Histogram.h
  metrics/MetricFamily.cpp metrics/MetricFamily.h
  metrics/MetricsRegistry.cpp metrics/MetricsRegistry.h
  metrics/RequestTimer.cpp metrics/RequestTimer.h)
