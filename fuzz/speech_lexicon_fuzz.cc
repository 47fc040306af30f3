// Fuzzes the parser of the persons/speech word lists
// (dict/<lang>/gkg_roles.txt, gkg_speech.txt): any input must parse or fail
// with a message naming a line, never crash or hang, and what parsed must
// stay within the documented limits.
#include <cstddef>
#include <cstdint>
#include <string_view>

#include "gkg/speech_lexicon.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  if (size > (1u << 20)) return 0;  // 1 MiB cap
  const std::string_view input(reinterpret_cast<const char*>(data), size);
  tocsin::SpeechLexicon lex;
  const tocsin::Status status = lex.Add(input, "fuzz");
  if (!status.ok() && status.message().find("fuzz:") != 0) __builtin_trap();
  if (lex.max_tokens() > tocsin::SpeechLexicon::kMaxPhraseTokens) {
    __builtin_trap();
  }
  if (lex.role_classes().size() > tocsin::SpeechLexicon::kMaxClasses) {
    __builtin_trap();
  }
  uint64_t keys[tocsin::SpeechLexicon::kMaxPhraseTokens] = {1, 2, 3, 4};
  (void)lex.FindPhrase(keys, 3);
  (void)lex.Find(keys[0]);
  return 0;
}
