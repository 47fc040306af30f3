#include "dict/phrase_tokens.h"

#include <gtest/gtest.h>

namespace tocsin {
namespace {

bool Always(std::string_view) { return true; }
bool Never(std::string_view) { return false; }
bool ShortElision(std::string_view word) { return word.size() == 2; }

TEST(PhraseTokens, BlanksApostrophesAndCuts) {
  struct Case {
    const char* phrase;
    bool (*cut_after)(std::string_view);
    std::vector<std::string> want;
  } cases[] = {
      {"  north \t of ", Always, {"north", "of"}},
      {"", Always, {}},
      {"près d'", Always, {"près", "d'"}},
      {"l'armée", Always, {"l'", "armée"}},
      {"l'armée", Never, {"l'armée"}},
      {"aujourd'hui l'an", ShortElision, {"aujourd'hui", "l'", "an"}},
      // U+2019 is written ' and cuts like it.
      {"jusqu\xE2\x80\x99\xC3\xA0", Always, {"jusqu'", "\xC3\xA0"}},
      {"qu\xE2\x80\x99il", Never, {"qu'il"}},
  };
  for (const Case& c : cases) {
    EXPECT_EQ(PhraseTokens(c.phrase, c.cut_after), c.want) << c.phrase;
  }
}

}  // namespace
}  // namespace tocsin
