#include "dict/actor_format.h"

namespace tocsin {

uint8_t LanguageBitOf(std::string_view language) {
  if (language == "en") return kLangEn;
  if (language == "fr") return kLangFr;
  return kLangOther;
}

uint8_t TextLanguageMask(std::string_view language) {
  if (language == "en") return kLangEn;
  if (language == "fr") return kLangFr;
  return kLangEn | kLangFr | kLangOther;
}

uint8_t AliasFlagsOf(const std::vector<AliasToken>& tokens) {
  bool all_caps = !tokens.empty(), capitalized = !tokens.empty();
  bool any_letter = false;
  for (const AliasToken& t : tokens) {
    if (!t.has_letter) continue;
    any_letter = true;
    if (!(t.flags & kTokenAllCaps)) all_caps = false;
    if (!(t.flags & kTokenCapitalized)) capitalized = false;
  }
  if (!any_letter) return 0;
  // A capitalised first token is what the text must show; an alias that
  // opens with a lower-case word ("palais de l'Élysée") is unconstrained.
  if (!(tokens.front().flags & kTokenCapitalized)) capitalized = false;
  if (all_caps) return kAliasAllCaps | kAliasCapitalized;
  return capitalized ? kAliasCapitalized : 0;
}

uint64_t AliasPriority(uint8_t layer, uint8_t kind, ActorType type,
                       uint32_t entry) {
  // States and organisations before the people and places that share their
  // names ("Jordan", "Georgia"), agents last.
  static constexpr uint8_t kRank[] = {
      /*kState*/ 0,      /*kSeat*/ 3,
      /*kBloc*/ 2,       /*kSubnational*/ 10,
      /*kIgo*/ 1,        /*kNgo*/ 9,
      /*kArmedGroup*/ 5, /*kParty*/ 6,
      /*kCompany*/ 8,    /*kMedia*/ 7,
      /*kPerson*/ 4,     /*kAgent*/ 11,
  };
  uint64_t rank = static_cast<uint8_t>(type) < sizeof(kRank)
                      ? kRank[static_cast<uint8_t>(type)]
                      : 12;
  return (uint64_t{layer} << 48) | (uint64_t{kind} << 40) | (rank << 32) |
         entry;
}

}  // namespace tocsin
