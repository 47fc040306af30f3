# Compiles the actor dictionaries (dict/actors/*.txt) into
# ${TOCSIN_BUILD_DATA_DIR}/actors.bin. Aliases are read with the runtime
# front end, so this step needs the lexicons (cmake/lexicon.cmake) first;
# country names come from the Debian packages iso-codes and unicode-cldr-core
# when installed (the compiler warns and goes on without them).

tocsin_data_tool(tocsin_compile_actors src/dict/tools/compile_actors.cc)

file(GLOB TOCSIN_ACTOR_DICTS CONFIGURE_DEPENDS
  ${CMAKE_SOURCE_DIR}/dict/actors/*.txt)
set(TOCSIN_ACTOR_REFERENCE_DATA)
foreach(file /usr/share/iso-codes/json/iso_3166-1.json
             /usr/share/unicode/cldr/common/main/fr.xml)
  if(EXISTS ${file})
    list(APPEND TOCSIN_ACTOR_REFERENCE_DATA ${file})
  endif()
endforeach()

add_custom_command(
  OUTPUT "${TOCSIN_BUILD_DATA_DIR}/actors.bin"
  COMMAND tocsin_compile_actors
          --dict "${CMAKE_SOURCE_DIR}/dict/actors"
          --data-dir "${TOCSIN_BUILD_DATA_DIR}"
          --dict-dir "${CMAKE_SOURCE_DIR}/dict"
          --out "${TOCSIN_BUILD_DATA_DIR}/actors.bin"
  DEPENDS tocsin_compile_actors ${TOCSIN_ACTOR_DICTS}
          ${TOCSIN_ACTOR_REFERENCE_DATA}
          "${TOCSIN_BUILD_DATA_DIR}/lexicon-fr.bin"
          "${TOCSIN_BUILD_DATA_DIR}/lexicon-en.bin"
  COMMENT "Compiling the actor dictionaries"
  VERBATIM)
tocsin_data_target(tocsin_actor_data "${TOCSIN_BUILD_DATA_DIR}/actors.bin")
