target_sources(lkcore PRIVATE
  console/ApiParse.cpp console/ApiParse.h
  console/NodeClient.cpp console/NodeClient.h
  console/NodeStatus.h)
