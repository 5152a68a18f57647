# Signed licenses: core/domain/license and the `leasekeeper-ctl license` command.
foreach(test tst_ed25519 tst_issuerkeypair tst_issuerpublickey tst_license tst_licenseissuer tst_licensereport
             tst_licenseterms tst_licenseverifier)
  lk_add_test(${test})
endforeach()

# Runs the built leasekeeper-ctl binary.
lk_add_test(tst_licensecommand)
add_dependencies(tst_licensecommand leasekeeper-ctl)
