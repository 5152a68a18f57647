target_sources(lkcore PRIVATE
  ctl/CtlCommand.h
  ctl/CtlDispatcher.cpp ctl/CtlDispatcher.h
  ctl/CtlExit.h
  ctl/CtlParser.cpp ctl/CtlParser.h
  ctl/LicenseCommand.cpp ctl/LicenseCommand.h
  ctl/LicenseReport.cpp ctl/LicenseReport.h)
