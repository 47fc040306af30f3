#include "gkg/tone_stem.h"

#include <libstemmer.h>

#include <functional>

#include "dict/fold.h"

namespace tocsin {
namespace {

// The Snowball French stemmer of the calling thread and its memo of stem
// keys. The memo grows by doubling and is emptied when it would pass
// kMaxSlots; a small direct-mapped front keeps the most frequent words in
// the first-level cache.
class ThreadStemmer {
 public:
  ThreadStemmer()
      : stemmer_(sb_stemmer_new("french", "UTF_8")),
        front_(kFrontSlots),
        slots_(kMinSlots) {}
  ~ThreadStemmer() {
    if (stemmer_ != nullptr) sb_stemmer_delete(stemmer_);
  }
  ThreadStemmer(const ThreadStemmer&) = delete;
  ThreadStemmer& operator=(const ThreadStemmer&) = delete;

  uint64_t StemKey(std::string_view word) {
    return StemKey(std::hash<std::string_view>{}(word), word);
  }
  // `hash`: a 64-bit hash that tells the word: its bytes', or its FoldKey
  // (the stem depends only on the folded word).
  uint64_t StemKey(uint64_t hash, std::string_view word) {
    const uint64_t bytes = hash | 1;
    Slot& front = front_[(bytes >> 1) & (kFrontSlots - 1)];
    if (front.bytes != bytes) front = {bytes, Find(bytes, word)};
    return front.stem;
  }

  // The stem of `word`, valid until the next call.
  std::string_view Stem(std::string_view word) {
    folded_.clear();
    AppendFolded(word, &folded_);
    const sb_symbol* stem =
        stemmer_ == nullptr
            ? nullptr
            : sb_stemmer_stem(
                  stemmer_, reinterpret_cast<const sb_symbol*>(folded_.data()),
                  static_cast<int>(folded_.size()));
    if (stem == nullptr) return folded_;  // out of memory: unstemmed
    return std::string_view(reinterpret_cast<const char*>(stem),
                            sb_stemmer_length(stemmer_));
  }

 private:
  static constexpr size_t kFrontSlots = 512;
  static constexpr size_t kMinSlots = 4096, kMaxSlots = 1 << 18;
  struct Slot {
    uint64_t bytes = 0;  // hash of the word's bytes; 0: empty
    uint64_t stem = 0;
  };

  uint64_t Find(uint64_t bytes, std::string_view word) {
    const size_t mask = slots_.size() - 1;
    size_t i = (bytes >> 1) & mask;
    for (; slots_[i].bytes != 0; i = (i + 1) & mask) {
      if (slots_[i].bytes == bytes) return slots_[i].stem;
    }
    if ((used_ + 1) * 2 > slots_.size()) {
      Grow();
      return Find(bytes, word);
    }
    const uint64_t key = HashFolded(Stem(word));
    ++used_;
    slots_[i] = {bytes, key == 0 ? 1 : key};
    return slots_[i].stem;
  }

  void Grow() {
    std::vector<Slot> old;
    if (slots_.size() < kMaxSlots) old = std::move(slots_);
    slots_.assign(old.empty() ? kMinSlots : old.size() * 2, Slot{});
    used_ = 0;
    const size_t mask = slots_.size() - 1;
    for (const Slot& s : old) {
      if (s.bytes == 0) continue;
      size_t i = (s.bytes >> 1) & mask;
      while (slots_[i].bytes != 0) i = (i + 1) & mask;
      slots_[i] = s;
      ++used_;
    }
  }

