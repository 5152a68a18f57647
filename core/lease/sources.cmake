target_sources(lkcore PRIVATE
  lease/ClusterMembership.cpp lease/ClusterMembership.h lease/ClusterView.h
  lease/Lease.cpp lease/Lease.h
  lease/LeaseEngine.cpp lease/LeaseEngine.h
  lease/LeasePolicy.cpp lease/LeasePolicy.h
  lease/LeaseReasons.cpp lease/LeaseReasons.h
  lease/LeaseRequest.cpp lease/LeaseRequest.h)
