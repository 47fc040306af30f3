// libFuzzer target for JSON Lines records: no crash, no exception escapes,
// accepted records hold valid UTF-8 with non-empty text, and the fast path
// (simdjson) reads each line as the reference (nlohmann-json) does.
#include <cstddef>
#include <cstdint>
#include <string_view>

#include "ingest/decode.h"
#include "ingest/jsonl.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  if (size > (1 << 20)) return 0;
  const std::string_view line(reinterpret_cast<const char*>(data), size);
  tocsin::StatusOr<tocsin::Document> doc =
      tocsin::ParseJsonLine(line, "fuzz", 1);
  if (doc.ok() && (doc->text.empty() || !tocsin::IsValidUtf8(doc->text) ||
                   !tocsin::IsValidUtf8(doc->title))) {
    __builtin_trap();
  }
  tocsin::StatusOr<tocsin::Document> reference =
      tocsin::jsonl_internal::ParseJsonLineReference(line, "fuzz", 1);
  if (doc.ok() != reference.ok()) __builtin_trap();
  if (doc.ok()
          ? (doc->text != reference->text || doc->id != reference->id ||
             doc->title != reference->title ||
             doc->published != reference->published ||
             doc->language != reference->language ||
             doc->url != reference->url || doc->encoding != reference->encoding)
          : doc.status().message() != reference.status().message()) {
    __builtin_trap();
  }
  std::vector<tocsin::InputError> errors;
  tocsin::ParseJsonDocuments(line, "fuzz", &errors);
  return 0;
}
