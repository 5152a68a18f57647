# The layers of the code below the widgets (docs/architecture.md).
#
# Each layer is a static library whose include root is its own folder
# (core/<layer>, holding one folder per area). A source can include the
# headers of its own layer and of the layers below it, nothing else: an
# include the wrong way is a compile error ("No such file or directory").
#
# A layer may depend only on layers declared before it, so the dependency
# graph cannot have a cycle: lk_add_layer stops the configure otherwise.
# The layers are linked PUBLIC: the headers of a layer use the types of the
# layers below it (a store's headers speak of leases), so whoever includes
# them needs those include roots too.
#
# The folder is the list of sources: every .cpp and .h of an area folder
# belongs to its layer (CONFIGURE_DEPENDS globs again when a file is added or
# removed), except the platform files, of which only those for the target
# system are compiled: Name_win.cpp on Windows, Name_posix.cpp elsewhere, next
# to the Name.h they implement.
#
# lk_add_layer(<target> AREAS <area>... [DEPENDS <layer>...] SUMMARY <text>)
# Called from the layer's own CMakeLists.txt: the folder is the current one.
function(lk_add_layer target)
  cmake_parse_arguments(PARSE_ARGV 1 arg "" "SUMMARY" "AREAS;DEPENDS")
  get_property(declared GLOBAL PROPERTY LK_LAYERS)
  foreach(dependency IN LISTS arg_DEPENDS)
    if(NOT dependency IN_LIST declared)
      message(FATAL_ERROR
        "layer ${target} may not depend on ${dependency}: a layer depends only on layers declared "
        "before it (declared so far: ${declared}). A dependency the other way round is a cycle; "
        "move the shared code down a layer instead (docs/architecture.md).")
    endif()
  endforeach()
  add_library(${target} STATIC)
  target_include_directories(${target} PUBLIC ${CMAKE_CURRENT_SOURCE_DIR})
  target_link_libraries(${target} PUBLIC ${arg_DEPENDS} leasekeeper_options)
  if(WIN32)
    set(platform win)
  else()
    set(platform posix)
  endif()
  foreach(area IN LISTS arg_AREAS)
    set(folder ${CMAKE_CURRENT_SOURCE_DIR}/${area})
    if(NOT IS_DIRECTORY ${folder})
      message(FATAL_ERROR "layer ${target}: no folder ${folder} for area ${area}")
    endif()
    file(GLOB sources CONFIGURE_DEPENDS ${folder}/*.cpp ${folder}/*.h)
    list(FILTER sources EXCLUDE REGEX "_(posix|win)\\.cpp$")
    file(GLOB platform_sources CONFIGURE_DEPENDS ${folder}/*_${platform}.cpp)
    target_sources(${target} PRIVATE ${sources} ${platform_sources})
  endforeach()

  file(RELATIVE_PATH folder ${PROJECT_SOURCE_DIR} ${CMAKE_CURRENT_SOURCE_DIR})
  list(JOIN arg_AREAS ", " areas)
  list(TRANSFORM arg_DEPENDS PREPEND "`")
  list(TRANSFORM arg_DEPENDS APPEND "`")
  list(JOIN arg_DEPENDS ", " dependencies)
  if(dependencies STREQUAL "")
    set(dependencies "Qt only")
  endif()
  set_property(GLOBAL APPEND PROPERTY LK_LAYERS ${target})
  # A semicolon would split the row when the list is read back: stand it in.
  string(REPLACE ";" "<semicolon>" summary "${arg_SUMMARY}")
  set_property(GLOBAL APPEND PROPERTY LK_LAYER_MAP
    "| `${target}` | `${folder}/`: ${areas} | ${dependencies} | ${summary} |")
endfunction()

# docs/architecture.md shows the layer map between two markers; the configure
# fails when it no longer matches the layers the build declares, printing the
# text to paste, so the map cannot drift from the build.
function(lk_check_layer_map document)
  get_property(rows GLOBAL PROPERTY LK_LAYER_MAP)
  set(expected "| target | folder: areas | may use | what it holds |\n|---|---|---|---|\n")
  foreach(row IN LISTS rows)
    string(APPEND expected "${row}\n")
  endforeach()
  string(REPLACE "<semicolon>" ";" expected "${expected}")
  file(READ ${document} text)
  string(REGEX MATCH "<!-- layers:begin -->\n(.*)<!-- layers:end -->" block "${text}")
  if(NOT CMAKE_MATCH_1 STREQUAL expected)
    file(WRITE ${PROJECT_BINARY_DIR}/layer-map.md "${expected}")
    message(FATAL_ERROR
      "The layer map in ${document} does not match the layers the build declares. Replace the "
      "lines between <!-- layers:begin --> and <!-- layers:end --> with the content of "
      "${PROJECT_BINARY_DIR}/layer-map.md")
  endif()
endfunction()
