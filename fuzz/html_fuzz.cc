// libFuzzer target for the HTML extractor: no crash, no hang, and any text
// it returns is valid UTF-8.
#include <cstddef>
#include <cstdint>
#include <string>

#include "ingest/decode.h"
#include "ingest/html.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  if (size > (1 << 20)) return 0;
  // ParseHtml requires UTF-8, as ReadInputs guarantees by decoding first.
  const tocsin::DecodedText in = tocsin::DecodeToUtf8(
      std::string_view(reinterpret_cast<const char*>(data), size));
  tocsin::StatusOr<tocsin::Document> doc = tocsin::ParseHtml(in.utf8, "fuzz");
  if (doc.ok() && (!tocsin::IsValidUtf8(doc->text) ||
                   !tocsin::IsValidUtf8(doc->title) || doc->text.empty())) {
    __builtin_trap();
  }
  const std::string fragment = tocsin::HtmlFragmentToText(in.utf8);
  if (!tocsin::IsValidUtf8(fragment)) __builtin_trap();
  return 0;
}
