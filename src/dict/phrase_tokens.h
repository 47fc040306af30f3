// How the phrases of our word lists (cues, roles, amount and date words)
// become the tokens the text tokenizer makes of the same words, so that a
// list entry and running text meet token by token.
#ifndef TOCSIN_DICT_PHRASE_TOKENS_H_
#define TOCSIN_DICT_PHRASE_TOKENS_H_

#include <string>
#include <string_view>
#include <vector>

namespace tocsin {

// Splits `phrase` into words at blanks, writing the typographic apostrophe
// (U+2019) as ' as the text normaliser does. A word is also cut right after
// an apostrophe when cut_after(the word so far, apostrophe included): for
// French elided articles, "d'" "l'" "qu'".
std::vector<std::string> PhraseTokens(std::string_view phrase,
                                      bool (*cut_after)(std::string_view));

}  // namespace tocsin

#endif  // TOCSIN_DICT_PHRASE_TOKENS_H_
