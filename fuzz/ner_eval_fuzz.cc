// Fuzzes the NER gold readers (BIO and HIPE TSV) and the place-name image
// parser: any input must give documents or a clean error, never a crash,
// hang or leak; every gold span must lie inside its document's text.
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

#include "actors/ner_eval.h"
#include "actors/place_names.h"

namespace {

void CheckDocuments(
    const tocsin::StatusOr<std::vector<tocsin::NerDocument>>& docs) {
  if (!docs.ok()) return;
  for (const tocsin::NerDocument& doc : *docs) {
    for (const tocsin::NerSpan& span : doc.gold) {
      if (span.begin >= span.end || span.end > doc.text.size())
        __builtin_trap();
    }
  }
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  if (size > (1u << 20)) return 0;  // 1 MiB cap
  const std::string_view input(reinterpret_cast<const char*>(data), size);
  tocsin::NerReadOptions options;
  options.max_document_tokens = 1 + (size % 50);
  options.sentences_per_document = 1 + (size % 3);
  CheckDocuments(tocsin::ReadBio(input, "fuzz", options));
  CheckDocuments(tocsin::ReadHipe(input, "fuzz"));
  auto places = tocsin::PlaceNames::FromBinary(std::string(input));
  if (places.ok()) (void)(*places)->Find(size);
  std::vector<std::string> catalogues = {std::string(input)};
  (void)tocsin::ParseIsoSubdivisions(R"({"3166-2": [{"name": "Ticino"}]})",
                                     catalogues);
  return 0;
}
