find_package(OpenSSL REQUIRED COMPONENTS Crypto)
target_link_libraries(lkcore PRIVATE OpenSSL::Crypto)
target_sources(lkcore PRIVATE
  http/ApiRequest.h
  http/ApiResponse.cpp http/ApiResponse.h
  http/ConnectionGuard.cpp http/ConnectionGuard.h
  http/DescriptorLimit.h
  http/GuardedListener.cpp http/GuardedListener.h
  http/HttpRouter.cpp http/HttpRouter.h
  http/HttpServer.cpp http/HttpServer.h
  http/LimitOptions.cpp http/LimitOptions.h
  http/PendingReply.cpp http/PendingReply.h
  http/RequestScanner.cpp http/RequestScanner.h
  http/ServerLimits.h
  http/TlsServerCredentials.cpp http/TlsServerCredentials.h
  http/TlsCipherPolicy.cpp http/TlsCipherPolicy.h
  http/TlsReloader.cpp http/TlsReloader.h
  http/SocketShutdown.h)
lk_platform_sources(lkcore http/DescriptorLimit http/SocketShutdown)
if(WIN32)
  target_link_libraries(lkcore PRIVATE ws2_32)
endif()
