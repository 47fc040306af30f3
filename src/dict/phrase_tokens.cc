#include "dict/phrase_tokens.h"

namespace tocsin {

std::vector<std::string> PhraseTokens(std::string_view phrase,
                                      bool (*cut_after)(std::string_view)) {
  std::vector<std::string> out;
  std::string word;
  auto flush = [&] {
    if (!word.empty()) out.push_back(std::move(word));
    word.clear();
  };
  for (size_t i = 0; i < phrase.size(); ++i) {
    const char c = phrase[i];
    if (c == ' ' || c == '\t') {
      flush();
      continue;
    }
    if (phrase.compare(i, 3, "\xE2\x80\x99") == 0) {
      word.push_back('\'');
      i += 2;
    } else {
      word.push_back(c);
    }
    if (word.back() == '\'' && cut_after(word)) flush();
  }
  flush();
  return out;
}

}  // namespace tocsin
