target_sources(lkcore PRIVATE)
