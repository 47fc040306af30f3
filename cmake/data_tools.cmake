# Helpers of the build-time data steps (cmake/<module>.cmake): a data
# compiler linked to the library, the check that installed inputs exist,
# and the target that builds a step's outputs as part of tocsin_data.

# tocsin_data_tool(<target> <source>): a compiler of data, built from one
# source file (relative to the source tree) with the library and CLI11.
function(tocsin_data_tool target source)
  add_executable(${target} ${CMAKE_SOURCE_DIR}/${source})
  target_link_libraries(${target} PRIVATE tocsin_lib CLI11::CLI11)
endfunction()

# tocsin_require_inputs(<what> <remedy> <file>...): stops the configure
# step with "<what> missing: <file>" and the remedy when a file is absent.
function(tocsin_require_inputs what remedy)
  foreach(input ${ARGN})
    if(NOT EXISTS "${input}")
      message(FATAL_ERROR "${what} missing: ${input}\n${remedy}")
    endif()
  endforeach()
endfunction()

# tocsin_data_target(<target> <output>...): a target for the outputs of a
# step, which tocsin_data (when defined) depends on.
function(tocsin_data_target target)
  add_custom_target(${target} DEPENDS ${ARGN})
  if(TARGET tocsin_data)
    add_dependencies(tocsin_data ${target})
  endif()
endfunction()
