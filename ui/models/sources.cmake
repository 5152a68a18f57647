target_sources(lkui PRIVATE
  models/CsvExport.cpp models/CsvExport.h
  models/GraceModel.cpp models/GraceModel.h
  models/LeaseFilterProxy.cpp models/LeaseFilterProxy.h
  models/LeaseTableModel.cpp models/LeaseTableModel.h)
target_sources(lkui PRIVATE models/HistoryModel.cpp models/HistoryModel.h)
