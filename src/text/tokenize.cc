#include "text/tokenize.h"

#include "text/scanner.h"

namespace tocsin {

TokenLanguage TokenLanguageFor(std::string_view code) {
  if (code.size() >= 2) {
    const char a = static_cast<char>(code[0] | 0x20);
    const char b = static_cast<char>(code[1] | 0x20);
    if (code.size() == 2 || code[2] == '-' || code[2] == '_') {
      if (a == 'e' && b == 'n') return TokenLanguage::kEnglish;
      if (a == 'f' && b == 'r') return TokenLanguage::kFrench;
    }
  }
  return TokenLanguage::kOther;
}

void Tokenizer::Tokenize(const TokenizerInput& input, NormSpan span,
                         TokenLanguage language, std::vector<Token>* tokens,
                         std::vector<TokenInfo>* infos) const {
  text_internal::Scanner(input, *lexicon_, language, span, tokens, infos)
      .Run(span.begin);
}

}  // namespace tocsin
