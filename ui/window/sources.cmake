target_sources(lkui PRIVATE
  window/ConsoleSession.cpp window/ConsoleSession.h
  window/MainWindow.cpp window/MainWindow.h
  window/Prompts.cpp window/Prompts.h)
