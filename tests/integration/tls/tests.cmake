# TLS with real servers, openssl and leasekeeper-ctl.
lk_add_test(tst_selfsignedcertificate LABELS process LIBS Qt6::Network)
# TLS 1.2 AEAD with forward secrecy only: the policy, and real servers met by openssl s_client.
lk_add_test(tst_tlsciphers LABELS process LIBS Qt6::Network NEEDS leasekeeper-server)
lk_add_test(tst_tlsclients LABELS process LIBS Qt6::Network NEEDS leasekeeper-server leasekeeper-ctl)
# Certificate and key re-read when replaced, and on SIGHUP in a real server.
if(UNIX)
  lk_add_test(tst_tlsreload LABELS process slow LIBS Qt6::Network NEEDS leasekeeper-server)
endif()
