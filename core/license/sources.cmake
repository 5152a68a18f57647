target_sources(lkcore PRIVATE
  license/Ed25519.cpp license/Ed25519.h
  license/IssuerKeyFile.cpp license/IssuerKeyFile.h
  license/IssuerKeyPair.cpp license/IssuerKeyPair.h
  license/IssuerPublicKey.cpp license/IssuerPublicKey.h
  license/License.cpp license/License.h
  license/LicenseCheck.h
  license/LicenseErrorCode.h
  license/LicenseIssuer.cpp license/LicenseIssuer.h
  license/LicenseTerms.cpp license/LicenseTerms.h
  license/LicenseVerifier.cpp license/LicenseVerifier.h
  license/TextFile.cpp license/TextFile.h
  license/TrustedKeys.cpp license/TrustedKeys.h)
