target_sources(lkcore PRIVATE
  ha/LoadBalancerConfig.cpp ha/LoadBalancerConfig.h)
target_sources(lkcore PRIVATE
  ha/HaCheck.cpp ha/HaCheck.h ha/HaTargets.h
  ha/HaObservations.h
  ha/HaEvaluation.cpp ha/HaEvaluation.h
  ha/HaChecker.cpp ha/HaChecker.h)
target_sources(lkcore PRIVATE ha/FailoverDrill.cpp ha/FailoverDrill.h ha/DrillRunner.cpp ha/DrillRunner.h)
target_sources(lkcore PRIVATE
  ha/RestartDetector.cpp ha/RestartDetector.h
  ha/NodeWatch.cpp ha/NodeWatch.h)
target_sources(lkcore PRIVATE ha/PairCertificate.cpp ha/PairCertificate.h)
