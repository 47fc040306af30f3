#include "tocsin/text.h"

namespace tocsin {

const char* WordClassName(WordClass c) {
  switch (c) {
    case WordClass::kUnknown:
      return "X";
    case WordClass::kNoun:
      return "NOUN";
    case WordClass::kProperNoun:
      return "PROPN";
    case WordClass::kVerb:
      return "VERB";
    case WordClass::kAuxiliary:
      return "AUX";
    case WordClass::kAdjective:
      return "ADJ";
    case WordClass::kAdverb:
      return "ADV";
    case WordClass::kPronoun:
      return "PRON";
    case WordClass::kDeterminer:
      return "DET";
    case WordClass::kAdposition:
      return "ADP";
    case WordClass::kCoordConj:
      return "CCONJ";
    case WordClass::kSubordConj:
      return "SCONJ";
    case WordClass::kNumeral:
      return "NUM";
    case WordClass::kParticle:
      return "PART";
    case WordClass::kInterjection:
      return "INTJ";
    case WordClass::kPunctuation:
      return "PUNCT";
    case WordClass::kSymbol:
      return "SYM";
    case WordClass::kUrl:
      return "URL";
    case WordClass::kHandle:
      return "HANDLE";
    case WordClass::kHashtag:
      return "HASHTAG";
    case WordClass::kOther:
      return "X";
  }
  return "X";
}

void AnalyzedText::Clear() {
  language.clear();
  normalized.clear();
  norm_to_orig.clear();
  paragraphs.clear();
  sentences.clear();
  tokens.clear();
  lemmas.clear();
  form_keys.clear();
  lemma_keys.clear();
  serial = 0;
}

}  // namespace tocsin
