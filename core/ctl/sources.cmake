target_sources(lkcore PRIVATE
  ctl/CtlCommand.h
  ctl/CtlDispatcher.cpp ctl/CtlDispatcher.h
  ctl/CtlExit.h
  ctl/CtlParser.cpp ctl/CtlParser.h
  ctl/LicenseCommand.cpp ctl/LicenseCommand.h
  ctl/LicenseReport.cpp ctl/LicenseReport.h)
target_sources(lkcore PRIVATE
  ctl/BlockingHttp.cpp ctl/BlockingHttp.h
  ctl/NodeCommands.cpp ctl/NodeCommands.h)
target_sources(lkcore PRIVATE
  ctl/ComponentCommand.cpp ctl/ComponentCommand.h
  ctl/ComponentSimulator.cpp ctl/ComponentSimulator.h)
target_sources(lkcore PRIVATE
  ctl/LbConfigCommand.cpp ctl/LbConfigCommand.h)
target_sources(lkcore PRIVATE ctl/StoreCommand.cpp ctl/StoreCommand.h)
target_sources(lkcore PRIVATE ctl/DriftCommand.cpp ctl/DriftCommand.h)
target_sources(lkcore PRIVATE ctl/HaCommand.cpp ctl/HaCommand.h)
target_sources(lkcore PRIVATE ctl/CertCommand.cpp ctl/CertCommand.h)
target_sources(lkcore PRIVATE ctl/CtlTlsOptions.cpp ctl/CtlTlsOptions.h)
