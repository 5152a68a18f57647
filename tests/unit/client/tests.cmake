# The component client (core/clients/client).
lk_add_test(tst_licenseclient LABELS unit)
# The client against a real License Manager that ends its lease (in process, over loopback).
lk_add_test(tst_clientleaselost LABELS unit LIBS Qt6::Network)
# The component client's HTTP answer reader, and its transport against a scripted server on loopback.
lk_add_test(tst_httpresponseparser LABELS unit)
lk_add_test(tst_httptransport LABELS unit LIBS Qt6::Network)
