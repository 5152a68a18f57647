# TLS for clients: certificates, trust and pinning. OpenSSL's libcrypto makes
# the certificates (Qt cannot); everything else goes through QtNetwork.
find_package(OpenSSL REQUIRED COMPONENTS Crypto)
target_link_libraries(lkcore PRIVATE OpenSSL::Crypto)
target_sources(lkcore PRIVATE
  tls/CertificateFingerprint.cpp tls/CertificateFingerprint.h
  tls/SelfSignedCertificate.cpp tls/SelfSignedCertificate.h)
target_sources(lkcore PRIVATE
  tls/TlsClientOptions.cpp tls/TlsClientOptions.h
  tls/TlsErrorText.cpp tls/TlsErrorText.h
  tls/TlsNetworkAccess.cpp tls/TlsNetworkAccess.h
  tls/TlsVerifier.cpp tls/TlsVerifier.h)
