find_package(Qt6Keychain REQUIRED)
target_sources(lkui PRIVATE secrets/SecretStore.cpp secrets/SecretStore.h)
target_link_libraries(lkui PRIVATE qt6keychain)
