# TLS options, messages and server credentials.
lk_add_test(tst_tlsclientoptions LABELS unit LIBS Qt6::Network)
lk_add_test(tst_tlserrortext LABELS unit LIBS Qt6::Network)
lk_add_test(tst_tlsservercredentials LABELS unit LIBS Qt6::Network)
