// Normalisation is one forward pass. Runs of printable ASCII are copied with
// memcpy and an identity map; every other character is looked up in a small
// replacement table, and only characters that can take part in composition
// (NFC_QC != Yes or a non-zero combining class) go through ICU. When one is
// found, the segment from the last starter already written up to the next
// composition boundary is normalised by ICU and written back, all of its
// bytes mapping to the segment's first original byte.
#include "text/normalize.h"

#include <unicode/normalizer2.h>
#include <unicode/uchar.h>
#include <unicode/unistr.h>
#include <unicode/unorm2.h>

#include <algorithm>
#include <cstring>
#if defined(__SSE2__)
#include <emmintrin.h>
#endif
#include <string_view>

#include "text/utf8.h"

namespace tocsin {
namespace {

using text_internal::DecodeUtf8;

// Bytes copied as they are: printable ASCII and '\n'.
struct PlainTable {
  bool plain[256];
  constexpr PlainTable() : plain() {
    for (int c = 0x20; c < 0x7F; ++c) plain[c] = true;
    plain[static_cast<int>('\n')] = true;
  }
};
constexpr PlainTable kPlain;

// What replaces a character: `len` bytes of `text`; len == 0 removes it.
struct Replacement {
  const char* text;
  uint8_t len;
};

// Returns true and sets *r when `c` (>= 0x80) has a fixed replacement.
bool LookupReplacement(char32_t c, Replacement* r) {
  if (c >= 0x80 && c <= 0x9F) {  // C1 controls
    *r = c == 0x85 ? Replacement{"\n", 1} : Replacement{" ", 1};
    return true;
  }
  switch (c) {
    case 0x00A0:
    case 0x1680:
    case 0x2000:
    case 0x2001:
    case 0x2002:
    case 0x2003:
    case 0x2004:
    case 0x2005:
    case 0x2006:
    case 0x2007:
    case 0x2008:
    case 0x2009:
    case 0x200A:
    case 0x202F:
    case 0x205F:
    case 0x3000:
      *r = {" ", 1};
      return true;
    case 0x2028:
      *r = {"\n", 1};
      return true;
    case 0x2029:
      *r = {"\n\n", 2};
      return true;
    case 0x00AD:
    case 0x200B:
    case 0x200C:
    case 0x200D:
    case 0x2060:
    case 0x2061:
    case 0x2062:
    case 0x2063:
    case 0x2064:
    case 0xFEFF:
      *r = {"", 0};
      return true;
    case 0x2018:
    case 0x2019:
    case 0x201A:
    case 0x201B:
    case 0x02BC:
    case 0x00B4:
      *r = {"'", 1};
      return true;
    case 0x00AB:
    case 0x00BB:
    case 0x201C:
    case 0x201D:
    case 0x201E:
    case 0x201F:
    case 0x2039:
    case 0x203A:
      *r = {"\"", 1};
      return true;
    case 0x2010:
    case 0x2011:
    case 0x2012:
    case 0x2013:
    case 0x2014:
    case 0x2015:
    case 0x2212:
    case 0x2E3A:
    case 0x2E3B:
    case 0xFE58:
    case 0xFE63:
    case 0xFF0D:
      *r = {"-", 1};
      return true;
    case 0x2026:
      *r = {"...", 3};
      return true;
    case 0xFB00:
      *r = {"ff", 2};
      return true;
    case 0xFB01:
      *r = {"fi", 2};
      return true;
    case 0xFB02:
      *r = {"fl", 2};
      return true;
    case 0xFB03:
      *r = {"ffi", 3};
      return true;
    case 0xFB04:
      *r = {"ffl", 3};
      return true;
    case 0xFB05:
      *r = {"st", 2};
      return true;
    case 0xFB06:
      *r = {"st", 2};
      return true;
    default:
      return false;
  }
}

// True when `c` may change under NFC in some context, i.e. it is not a
// quick-check-Yes starter. Below U+0300 every code point is such a starter.
bool MayNeedComposition(char32_t c) {
  if (c < 0x300) return false;
  const auto uc = static_cast<UChar32>(c);
  return u_getCombiningClass(uc) != 0 ||
         u_getIntPropertyValue(uc, UCHAR_NFC_QUICK_CHECK) != UNORM_YES;
}

// Writes through raw cursors into *out and *map, which are sized ahead
// (a resize per piece of output cost more than the copying itself): every
// write reserves first, and only malformed bytes and ICU's compositions can
// make the output longer than the input consumed so far.
class Normalizer {
 public:
  Normalizer(std::string_view in, std::string* out, std::vector<uint32_t>* map)
      : in_(in), out_(out), map_(map) {}

