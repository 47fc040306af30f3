// libFuzzer target for the story signature blob parser (store/story.h):
// any bytes must parse or fail with a Status, never crash; what parses must
// serialise back to the same bytes and be safe to band and compare. The
// first byte picks how the rest is used: as a blob; as the body of a blob
// behind a valid header (so the magic does not hide the deeper checks); or
// as words to sign, whose signature must round-trip.
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

#include "store/story.h"

namespace {

// `input` split on spaces, one token a word ('.' alone is punctuation).
tocsin::AnalyzedText WordsOf(std::string_view input) {
  tocsin::AnalyzedText text;
  text.language = input.size() % 2 == 0 ? "en" : "fr";
  text.normalized = std::string(input);
  size_t i = 0;
  while (i < text.normalized.size()) {
    size_t end = text.normalized.find(' ', i);
    if (end == std::string::npos) end = text.normalized.size();
    if (end > i) {
      tocsin::Token t;
      t.begin = t.norm_begin = static_cast<uint32_t>(i);
      t.end = t.norm_end = static_cast<uint32_t>(end);
      if (end - i == 1 && text.normalized[i] == '.') {
        t.word_class = tocsin::WordClass::kPunctuation;
      }
      text.tokens.push_back(t);
    }
    i = end + 1;
  }
  return text;
}

void Exercise(const tocsin::StorySignature& sig) {
  static const tocsin::StorySignature* other = [] {
    return new tocsin::StorySignature(tocsin::ComputeStorySignature(
        WordsOf("one two three four five six seven eight nine ten eleven "
                "twelve thirteen fourteen fifteen sixteen seventeen eighteen "
                "nineteen twenty twenty-one twenty-two twenty-three")));
  }();
  const size_t keys = tocsin::StoryBandKeys(sig).size();
  if (keys != 0 && keys != static_cast<size_t>(tocsin::kStoryBands)) {
    __builtin_trap();
  }
  for (const tocsin::StorySignature* o : {&sig, other}) {
    const tocsin::StoryCandidate c = tocsin::ScoreStoryCandidate(sig, *o, 1);
    if (!(c.similarity >= 0 && c.similarity <= 1) ||
        !(c.containment >= 0 && c.containment <= 1)) {
      __builtin_trap();
    }
    tocsin::ChooseStory({&c, 1}, tocsin::StoryOptions());
  }
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  if (size > (1u << 20)) return 0;  // 1 MiB cap
  if (size == 0) return 0;
  const std::string_view rest(reinterpret_cast<const char*>(data) + 1,
                              size - 1);
  std::string blob;
  switch (data[0] % 3) {
    case 0:
      blob = std::string(rest);
      break;
    case 1:
      blob = std::string("TSTY\x01", 5) + std::string(rest);
      break;
    default: {
      const tocsin::StorySignature sig =
          tocsin::ComputeStorySignature(WordsOf(rest.substr(0, 1 << 16)));
      blob = tocsin::SerializeStorySignature(sig);
      auto parsed = tocsin::ParseStorySignature(blob);
      if (!parsed.ok() || !(*parsed == sig)) __builtin_trap();
      Exercise(sig);
      return 0;
    }
  }
  auto parsed = tocsin::ParseStorySignature(blob);
  if (!parsed.ok()) {
    if (parsed.status().message().rfind("story signature: ", 0) != 0) {
      __builtin_trap();
    }
    return 0;
  }
  if (tocsin::SerializeStorySignature(*parsed) != blob) __builtin_trap();
  Exercise(*parsed);
  return 0;
}
