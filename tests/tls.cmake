# TLS for clients (core/tls): certificates, trust, pinning, messages.
lk_add_test(tst_selfsignedcertificate)
target_link_libraries(tst_selfsignedcertificate PRIVATE Qt6::Network)
lk_add_test(tst_tlsclientoptions)
target_link_libraries(tst_tlsclientoptions PRIVATE Qt6::Network)
lk_add_test(tst_tlserrortext)
target_link_libraries(tst_tlserrortext PRIVATE Qt6::Network)