  sb_stemmer* stemmer_;
  std::vector<Slot> front_, slots_;
  size_t used_ = 0;
  std::string folded_;
};

ThreadStemmer& Stemmer() {
  thread_local ThreadStemmer stemmer;
  return stemmer;
}

// Latin-1 letters U+00C0..U+00FF (UTF-8 C3 80..BF) folded to 0..25, -1 for
// the others (Æ, Ð, ×, Ø, Þ, ß, ...); 'ý' and 'ÿ' read as 'i'.
constexpr char kLatin1[] =
    "aaaaaa?ceeeeiiii?nooooo??uuuui??aaaaaa?ceeeeiiii?nooooo??uuuui?i";

// The letter at s[*i] folded to 0..25 ('y' read as 'i', as Snowball's
// postlude writes it), advancing *i; -1 for any other character.
int NextLetter(std::string_view s, size_t* i) {
  const unsigned char c = static_cast<unsigned char>(s[*i]);
  if (c < 0x80) {
    ++*i;
    const int lower = c | 0x20;
    if (lower < 'a' || lower > 'z') return -1;
    return lower == 'y' ? 'i' - 'a' : lower - 'a';
  }
  if (c == 0xC3 && *i + 1 < s.size()) {
    const unsigned char next = static_cast<unsigned char>(s[*i + 1]);
    *i += 2;
    if (next < 0x80 || next > 0xBF) return -1;
    const char folded = kLatin1[next - 0x80];
    return folded == '?' ? -1 : folded - 'a';
  }
  ++*i;
  return -1;
}

// The first up to four letters of `s` as codes; how many were read before
// the end or another character (which sets *other).
int LeadingLetters(std::string_view s, int codes[4], bool* other) {
  *other = false;
  int n = 0;
  for (size_t i = 0; i < s.size() && n < 4;) {
    const int code = NextLetter(s, &i);
    if (code < 0) {
      *other = true;
      break;
    }
    codes[n++] = code;
  }
  return n;
}

size_t Index2(const int* c) { return c[0] * 26 + c[1]; }
size_t Index3(const int* c) { return Index2(c) * 26 + c[2]; }
// Four letters hashed into 2^16 bits: about 1,300 stems set 2 % of them.
size_t Index4(const int* c) {
  const uint64_t code = Index3(c) * 26 + c[3];
  return (code * 0x9E3779B97F4A7C15ull) >> 48;
}

bool Test(const std::vector<uint64_t>& bits, size_t i) {
  return (bits[i >> 6] >> (i & 63)) & 1;
}
void Set(std::vector<uint64_t>* bits, size_t i) {
  (*bits)[i >> 6] |= uint64_t{1} << (i & 63);
}

}  // namespace

uint64_t FrenchStemKey(std::string_view word) {
  return Stemmer().StemKey(word);
}

uint64_t FrenchStemKeyOfFolded(uint64_t fold_key, std::string_view word) {
  return Stemmer().StemKey(fold_key, word);
}

std::string FrenchStem(std::string_view word) {
  return std::string(Stemmer().Stem(word));
}

StemPrefixFilter::StemPrefixFilter()
    : two_((26 * 26 + 63) / 64),
      three_((26 * 26 * 26 + 63) / 64),
      four_((1 << 16) / 64) {}

void StemPrefixFilter::Add(std::string_view stem) {
  int c[4];
  bool other;
  const int n = LeadingLetters(stem, c, &other);
  if (n < 2) {
    // A stem with another character among its first two is only reached
    // from words with that character there, which always may match.
    if (!other) all_ = true;
    return;
  }
  if (n == 2) {
    Set(&two_, Index2(c));
  } else if (n == 3) {
    Set(&three_, Index3(c));
  } else {
    Set(&four_, Index4(c));
  }
}

bool StemPrefixFilter::MayMatch(std::string_view word) const {
  if (all_) return true;
  int c[4];
  bool other;
  const int n = LeadingLetters(word, c, &other);
  if (n < 2 || (other && n < 4)) return true;
  if (Test(two_, Index2(c)) || (n >= 3 && Test(three_, Index3(c)))) {
    return true;
  }
  if (n < 4) return false;
  if (Test(four_, Index4(c))) return true;
  // The one rewrite inside the first four letters: "-aux" -> "-al" on
  // five-letter words ("égaux" -> "egal").
  constexpr int kA = 'a' - 'a', kU = 'u' - 'a', kL = 'l' - 'a';
  if (c[2] != kA || c[3] != kU) return false;
  const int al[4] = {c[0], c[1], kA, kL};
  return Test(four_, Index4(al));
}

}  // namespace tocsin
