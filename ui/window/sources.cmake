target_sources(lkui PRIVATE
  window/ConsoleSession.cpp window/ConsoleSession.h
  window/MainWindow.cpp window/MainWindow.h
  window/Prompts.cpp window/Prompts.h)
target_sources(lkui PRIVATE window/Translations.cpp window/Translations.h)
target_link_libraries(lkui PUBLIC lktranslations)
qt_add_resources(lkui_app_icon_rcc ${PROJECT_SOURCE_DIR}/resources/leasekeeper.qrc)
target_sources(lkui PRIVATE window/AppIcon.cpp window/AppIcon.h ${lkui_app_icon_rcc})
target_sources(lkui PRIVATE window/ProfilesDialog.cpp window/ProfilesDialog.h)
