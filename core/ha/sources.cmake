target_sources(lkcore PRIVATE
  ha/LoadBalancerConfig.cpp ha/LoadBalancerConfig.h)
