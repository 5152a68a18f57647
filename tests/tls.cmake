# TLS for clients (core/tls): certificates, trust, pinning, messages.
lk_add_test(tst_selfsignedcertificate)
target_link_libraries(tst_selfsignedcertificate PRIVATE Qt6::Network)
