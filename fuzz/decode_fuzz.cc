// libFuzzer target for DecodeToUtf8: whatever the bytes and the declared
// charset, the output must be valid UTF-8 without stray control characters.
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

#include "ingest/decode.h"

namespace {

bool HasStrayControl(const std::string& s) {
  for (size_t i = 0; i < s.size(); ++i) {
    const auto c = static_cast<unsigned char>(s[i]);
    if (c < 0x20 && c != '\t' && c != '\n' && c != '\r') return true;
    if (c == 0xC2 && i + 1 < s.size() &&
        static_cast<unsigned char>(s[i + 1]) < 0xA0) {
      return true;  // C1 control
    }
  }
  return false;
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  if (size > (1 << 20)) return 0;
  std::string_view bytes(reinterpret_cast<const char*>(data), size);
  // The first byte picks a declared charset, so labels get exercised too.
  static constexpr std::string_view kLabels[] = {
      "",       "utf-8",  "iso-8859-1",  "windows-1252", "shift_jis",
      "utf-16", "koi8-r", "iso-2022-jp", "gb18030",      "no-such-charset"};
  std::string_view label;
  if (!bytes.empty()) {
    label = kLabels[static_cast<uint8_t>(bytes[0]) % std::size(kLabels)];
  }
  const tocsin::DecodedText out = tocsin::DecodeToUtf8(bytes, label);
  if (!tocsin::IsValidUtf8(out.utf8) || HasStrayControl(out.utf8)) {
    __builtin_trap();
  }
  if (tocsin::IsValidUtf8(bytes) && !HasStrayControl(std::string(bytes)) &&
      bytes.substr(0, 3) != "\xEF\xBB\xBF" && out.utf8 != bytes) {
    __builtin_trap();  // the fast path must be the identity
  }
  return 0;
}