  void Run() {
    const auto* s = reinterpret_cast<const uint8_t*>(in_.data());
    const size_t n = in_.size();
    Grow(n + 16);
    size_t i = 0;
    while (i < n) {
      const size_t j = PlainRunEnd(s, i, n);
      if (j > i) {
        Reserve(j - i);
        std::memcpy(o_ + w_, in_.data() + i, j - i);
        FillRunMap(s + i, j - i, static_cast<uint32_t>(i), m_ + w_);
        w_ += j - i;
        // The run ends with an ASCII byte or a two-byte character.
        last_starter_ = w_ - ((s[j - 1] & 0xC0) == 0x80 ? 2 : 1);
        i = j;
        if (i >= n) break;
      }
      i = s[i] < 0x80 ? AsciiControl(i) : NonAscii(i);
    }
    out_->resize(w_);
    map_->resize(w_);
    map_->push_back(static_cast<uint32_t>(n));
  }

 private:
  void Reserve(size_t bytes) {
    if (w_ + bytes > cap_) [[unlikely]] {
      Grow(std::max(w_ + bytes, 2 * cap_));
    }
  }
  void Grow(size_t cap) {
    cap_ = cap;
    out_->resize(cap_);
    map_->resize(cap_);
    o_ = out_->data();
    m_ = map_->data();
  }

  // Hot loop. The end of the run from j of bytes copied unchanged: printable
  // ASCII, '\n', and the two-byte characters U+00C0..U+027F (accented Latin
  // letters, œ), which are NFC starters with no replacement. Sixteen (or
  // eight) bytes at a time while there is no byte to look at.
  static size_t PlainRunEnd(const uint8_t* s, size_t j, size_t n) {
    for (;;) {
#if defined(__SSE2__)
      while (j + 16 <= n) {
        const unsigned k = PlainPrefix(s + j);
        j += k;
        if (k < 16) break;
      }
#else
      while (j + 8 <= n) {
        constexpr uint64_t kOnes = 0x0101010101010101ull;
        constexpr uint64_t kHigh = 0x8080808080808080ull;
        uint64_t w;
        std::memcpy(&w, s + j, 8);
        // Any byte >= 0x80, < 0x20 or == 0x7F stops the fast loop.
        const uint64_t low = (w - 0x20 * kOnes) & ~w;
        const uint64_t del =
            ((w ^ (0x7F * kOnes)) - kOnes) & ~(w ^ (0x7F * kOnes));
        if (((w | low | del) & kHigh) != 0) break;
        j += 8;
      }
#endif
      if (j >= n) return n;
      const uint8_t b = s[j];
      if (kPlain.plain[b]) {
        ++j;
      } else if (b >= 0xC3 && b <= 0xC9 && j + 1 < n &&
                 (s[j + 1] & 0xC0) == 0x80) {
        j += 2;
      } else {
        return j;
      }
    }
  }

#if defined(__SSE2__)
  // How many of the 16 bytes at p belong to the plain run: printable ASCII
  // and '\n', and two-byte characters with lead bytes C3..C9 whose
  // continuation byte is in the block. Stops at any other byte, and before
  // a lead byte on the last position (the caller looks at that one).
  static unsigned PlainPrefix(const uint8_t* p) {
    const __m128i v = _mm_loadu_si128(reinterpret_cast<const __m128i*>(p));
    const auto in_range = [v](uint8_t lo, uint8_t hi) {
      return _mm_and_si128(
          _mm_cmpeq_epi8(_mm_max_epu8(v, _mm_set1_epi8(static_cast<char>(lo))),
                         v),
          _mm_cmpeq_epi8(_mm_min_epu8(v, _mm_set1_epi8(static_cast<char>(hi))),
                         v));
    };
    const auto ascii = static_cast<unsigned>(_mm_movemask_epi8(_mm_or_si128(
        in_range(0x20, 0x7E), _mm_cmpeq_epi8(v, _mm_set1_epi8('\n')))));
    if (ascii == 0xFFFF) return 16;
    const auto lead =
        static_cast<unsigned>(_mm_movemask_epi8(in_range(0xC3, 0xC9)));
    const auto cont =
        static_cast<unsigned>(_mm_movemask_epi8(in_range(0x80, 0xBF)));
    // Not plain: other bytes, continuation bytes without their lead, lead
    // bytes without their continuation.
    const unsigned bad = (~(ascii | lead | cont) & 0xFFFF) |
                         (cont & ~(lead << 1)) | (lead & ~(cont >> 1));
    return bad == 0 ? 16u : static_cast<unsigned>(__builtin_ctz(bad));
  }
#endif

