// libFuzzer target for the compiled actor dictionary reader: any payload,
// wrapped in a valid envelope (so the checksum does not hide it), must be
// rejected with a Status or, once accepted, be safe to match with.
#include <cstddef>
#include <cstdint>
#include <string>
#include <vector>

#include "actors/actor_matcher.h"
#include "dict/actor_format.h"
#include "util/binary_format.h"

namespace {

// A fixed little text, tokenised by spaces without the front end.
const tocsin::AnalyzedText& Text(tocsin::Document* doc) {
  static tocsin::Document* d = [] {
    auto* x = new tocsin::Document();
    x->text = "Les forces armées russes et Ukrainian officials in Moscow NTV";
    x->language = "fr";
    x->published = "2022-10-01";
    return x;
  }();
  static tocsin::AnalyzedText* text = [] {
    auto* t = new tocsin::AnalyzedText();
    t->language = "fr";
    t->normalized = d->text;
    uint32_t start = 0;
    for (uint32_t i = 0; i <= d->text.size(); ++i) {
      if (i < d->text.size() && d->text[i] != ' ') continue;
      tocsin::Token token;
      token.begin = token.norm_begin = start;
      token.end = token.norm_end = i;
      token.flags = tocsin::kTokenCapitalized | tocsin::kTokenAllCaps;
      token.word_class = tocsin::WordClass::kNoun;
      t->tokens.push_back(token);
      start = i + 1;
    }
    t->sentences.push_back({0, static_cast<uint32_t>(d->text.size()), 0,
                            static_cast<uint32_t>(t->tokens.size()), 0});
    t->paragraphs.push_back({0, static_cast<uint32_t>(d->text.size()), "fr"});
    return t;
  }();
  *doc = *d;
  return *text;
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  if (size > (1 << 20)) return 0;
  std::string payload(reinterpret_cast<const char*>(data), size);
  auto matcher = tocsin::ActorMatcher::FromBinary(tocsin::EncodeBinaryFile(
      tocsin::kActorMagic, tocsin::kActorFormatVersion, payload));
  if (!matcher.ok()) return 0;
  tocsin::Document doc;
  const tocsin::AnalyzedText& text = Text(&doc);
  std::vector<tocsin::ActorMention> mentions;
  (*matcher)->Match(doc, text, &mentions);
  return 0;
}
