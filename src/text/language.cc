#include "text/language.h"

// compact_lang_det.h uses FILE without including <cstdio>.
#include <cstdio>
// clang-format off
#include <cld2/public/compact_lang_det.h>
#include <cld2/public/encodings.h>
// clang-format on

#include <algorithm>
#include <cstring>
#if defined(__SSE2__)
#include <emmintrin.h>
#endif

#include "text/utf8.h"

namespace tocsin {
namespace {

// CLD2 cost grows with input; beyond this much text the answer is settled.
constexpr size_t kMaxDocumentBytes = 64 * 1024;
constexpr size_t kMaxParagraphBytes = 2 * 1024;
// A paragraph shorter than this keeps the document's language: CLD2 cannot
// tell anything from a few words.
constexpr size_t kMinParagraphBytes = 40;
// A runner-up language with at least this share makes a document "mixed".
constexpr int kMixedPercent = 20;
// Stopwords are counted in the first kCountedDocumentBytes of the document
// and then in the first kCountedParagraphBytes of each paragraph: a few
// dozen words settle a paragraph's language, and counting is per-byte work.
constexpr size_t kCountedDocumentBytes = 1024;
constexpr size_t kCountedParagraphBytes = 256;

// Byte → lower-cased byte inside a word, 0 between words. Non-ASCII bytes
// count as letters: the stopword lists hold a few accented words (été, à).
struct WordByteTable {
  uint8_t map[256];
  constexpr WordByteTable() : map() {
    for (int c = 'a'; c <= 'z'; ++c) map[c] = static_cast<uint8_t>(c);
    for (int c = 'A'; c <= 'Z'; ++c) map[c] = static_cast<uint8_t>(c + 32);
    for (int c = 0x80; c < 0x100; ++c) map[c] = static_cast<uint8_t>(c);
  }
};
constexpr WordByteTable kWordByte;

uint64_t PackWord(std::string_view w) {
  uint64_t key = 0;
  for (size_t i = 0; i < w.size() && i < 8; ++i) {
    key |= static_cast<uint64_t>(kWordByte.map[static_cast<uint8_t>(w[i])])
           << (8 * i);
  }
  return key;
}

size_t Slot(uint64_t key, size_t slots) {
  return static_cast<size_t>((key * 0x9E3779B97F4A7C15ull) >> 40) & (slots - 1);
}

// Cuts `text` to at most `max` bytes on a character boundary.
std::string_view Cap(std::string_view text, size_t max) {
  if (text.size() <= max) return text;
  size_t n = max;
  while (n > 0 && (static_cast<uint8_t>(text[n]) & 0xC0) == 0x80) --n;
  return text.substr(0, n);
}

std::string_view IsoCode(CLD2::Language lang) {
  if (lang == CLD2::UNKNOWN_LANGUAGE || lang == CLD2::TG_UNKNOWN_LANGUAGE) {
    return "und";
  }
  const char* code = CLD2::LanguageCode(lang);
  if (code == nullptr) return "und";
  const size_t len = std::strlen(code);
  if (len < 2 || (len > 2 && code[2] != '-')) return "und";  // ISO 639-2
  const std::string_view two(code, 2);
  if (two == "xx") return "und";
  if (two == "iw") return "he";
  if (two == "in") return "id";
  if (two == "ji") return "yi";
  if (two == "jw") return "jv";
  return two;
}

thread_local std::vector<StopwordCounts> tls_counts;

}  // namespace

std::string_view DetectLanguageCld2(std::string_view text, bool* reliable,
                                    int* second_percent) {
  CLD2::CLDHints hints = {nullptr, "", CLD2::UNKNOWN_ENCODING,
                          CLD2::UNKNOWN_LANGUAGE};
  CLD2::Language language3[3];
  int percent3[3] = {0, 0, 0};
  double scores3[3];
  int text_bytes = 0;
  int valid_prefix = 0;
  *reliable = false;
  const CLD2::Language top = CLD2::ExtDetectLanguageSummaryCheckUTF8(
      text.data(), static_cast<int>(text.size()), /*is_plain_text=*/true,
      &hints, CLD2::kCLDFlagBestEffort, language3, percent3, scores3,
      /*resultchunkvector=*/nullptr, &text_bytes, reliable, &valid_prefix);
  *second_percent = percent3[1];
  return IsoCode(top);
}

LanguageIdentifier::LanguageIdentifier(const TextLexicon& lexicon) {
  auto add = [this](const WordSet& words, uint8_t bit) {
    words.ForEach([&](std::string_view w, uint8_t) {
      if (w.empty() || w.size() > 8) return;
      const uint64_t key = PackWord(w);
      size_t slot = Slot(key, kSlots);
      while (keys_[slot] != 0 && keys_[slot] != key) {
        slot = (slot + 1) & (kSlots - 1);
      }
      keys_[slot] = key;
      values_[slot] |= bit;
      if (w.size() > max_len_) max_len_ = static_cast<unsigned>(w.size());
    });
  };
  add(lexicon.en.stopwords, 1);
  add(lexicon.fr.stopwords, 2);
}

// Hot loop: runs over the sampled bytes of every document. Words (runs of
// ASCII letters and non-ASCII bytes) are delimited eight bytes at a time.
StopwordCounts LanguageIdentifier::Count(std::string_view text) const {
  using text_internal::kSwarHigh;
  using text_internal::SwarClasses;
  using text_internal::SwarFirst;
  StopwordCounts c;
  const auto* p = reinterpret_cast<const uint8_t*>(text.data());
  const size_t n = text.size();
  auto probe = [&](uint64_t key) {
    size_t slot = Slot(key, kSlots);
    while (keys_[slot] != 0) {
      if (keys_[slot] == key) {
        c.en += values_[slot] & 1;
        c.fr += values_[slot] >> 1;
        return;
      }
      slot = (slot + 1) & (kSlots - 1);
    }
  };
  size_t i = 0;
#if defined(__SSE2__)
  // Sixteen bytes at a time: every word that starts and ends inside the
  // block is taken from the block's masks. Same words, counts and probes as
  // the loop below: words of eight or more bytes are counted, not looked up.
  while (i + 16 <= n) {
    const __m128i v = _mm_loadu_si128(reinterpret_cast<const __m128i*>(p + i));
    const __m128i upper =
        _mm_and_si128(_mm_cmpgt_epi8(v, _mm_set1_epi8('A' - 1)),
                      _mm_cmplt_epi8(v, _mm_set1_epi8('Z' + 1)));
    const __m128i lower =
        _mm_and_si128(_mm_cmpgt_epi8(v, _mm_set1_epi8('a' - 1)),
                      _mm_cmplt_epi8(v, _mm_set1_epi8('z' + 1)));
    // Letters, and bytes >= 0x80 (negative as signed bytes).
    const __m128i word = _mm_or_si128(_mm_or_si128(upper, lower),
                                      _mm_cmplt_epi8(v, _mm_setzero_si128()));
    unsigned m = static_cast<unsigned>(_mm_movemask_epi8(word));
    alignas(16) uint8_t lowered[24] = {};
    _mm_store_si128(reinterpret_cast<__m128i*>(lowered),
                    _mm_or_si128(v, _mm_and_si128(upper, _mm_set1_epi8(0x20))));
    const size_t base = i;
    i = base + 16;
    while (m != 0) {
      const unsigned start = static_cast<unsigned>(__builtin_ctz(m));
      const unsigned run = static_cast<unsigned>(__builtin_ctz(~(m >> start)));
      if (start + run == 16) {  // may go on past the block
        if (start > 0) {
          i = base + start;  // rescan from the word's start
        } else {             // sixteen letters or more: a long word
          ++c.words;
          while (i < n && kWordByte.map[p[i]] != 0) ++i;
        }
        break;
      }
      ++c.words;
      if (run < 8 && run <= max_len_) {
        uint64_t key;
        std::memcpy(&key, lowered + start, 8);
        probe(key & ((uint64_t{1} << (8 * run)) - 1));
      }
      m &= ~((2u << (start + run - 1)) - 1);  // drop the word's bits
    }
  }
#endif
  while (i + 8 <= n) {
    uint64_t w;
    std::memcpy(&w, p + i, 8);
    const SwarClasses cls(w);
    const uint64_t letters = cls.lower | cls.upper | cls.high;
    const unsigned start = SwarFirst(letters);
    if (start > 0) {  // skip separators
      i += start;
      continue;
    }
    const unsigned len = SwarFirst(~letters & kSwarHigh);
    if (len == 8) {  // a long word: skip it whole
      ++c.words;
      while (i < n && kWordByte.map[p[i]] != 0) ++i;
      continue;
    }
    ++c.words;
    if (len <= max_len_) {
      // Lower-case the ASCII capitals (0x80 flag >> 2 is 0x20), keep len
      // bytes.
      const uint64_t lowered =
          (w | (cls.upper >> 2)) & ((uint64_t{1} << (8 * len)) - 1);
      probe(lowered);
    }
    i += len;
  }
  // The last bytes, one at a time.
  uint64_t key = 0;
  unsigned len = 0;
  for (; i < n; ++i) {
    const uint8_t b = kWordByte.map[p[i]];
    if (b != 0) {
      if (len < 8) key |= static_cast<uint64_t>(b) << (8 * len);
      ++len;
    } else if (len > 0) {
      ++c.words;
      if (len <= max_len_) probe(key);
      key = 0;
      len = 0;
    }
  }
  if (len > 0) {
    ++c.words;
    if (len <= max_len_) probe(key);
  }
  return c;
}

std::string_view LanguageIdentifier::Obvious(const StopwordCounts& c) {
  // Calibrated on news: English and French text has 25-45% of its words in
  // these lists and almost none from the other list.
  if (c.words < 12) return "";
  if (c.en * 10 >= c.words && c.en >= 4 * c.fr + 2) return "en";
  if (c.fr * 10 >= c.words && c.fr >= 4 * c.en + 2) return "fr";
  return "";
}

bool LanguageIdentifier::LooksDifferent(const StopwordCounts& c,
                                        std::string_view doc_language) {
  const std::string_view obvious = Obvious(c);
  if (!obvious.empty()) return obvious != doc_language;
  const bool en_or_fr = doc_language == "en" || doc_language == "fr";
  // A long paragraph with almost no English or French function words is in
  // some third language (or is a list, which CLD2 will call unreliable).
  if (en_or_fr && c.words >= 20 && (c.en + c.fr) * 20 < c.words) return true;
  if (doc_language == "en") return c.fr >= 3 && c.fr > c.en;
  if (doc_language == "fr") return c.en >= 3 && c.en > c.fr;
  return false;
}

std::string_view LanguageIdentifier::DetectParagraph(
    std::string_view text, const StopwordCounts& counts,
    std::string_view doc_language) {
  const std::string_view obvious = Obvious(counts);
  if (!obvious.empty()) return obvious;
  if (text.size() < kMinParagraphBytes) return doc_language;
  bool reliable = false;
  int second = 0;
  const std::string_view lang =
      DetectLanguageCld2(Cap(text, kMaxParagraphBytes), &reliable, &second);
  return reliable && lang != "und" ? lang : doc_language;
}

void LanguageIdentifier::Identify(std::string_view normalized,
                                  std::span<const NormSpan> spans,
                                  std::string_view forced,
                                  std::string* doc_language,
                                  std::span<Paragraph> paragraphs) const {
  if (!forced.empty()) {
    doc_language->assign(forced);
    for (Paragraph& p : paragraphs) p.language.assign(forced);
    return;
  }
  std::vector<StopwordCounts>& counts = tls_counts;
  counts.resize(spans.size());
  StopwordCounts total;
  size_t counted = 0;
  for (size_t i = 0; i < spans.size(); ++i) {
    const std::string_view text =
        Cap(normalized.substr(spans[i].begin, spans[i].end - spans[i].begin),
            std::max(kCountedParagraphBytes,
                     kCountedDocumentBytes -
                         std::min(counted, kCountedDocumentBytes)));
    counted += text.size();
    counts[i] = Count(text);
    total.words += counts[i].words;
    total.en += counts[i].en;
    total.fr += counts[i].fr;
  }
  std::string_view doc = Obvious(total);
  bool mixed = false;
  if (doc.empty()) {
    bool reliable = false;
    int second = 0;
    doc = DetectLanguageCld2(Cap(normalized, kMaxDocumentBytes), &reliable,
                             &second);
    mixed = !reliable || second >= kMixedPercent;
  }
  doc_language->assign(doc);
  for (size_t i = 0; i < spans.size(); ++i) {
    std::string_view lang = doc;
    if (mixed || LooksDifferent(counts[i], doc)) {
      lang = DetectParagraph(
          normalized.substr(spans[i].begin, spans[i].end - spans[i].begin),
          counts[i], doc);
    }
    paragraphs[i].language.assign(lang);
  }
}

}  // namespace tocsin
