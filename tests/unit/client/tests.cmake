# The component client (core/clients/client).
lk_add_test(tst_licenseclient LABELS unit)
# The client against a real License Manager that ends its lease (in process, over loopback).
lk_add_test(tst_clientleaselost LABELS unit LIBS Qt6::Network)