  // Each byte of a plain run maps to itself, continuation bytes to the
  // lead byte before them (one less than themselves: runs hold only one-
  // and two-byte characters).
  static void FillRunMap(const uint8_t* __restrict s, size_t count,
                         uint32_t base, uint32_t* __restrict m) {
    size_t k = 0;
#if defined(__SSE2__)
    // Eight bytes at a time: the identity, minus one where the byte is a
    // continuation byte (0xFF... is -1).
    __m128i lo = _mm_add_epi32(_mm_set1_epi32(static_cast<int>(base)),
                               _mm_setr_epi32(0, 1, 2, 3));
    __m128i hi = _mm_add_epi32(lo, _mm_set1_epi32(4));
    const __m128i eight = _mm_set1_epi32(8);
    for (; k + 8 <= count; k += 8) {
      const __m128i bytes =
          _mm_loadl_epi64(reinterpret_cast<const __m128i*>(s + k));
      const __m128i cont8 = _mm_cmpeq_epi8(
          _mm_and_si128(bytes, _mm_set1_epi8(static_cast<char>(0xC0))),
          _mm_set1_epi8(static_cast<char>(0x80)));
      const __m128i cont16 = _mm_unpacklo_epi8(cont8, cont8);
      _mm_storeu_si128(reinterpret_cast<__m128i*>(m + k),
                       _mm_add_epi32(lo, _mm_unpacklo_epi16(cont16, cont16)));
      _mm_storeu_si128(reinterpret_cast<__m128i*>(m + k + 4),
                       _mm_add_epi32(hi, _mm_unpackhi_epi16(cont16, cont16)));
      lo = _mm_add_epi32(lo, eight);
      hi = _mm_add_epi32(hi, eight);
    }
#endif
    for (; k < count; ++k) {
      m[k] = base + static_cast<uint32_t>(k) - ((s[k] & 0xC0) == 0x80);
    }
  }

  void Emit(const char* text, size_t len, size_t orig) {
    Reserve(len);
    last_starter_ = w_;
    for (size_t k = 0; k < len; ++k) {
      o_[w_] = text[k];
      m_[w_++] = static_cast<uint32_t>(orig);
    }
  }

  // Tab, CR and the other C0 controls, DEL. Returns the next input offset.
  size_t AsciiControl(size_t i) {
    const char c = in_[i];
    if (c == '\r') {
      if (i + 1 < in_.size() && in_[i + 1] == '\n') return i + 1;  // drop CR
      Emit("\n", 1, i);
    } else if (c == '\v' || c == '\f') {
      Emit("\n", 1, i);
    } else {
      Emit(" ", 1, i);
    }
    return i + 1;
  }

  size_t NonAscii(size_t i) {
    int len = 1;
    char32_t c;
    const auto* s = reinterpret_cast<const uint8_t*>(in_.data()) + i;
    const size_t avail = in_.size() - i;
    // Shortcuts for the blocks most replacements come from: U+0080..U+00BF
    // (no-break space, « ») and U+2000..U+203F (’ “ ” – — …, thin spaces),
    // none of which composes.
    if (s[0] == 0xC2 && avail >= 2 && (s[1] & 0xC0) == 0x80) {
      c = s[1];
      len = 2;
    } else if (s[0] == 0xE2 && avail >= 3 && s[1] == 0x80 &&
               (s[2] & 0xC0) == 0x80) {
      c = 0x2000 | (s[2] & 0x3F);
      len = 3;
    } else {
      c = DecodeUtf8(in_, i, &len);
    }
    if (c == text_internal::kReplacementChar && len == 1) return Malformed(i);
    Replacement r;
    if (LookupReplacement(c, &r)) {
      if (r.len > 0) {
        Emit(r.text, r.len, i);
      } else {
        // Nothing composes across a removed character; this also keeps
        // mark, removed, mark, ... sequences linear.
        last_starter_ = w_;
      }
      return i + len;
    }
    if (!MayNeedComposition(c)) {
      Emit(in_.data() + i, len, i);
      return i + len;
    }
    return Compose(i);
  }

