# Compiles the tone lexicons (gkg/tone.h) from npm packages that setup
# installs and the repository does not hold: vader-sentiment's VADER lexicon
# (a JavaScript module) and @nlpjs/lang-fr's French pattern lexicon. Writes
# tone_en.tsv and tone_fr.tsv to the build data folder. A missing input
# stops the configure step with a message that names it.
# Also links libstemmer (Debian libstemmer-dev), whose Snowball French
# stemmer keys the French lexicon as nlp.js does.

find_path(STEMMER_INCLUDE_DIR libstemmer.h REQUIRED)
find_library(STEMMER_LIB stemmer REQUIRED)
target_include_directories(tocsin_lib PUBLIC ${STEMMER_INCLUDE_DIR})
target_link_libraries(tocsin_lib PUBLIC ${STEMMER_LIB})

set(TOCSIN_VADER_JS "${TOCSIN_NPM_DIR}/vader-sentiment/src/vader_lexicon.js")
set(TOCSIN_PATTERN_FR
    "${TOCSIN_NPM_DIR}/@nlpjs/lang-fr/src/sentiment/pattern_fr.json")
tocsin_require_inputs("Tone lexicon"
  "Run scripts/setup.sh (it installs the npm packages vader-sentiment \
and @nlpjs/lang-fr into npm/), or set TOCSIN_NPM_DIR."
  ${TOCSIN_VADER_JS} ${TOCSIN_PATTERN_FR})

tocsin_data_tool(tocsin_compile_tone src/gkg/tools/compile_tone.cc)

add_custom_command(
  OUTPUT "${TOCSIN_BUILD_DATA_DIR}/tone_en.tsv"
         "${TOCSIN_BUILD_DATA_DIR}/tone_fr.tsv"
  COMMAND tocsin_compile_tone
          --vader "${TOCSIN_VADER_JS}"
          --pattern-fr "${TOCSIN_PATTERN_FR}"
          --out-en "${TOCSIN_BUILD_DATA_DIR}/tone_en.tsv"
          --out-fr "${TOCSIN_BUILD_DATA_DIR}/tone_fr.tsv"
  DEPENDS tocsin_compile_tone "${TOCSIN_VADER_JS}" "${TOCSIN_PATTERN_FR}"
  COMMENT "Compiling the tone lexicons (VADER, nlp.js pattern_fr)"
  VERBATIM)
tocsin_data_target(tocsin_tone_data
  "${TOCSIN_BUILD_DATA_DIR}/tone_en.tsv"
  "${TOCSIN_BUILD_DATA_DIR}/tone_fr.tsv")
