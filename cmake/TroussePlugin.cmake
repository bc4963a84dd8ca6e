# trousse_add_plugin(NAME SOURCES... [NO_INSTALL])
# Builds one plugin as a shared library in the plugin folder of the build tree.
function(trousse_add_plugin name)
  cmake_parse_arguments(ARG "NO_INSTALL" "OUTPUT_DIR" "" ${ARGN})
  add_library(${name} MODULE ${ARG_UNPARSED_ARGUMENTS})
  target_link_libraries(${name} PRIVATE trousse_sdk)
  set(out "${TROUSSE_BUILD_PLUGIN_DIR}")
  if(ARG_OUTPUT_DIR)
    set(out "${ARG_OUTPUT_DIR}")
  endif()
  set_target_properties(${name} PROPERTIES
    PREFIX "lib" OUTPUT_NAME "trousse-${name}"
    LIBRARY_OUTPUT_DIRECTORY "${out}"
    CXX_VISIBILITY_PRESET hidden VISIBILITY_INLINES_HIDDEN ON)
  if(NOT ARG_NO_INSTALL)
    install(TARGETS ${name} LIBRARY DESTINATION "${TROUSSE_PLUGIN_SUBDIR}")
  endif()
endfunction()
