find_package(Qt6 6.4 REQUIRED COMPONENTS Concurrent)
target_link_libraries(lkui PRIVATE Qt6::Concurrent)
target_sources(lkui PRIVATE
  wizard/CheckList.cpp wizard/CheckList.h
  wizard/CheckedStepPage.cpp wizard/CheckedStepPage.h
  wizard/ComponentsStepPage.cpp wizard/ComponentsStepPage.h
  wizard/DatabaseStepPage.cpp wizard/DatabaseStepPage.h
  wizard/DrainStepPage.cpp wizard/DrainStepPage.h
  wizard/DrillStepPage.cpp wizard/DrillStepPage.h
  wizard/HaWizard.cpp wizard/HaWizard.h
  wizard/LoadBalancerStepPage.cpp wizard/LoadBalancerStepPage.h
  wizard/NodeUpdatePage.cpp wizard/NodeUpdatePage.h
  wizard/TlsStepPage.cpp wizard/TlsStepPage.h
  wizard/UpdateWizard.cpp wizard/UpdateWizard.h)
