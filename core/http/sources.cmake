target_sources(lkcore PRIVATE
  http/ApiRequest.h
  http/ApiResponse.cpp http/ApiResponse.h
  http/HttpRouter.cpp http/HttpRouter.h
  http/HttpServer.cpp http/HttpServer.h
  http/PendingReply.cpp http/PendingReply.h)
