// Fuzzes the tone word-list parsers (dict/<lang>/tone.txt, the compiled
// tone_<lang>.tsv and the VADER module the build reads): any input must
// parse or fail with a message naming a line, never crash or hang. A list
// that parses is loaded for both languages (French stems arbitrary bytes)
// and scores the input's own words.
#include <cstddef>
#include <cstdint>
#include <string_view>

#include "gkg/tone.h"
#include "gkg/tone_dict.h"

namespace {

// The input's first words as one sentence of nouns.
tocsin::AnalyzedText WordsOf(std::string_view input, bool french) {
  tocsin::AnalyzedText text;
  text.language = french ? "fr" : "en";
  text.normalized = std::string(input.substr(0, 4096));
  text.paragraphs.push_back({0, 0, text.language});
  size_t i = 0;
  while (i < text.normalized.size()) {
    const size_t end =
        std::min(text.normalized.find(' ', i), text.normalized.size());
    if (end > i) {
      tocsin::Token t;
      t.begin = t.norm_begin = static_cast<uint32_t>(i);
      t.end = t.norm_end = static_cast<uint32_t>(end);
      t.word_class = static_cast<tocsin::WordClass>(
          static_cast<unsigned char>(text.normalized[i]) % 21);
      text.tokens.push_back(t);
    }
    i = end + 1;
  }
  text.sentences.push_back(
      {0, 0, 0, static_cast<uint32_t>(text.tokens.size()), 0});
  return text;
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  if (size > (1u << 20)) return 0;  // 1 MiB cap
  const std::string_view input(reinterpret_cast<const char*>(data), size);
  auto dict = tocsin::ParseToneDict(input, "fuzz");
  if (!dict.ok() && dict.status().message().find("fuzz:") != 0) {
    __builtin_trap();
  }
  auto tsv = tocsin::ParseToneTsv(input, "fuzz");
  if (!tsv.ok() && tsv.status().message().find("fuzz:") != 0) {
    __builtin_trap();
  }
  auto vader = tocsin::ParseVaderLexiconJs(input, "fuzz");
  if (!vader.ok() && vader.status().message().find("fuzz") != 0) {
    __builtin_trap();
  }
  if (dict.ok()) {
    const std::vector<tocsin::ToneEntry> lexicon =
        tsv.ok() ? *tsv : std::vector<tocsin::ToneEntry>();
    auto scorer = tocsin::ToneScorer::Build(lexicon, *dict, lexicon, *dict);
    tocsin::Tone tone;
    std::vector<tocsin::Tone> sentences;
    for (const bool french : {false, true}) {
      scorer->Score(WordsOf(input, french), &tone, &sentences);
      if (sentences.size() != 1 || tone.word_count > size) __builtin_trap();
    }
  }
  return 0;
}
