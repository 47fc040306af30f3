// Decoding design: the common case (valid UTF-8, no stray control bytes) is
// one scan that validates 8 ASCII bytes at a time, then one copy. Everything
// else (ill-formed UTF-8, legacy charsets, controls) takes a slower path that
// rewrites the text; correctness matters more than speed there.
#include "ingest/decode.h"

#include <unicode/ucnv.h>
#include <unicode/ucnv_cb.h>
#include <unicode/ucsdet.h>
#if defined(__SSE2__)
#include <emmintrin.h>
#endif

#include <algorithm>
#include <cctype>
#include <cstring>
#include <memory>

namespace tocsin {
namespace {

constexpr char kReplacement[] = "\xEF\xBF\xBD";  // U+FFFD
constexpr uint64_t kHighBits = 0x8080808080808080ull;
// Only the start of a long text is shown to ICU's detector: it scans the
// whole buffer and its statistics settle long before 64 KiB.
constexpr size_t kDetectBytes = 64 * 1024;
// Below this confidence ICU's guess is noise; legacy en/fr text is
// windows-1252 far more often than anything ICU might guess instead.
constexpr int32_t kMinDetectConfidence = 60;

// Length of the well-formed UTF-8 sequence at p (Unicode table 3-7), or
// minus the length of its maximal ill-formed subpart, which becomes one
// U+FFFD (Unicode's recommended substitution practice). REQUIRES: n > 0.
int CheckSequence(const unsigned char* p, size_t n) {
  const unsigned char b0 = p[0];
  if (b0 < 0x80) return 1;
  int len;
  unsigned char lo = 0x80, hi = 0xBF;
  if (b0 >= 0xC2 && b0 <= 0xDF) {
    len = 2;
  } else if (b0 >= 0xE0 && b0 <= 0xEF) {
    len = 3;
    if (b0 == 0xE0) lo = 0xA0;
    if (b0 == 0xED) hi = 0x9F;  // surrogates
  } else if (b0 >= 0xF0 && b0 <= 0xF4) {
    len = 4;
    if (b0 == 0xF0) lo = 0x90;
    if (b0 == 0xF4) hi = 0x8F;  // above U+10FFFF
  } else {
    return -1;
  }
  if (n < 2 || p[1] < lo || p[1] > hi) return -1;
  for (int i = 2; i < len; ++i) {
    if (n <= static_cast<size_t>(i) || (p[i] & 0xC0) != 0x80) return -i;
  }
  return len;
}

// What happens to the well-formed sequence of `len` bytes at p:
// 0: kept; 1: becomes a space; 2: becomes U+FFFD (C0 and C1 controls).
inline int ControlAction(const unsigned char* p, int len) {
  if (len == 2) return p[0] == 0xC2 && p[1] < 0xA0 ? 2 : 0;
  if (len != 1) return 0;
  const unsigned char c = p[0];
  if (c >= 0x20 || c == '\t' || c == '\n' || c == '\r') return 0;
  return (c == '\v' || c == '\f') ? 1 : 2;
}

// High bit set in each byte of `w` that is below 0x20. Exact for the lowest
// such byte (borrows only run upwards), which is all the callers use.
inline uint64_t BytesBelow0x20(uint64_t w) {
  return (w - 0x2020202020202020ull) & ~w & kHighBits;
}

// High bit set in the lowest byte equal to 0xC2 (lead byte of U+0080-U+00BF,
// where the C1 controls live), if any.
inline uint64_t BytesEqualC2(uint64_t w) {
  const uint64_t x = w ^ 0xC2C2C2C2C2C2C2C2ull;
  return (x - 0x0101010101010101ull) & ~x & kHighBits;
}

// Offset of the first byte flagged in `mask`. REQUIRES: mask != 0.
inline size_t FirstFlagged(uint64_t mask) { return __builtin_ctzll(mask) / 8; }

struct Utf8Scan {
  size_t invalid_bytes = 0;
  size_t multibyte = 0;  // well-formed sequences of 2 to 4 bytes
  bool needs_rewrite = false;
};

#if defined(__SSE2__)
// Bit k set for each byte k of v in [lo, hi] (unsigned).
inline unsigned InRange(__m128i v, unsigned char lo, unsigned char hi) {
  const __m128i ge =
      _mm_cmpeq_epi8(_mm_max_epu8(v, _mm_set1_epi8(static_cast<char>(lo))), v);
  const __m128i le =
      _mm_cmpeq_epi8(_mm_min_epu8(v, _mm_set1_epi8(static_cast<char>(hi))), v);
  return static_cast<unsigned>(_mm_movemask_epi8(_mm_and_si128(ge, le)));
}

// True when the 16 bytes at p are well-formed UTF-8 that needs no rewrite
// and holds only whole characters of the common kinds (ASCII but C0
// controls other than tab, LF and CR; two-byte characters but C1 controls;
// three-byte characters with lead byte E2: punctuation such as ’ “ ” – …).
// Otherwise the caller looks at the bytes one character at a time.
inline bool PlainUtf8Block(const unsigned char* p) {
  const __m128i v = _mm_loadu_si128(reinterpret_cast<const __m128i*>(p));
  const unsigned ascii =
      InRange(v, 0x20, 0x7F) |
      static_cast<unsigned>(_mm_movemask_epi8(
          _mm_or_si128(_mm_or_si128(_mm_cmpeq_epi8(v, _mm_set1_epi8('\n')),
                                    _mm_cmpeq_epi8(v, _mm_set1_epi8('\r'))),
                       _mm_cmpeq_epi8(v, _mm_set1_epi8('\t')))));
  if (ascii == 0xFFFF) return true;
  // C2 leads only when the next byte is >= A0 (C2 80..9F are C1 controls).
  const __m128i next = _mm_srli_si128(v, 1);
  const unsigned c2_ok = static_cast<unsigned>(_mm_movemask_epi8(_mm_cmpeq_epi8(
                             v, _mm_set1_epi8(static_cast<char>(0xC2))))) &
                         InRange(next, 0xA0, 0xBF);
  const unsigned lead2 = InRange(v, 0xC3, 0xDF) | c2_ok;
  const unsigned lead3 = static_cast<unsigned>(_mm_movemask_epi8(
      _mm_cmpeq_epi8(v, _mm_set1_epi8(static_cast<char>(0xE2)))));
  const unsigned cont = InRange(v, 0x80, 0xBF);
  // Every continuation byte belongs to the lead before it, none is missing
  // (a sequence cut by the block's end sets a bit past bit 15).
  return (ascii | lead2 | lead3 | cont) == 0xFFFF &&
         ((lead2 << 1) | (lead3 << 1) | (lead3 << 2)) == cont;
}
#endif

// Hot loop: runs over every input byte. Blocks of plain text (see
// PlainUtf8Block, when `blocks`) and words of 8 plain ASCII bytes are
// skipped at once; otherwise the scan jumps to the first byte that needs a
// look. Skipped blocks are not counted in `multibyte`.
Utf8Scan ScanUtf8Bytes(std::string_view s, bool blocks) {
  Utf8Scan scan;
  const auto* p = reinterpret_cast<const unsigned char*>(s.data());
  const size_t n = s.size();
  size_t i = 0;
  while (i < n) {
#if defined(__SSE2__)
    if (blocks && i + 16 <= n && PlainUtf8Block(p + i)) {
      i += 16;
      continue;
    }
#else
    (void)blocks;
#endif
    if (i + 8 <= n) {
      uint64_t w;
      std::memcpy(&w, p + i, 8);
      const uint64_t mask = (w & kHighBits) | BytesBelow0x20(w);
      if (mask == 0) {
        i += 8;
        continue;
      }
      i += FirstFlagged(mask);
    }
    const int len = CheckSequence(p + i, n - i);
    if (len < 0) {
      scan.invalid_bytes += -len;
      scan.needs_rewrite = true;
      i += -len;
      continue;
    }
    if (len > 1) ++scan.multibyte;
    if (ControlAction(p + i, len) != 0) scan.needs_rewrite = true;
    i += len;
  }
  return scan;
}

// `multibyte` only matters when some bytes are invalid (DecodeToUtf8's
// "mostly UTF-8" test), which is rare: then the text is scanned again
// without skipping blocks, to count every multi-byte character.
Utf8Scan ScanUtf8(std::string_view s) {
  const Utf8Scan scan = ScanUtf8Bytes(s, /*blocks=*/true);
  return scan.invalid_bytes == 0 ? scan : ScanUtf8Bytes(s, /*blocks=*/false);
}

// Copies `s` to `out`, replacing ill-formed sequences and controls. Returns
// the number of input bytes that became U+FFFD.
uint32_t RewriteUtf8(std::string_view s, std::string* out) {
  const auto* p = reinterpret_cast<const unsigned char*>(s.data());
  const size_t n = s.size();
  out->reserve(out->size() + n + n / 8);
  uint64_t replaced = 0;
  size_t run = 0;  // start of the bytes not yet copied
  size_t i = 0;
  while (i < n) {
    const int len = CheckSequence(p + i, n - i);
    const int action = len > 0 ? ControlAction(p + i, len) : 2;
    if (action == 0) {
      i += len;
      continue;
    }
    out->append(s.data() + run, i - run);
    if (action == 1) {
      out->push_back(' ');
    } else {
      out->append(kReplacement);
      // An ill-formed subsequence counts its bytes, a control counts one.
      replaced += len < 0 ? -len : 1;
    }
    i += len < 0 ? -len : len;
    run = i;
  }
  out->append(s.data() + run, n - run);
  return static_cast<uint32_t>(std::min<uint64_t>(replaced, UINT32_MAX));
}

DecodedText FromUtf8(std::string_view bytes, const Utf8Scan& scan) {
  DecodedText out;
  out.encoding = "UTF-8";
  if (!scan.needs_rewrite) {
    out.utf8.assign(bytes);
  } else {
    out.invalid_bytes = RewriteUtf8(bytes, &out.utf8);
  }
  return out;
}

void CountingToUCallback(const void* context, UConverterToUnicodeArgs* args,
                         const char* /*code_units*/, int32_t length,
                         UConverterCallbackReason reason, UErrorCode* err) {
  if (reason > UCNV_IRREGULAR) return;  // reset, close, clone: nothing to do
  *static_cast<uint64_t*>(const_cast<void*>(context)) += length;
  *err = U_ZERO_ERROR;
  const UChar fffd = 0xFFFD;
  ucnv_cbToUWriteUChars(args, &fffd, 1, 0, err);
}

struct ConverterCloser {
  void operator()(UConverter* c) const { ucnv_close(c); }
};
using ConverterPtr = std::unique_ptr<UConverter, ConverterCloser>;

ConverterPtr OpenConverter(const std::string& name) {
  UErrorCode err = U_ZERO_ERROR;
  ConverterPtr cnv(ucnv_open(name.c_str(), &err));
  if (U_FAILURE(err)) return nullptr;
  return cnv;
}

// Converts with ICU, then applies the control-character rule. Returns false
// when ICU cannot do it (the caller falls back to windows-1252).
bool ConvertWithIcu(std::string_view bytes, const std::string& charset,
                    DecodedText* out) {
  ConverterPtr cnv = OpenConverter(charset);
  if (cnv == nullptr) return false;
  uint64_t bad = 0;
  UErrorCode err = U_ZERO_ERROR;
  ucnv_setToUCallBack(cnv.get(), CountingToUCallback, &bad, nullptr, nullptr,
                      &err);
  if (U_FAILURE(err) || bytes.size() > INT32_MAX / 4) return false;
  std::string utf8(bytes.size() * 3 + 16, '\0');
  int32_t written = ucnv_toAlgorithmic(
      UCNV_UTF8, cnv.get(), utf8.data(), static_cast<int32_t>(utf8.size()),
      bytes.data(), static_cast<int32_t>(bytes.size()), &err);
  if (err == U_BUFFER_OVERFLOW_ERROR) {  // only exotic charsets expand more
    utf8.assign(written, '\0');
    bad = 0;
    err = U_ZERO_ERROR;
    ucnv_resetToUnicode(cnv.get());
    written = ucnv_toAlgorithmic(UCNV_UTF8, cnv.get(), utf8.data(), written,
                                 bytes.data(),
                                 static_cast<int32_t>(bytes.size()), &err);
  }
  if (U_FAILURE(err)) return false;
  utf8.resize(written);
  if (ScanUtf8(utf8).needs_rewrite) {
    bad += RewriteUtf8(utf8, &out->utf8);
  } else {
    out->utf8 = std::move(utf8);
  }
  out->invalid_bytes =
      static_cast<uint32_t>(std::min<uint64_t>(bad, UINT32_MAX));
  if (out->encoding.empty()) {
    err = U_ZERO_ERROR;
    const char* iana =
        ucnv_getStandardName(ucnv_getName(cnv.get(), &err), "IANA", &err);
    out->encoding = (U_SUCCESS(err) && iana != nullptr) ? iana : charset;
  }
  return true;
}

bool HasC1Bytes(std::string_view bytes) {
  return std::any_of(bytes.begin(), bytes.end(), [](char c) {
    const auto b = static_cast<unsigned char>(c);
    return b >= 0x80 && b <= 0x9F;
  });
}

// Browsers decode ISO-8859-1 as windows-1252; bytes 0x80-0x9F are C1
// controls in the former and punctuation (’ € …) in the latter, and the
// punctuation is always what the writer meant.
DecodedText FromLatin1Family(std::string_view bytes) {
  DecodedText out;
  out.encoding = HasC1Bytes(bytes) ? "windows-1252" : "ISO-8859-1";
  ConvertWithIcu(bytes, "windows-1252", &out);
  return out;
}

enum class LabelKind { kNone, kUtf8, kLatin1, kIgnored, kOther };

LabelKind ClassifyLabel(std::string_view raw, std::string* label) {
  label->clear();
  for (char c : raw) {
    if (c == '"' || c == '\'' || std::isspace(static_cast<unsigned char>(c))) {
      continue;
    }
    label->push_back(
        static_cast<char>(std::tolower(static_cast<unsigned char>(c))));
  }
  if (label->empty() || label->size() > 40) return LabelKind::kNone;
  static constexpr std::string_view kUtf8[] = {"utf-8", "utf8",
                                               "unicode-1-1-utf-8"};
  static constexpr std::string_view kLatin1[] = {
      "iso-8859-1", "iso8859-1",   "iso_8859-1",      "latin1",
      "l1",         "us-ascii",    "ascii",           "windows-1252",
      "cp1252",     "x-cp1252",    "cp819",           "ibm819",
      "iso-ir-100", "csisolatin1", "iso_8859-1:1987", "ansi_x3.4-1968"};
  auto in = [&](const auto& list) {
    return std::find(std::begin(list), std::end(list), *label) !=
           std::end(list);
  };
  if (in(kUtf8)) return LabelKind::kUtf8;
  if (in(kLatin1)) return LabelKind::kLatin1;
  // A UTF-16 label inside an ASCII-compatible document is always wrong.
  if (label->rfind("utf-16", 0) == 0 || label->rfind("utf-32", 0) == 0) {
    return LabelKind::kIgnored;
  }
  return LabelKind::kOther;
}

DecodedText FromDetection(std::string_view bytes) {
  UErrorCode err = U_ZERO_ERROR;
  UCharsetDetector* det = ucsdet_open(&err);
  std::string name;
  int32_t confidence = 0;
  if (U_SUCCESS(err)) {
    ucsdet_setText(det, bytes.data(),
                   static_cast<int32_t>(std::min(bytes.size(), kDetectBytes)),
                   &err);
    const UCharsetMatch* match = ucsdet_detect(det, &err);
    if (U_SUCCESS(err) && match != nullptr) {
      const char* n = ucsdet_getName(match, &err);
      confidence = ucsdet_getConfidence(match, &err);
      if (U_SUCCESS(err) && n != nullptr) name = n;
    }
  }
  ucsdet_close(det);
  const bool latin1_family = name == "ISO-8859-1" || name == "windows-1252" ||
                             name == "UTF-8" || name.empty();
  if (!latin1_family && confidence >= kMinDetectConfidence) {
    DecodedText out;
    if (ConvertWithIcu(bytes, name, &out)) return out;
  }
  return FromLatin1Family(bytes);
}

// Returns the charset named by a byte-order mark and its length, if any.
std::string_view SniffBom(std::string_view b, size_t* bom_len) {
  auto starts = [&](std::string_view bom) {
    return b.substr(0, bom.size()) == bom;
  };
  using std::literals::string_view_literals::operator""sv;
  if (starts("\xEF\xBB\xBF"sv)) return *bom_len = 3, "UTF-8";
  if (starts("\xFF\xFE\x00\x00"sv)) return *bom_len = 4, "UTF-32LE";
  if (starts("\x00\x00\xFE\xFF"sv)) return *bom_len = 4, "UTF-32BE";
  if (starts("\xFF\xFE"sv)) return *bom_len = 2, "UTF-16LE";
  if (starts("\xFE\xFF"sv)) return *bom_len = 2, "UTF-16BE";
  return *bom_len = 0, "";
}

}  // namespace

bool IsValidUtf8(std::string_view bytes) {
  const auto* p = reinterpret_cast<const unsigned char*>(bytes.data());
  const size_t n = bytes.size();
  size_t i = 0;
  while (i < n) {
    if (i + 8 <= n) {
      uint64_t w;
      std::memcpy(&w, p + i, 8);
      if ((w & kHighBits) == 0) {
        i += 8;
        continue;
      }
      i += FirstFlagged(w & kHighBits);
    }
    const int len = CheckSequence(p + i, n - i);
    if (len < 0) return false;
    i += len;
  }
  return true;
}

bool HasControlChars(std::string_view utf8) {
  const auto* p = reinterpret_cast<const unsigned char*>(utf8.data());
  const size_t n = utf8.size();
  size_t i = 0;
  while (i < n) {
    if (i + 8 <= n) {
      uint64_t w;
      std::memcpy(&w, p + i, 8);
      const uint64_t mask = BytesBelow0x20(w) | BytesEqualC2(w);
      if (mask == 0) {
        i += 8;
        continue;
      }
      i += FirstFlagged(mask);
    }
    const int len = p[i] == 0xC2 && i + 1 < n ? 2 : 1;
    if (ControlAction(p + i, len) != 0) return true;
    i += len;
  }
  return false;
}

uint32_t ReplaceControlChars(std::string* utf8) {
  if (!HasControlChars(*utf8)) return 0;
  std::string out;
  const uint32_t replaced = RewriteUtf8(*utf8, &out);
  *utf8 = std::move(out);
  return replaced;
}

DecodedText DecodeToUtf8(std::string_view bytes,
                         std::string_view declared_charset) {
  size_t bom_len = 0;
  const std::string_view bom = SniffBom(bytes, &bom_len);
  if (bom == "UTF-8") {
    bytes.remove_prefix(bom_len);
    return FromUtf8(bytes, ScanUtf8(bytes));
  }
  if (!bom.empty()) {
    DecodedText out;
    out.encoding = std::string(bom);
    if (ConvertWithIcu(bytes.substr(bom_len), out.encoding, &out)) return out;
  }
  const Utf8Scan scan = ScanUtf8(bytes);
  if (scan.invalid_bytes == 0 ||
      (scan.multibyte > 0 && scan.invalid_bytes <= scan.multibyte)) {
    return FromUtf8(bytes, scan);
  }
  std::string label;
  switch (ClassifyLabel(declared_charset, &label)) {
    case LabelKind::kLatin1:
      return FromLatin1Family(bytes);
    case LabelKind::kOther: {
      DecodedText out;
      if (ConvertWithIcu(bytes, label, &out)) return out;
      break;
    }
    default:  // none, or a label that UTF-8 already disproved
      break;
  }
  return FromDetection(bytes);
}

}  // namespace tocsin
