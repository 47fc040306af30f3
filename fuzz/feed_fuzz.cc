// libFuzzer target for RSS/Atom parsing: no crash, and every item returned
// has valid UTF-8, non-empty text.
#include <cstddef>
#include <cstdint>
#include <string>
#include <vector>

#include "ingest/decode.h"
#include "ingest/feed.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  if (size > (1 << 20)) return 0;
  // ParseFeed requires UTF-8, as ReadInputs guarantees by decoding first.
  const tocsin::DecodedText in = tocsin::DecodeToUtf8(
      std::string_view(reinterpret_cast<const char*>(data), size));
  std::vector<tocsin::InputError> errors;
  tocsin::StatusOr<std::vector<tocsin::Document>> docs =
      tocsin::ParseFeed(in.utf8, "fuzz", &errors);
  if (!docs.ok()) return 0;
  for (const tocsin::Document& doc : *docs) {
    if (doc.text.empty() || !tocsin::IsValidUtf8(doc.text) ||
        !tocsin::IsValidUtf8(doc.title)) {
      __builtin_trap();
    }
  }
  return 0;
}