  // A malformed sequence (a lead byte and the continuation bytes after it,
  // or stray continuation bytes) becomes one U+FFFD. Stray continuation
  // bytes map to the character before them, so no offset in the map points
  // into the middle of a byte sequence.
  size_t Malformed(size_t i) {
    const auto* s = reinterpret_cast<const uint8_t*>(in_.data());
    const bool stray = (s[i] & 0xC0) == 0x80;
    size_t end = i + 1;
    const size_t max = stray ? in_.size() : std::min(in_.size(), i + 4);
    while (end < max && (s[end] & 0xC0) == 0x80) ++end;
    const size_t orig = stray && w_ > 0 ? m_[w_ - 1] : i;
    Emit("\xEF\xBF\xBD", 3, orig);
    return end;
  }

  // Normalises the segment from the last starter written through the next
  // composition boundary in the input. Returns the next input offset.
  size_t Compose(size_t i) {
    UErrorCode status = U_ZERO_ERROR;
    const icu::Normalizer2* nfc = icu::Normalizer2::getNFCInstance(status);
    // A starter followed by hundreds of bytes of marks is garbage; bounding
    // the look-back keeps adversarial input linear.
    constexpr size_t kMaxLookBack = 128;
    size_t seg_out = last_starter_ < w_ ? last_starter_ : w_;
    if (w_ - seg_out > kMaxLookBack) seg_out = w_;
    // Marks never compose with white space; keep the space's own mapping.
    if (seg_out < w_ && (o_[seg_out] == ' ' || o_[seg_out] == '\n')) {
      ++seg_out;
    }
    const uint32_t seg_orig =
        seg_out < w_ ? m_[seg_out] : static_cast<uint32_t>(i);
    // The segment's tail: this character and every following one that has
    // no boundary before it.
    size_t end = i;
    bool first = true;
    while (end < in_.size()) {
      int len = 1;
      const char32_t c = DecodeUtf8(in_, end, &len);
      if (c == text_internal::kReplacementChar && len == 1) break;
      if (!first &&
          (c < 0x300 || (U_SUCCESS(status) && nfc->hasBoundaryBefore(c)))) {
        break;
      }
      Replacement r;
      if (!first && LookupReplacement(c, &r)) break;
      end += len;
      first = false;
    }
    if (end == i) end = i + 1;  // never stall, whatever the input
    std::string segment(o_ + seg_out, w_ - seg_out);
    segment.append(in_.data() + i, end - i);
    std::string composed;
    if (U_SUCCESS(status)) {
      icu::UnicodeString u = icu::UnicodeString::fromUTF8(segment);
      icu::UnicodeString normalized = nfc->normalize(u, status);
      if (U_SUCCESS(status)) normalized.toUTF8String(composed);
    }
    if (U_FAILURE(status) || composed.empty()) composed = segment;
    w_ = seg_out;
    Reserve(composed.size());
    std::memcpy(o_ + w_, composed.data(), composed.size());
    std::fill(m_ + w_, m_ + w_ + composed.size(), seg_orig);
    w_ += composed.size();
    last_starter_ = seg_out;
    return end;
  }

  std::string_view in_;
  std::string* out_;
  std::vector<uint32_t>* map_;
  char* o_ = nullptr;      // out_->data()
  uint32_t* m_ = nullptr;  // map_->data()
  size_t w_ = 0;           // bytes written
  size_t cap_ = 0;         // out_->size() == map_->size()
  // Output offset of the last character that a following combining mark
  // could compose with; w_ when there is none.
  size_t last_starter_ = 0;
};

}  // namespace

void Normalize(std::string_view original, std::string* normalized,
               std::vector<uint32_t>* norm_to_orig) {
  // Not cleared first: Run() resizes both (only growth is zero-filled) and
  // overwrites every byte it keeps.
  norm_to_orig->reserve(original.size() + 17);
  Normalizer(original, normalized, norm_to_orig).Run();
}

}  // namespace tocsin
