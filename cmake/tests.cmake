# Unit tests sit next to the code they test (src/<module>/*_test.cc); each
# module gets one test binary. tests/ holds cross-module and CLI tests.
find_package(GTest REQUIRED)
include(GoogleTest)

set(TOCSIN_TEST_DIRS)
file(GLOB TOCSIN_MODULE_DIRS LIST_DIRECTORIES true ${CMAKE_SOURCE_DIR}/src/*)
list(APPEND TOCSIN_MODULE_DIRS ${CMAKE_SOURCE_DIR}/tests)
foreach(dir ${TOCSIN_MODULE_DIRS})
  if(NOT IS_DIRECTORY ${dir})
    continue()
  endif()
  file(GLOB test_sources CONFIGURE_DEPENDS ${dir}/*_test.cc)
  if(NOT test_sources)
    continue()
  endif()
  get_filename_component(module ${dir} NAME)
  set(target ${module}_test)
  add_executable(${target} ${test_sources})
  target_link_libraries(${target} PRIVATE tocsin_lib GTest::gtest GTest::gmock
                        GTest::gtest_main)
  target_compile_definitions(${target} PRIVATE
    TOCSIN_SHARED_DIR="${TOCSIN_SHARED_DIR}"
    TOCSIN_SOURCE_DIR="${CMAKE_SOURCE_DIR}"
    TOCSIN_CLI_PATH="$<TARGET_FILE:tocsin>")
  if(TARGET tocsin_data)
    add_dependencies(${target} tocsin_data)
  endif()
  add_dependencies(${target} tocsin)
  # "<module>." prefixes each test name so `ctest -R store` selects a module.
  gtest_discover_tests(${target} DISCOVERY_TIMEOUT 60 TEST_PREFIX "${module}."
    PROPERTIES ENVIRONMENT "TOCSIN_DATA_DIR=${TOCSIN_BUILD_DATA_DIR}")
endforeach()
