// A compiled, memory-mapped lexicon: form -> analyses (lemma, word class,
// features, prior). Built by LexiconBuilder (at build time, by
// tocsin_compile_lexicon) and read here.
#ifndef TOCSIN_LEMMA_LEXICON_H_
#define TOCSIN_LEMMA_LEXICON_H_

#include <cstdint>
#include <memory>
#include <span>
#include <string>
#include <string_view>

#include "lemma/lexicon_format.h"
#include "tocsin/status.h"
#include "tocsin/text.h"
#include "util/mapped_file.h"

namespace tocsin {

// Immutable after Open; every method is const and safe to call from many
// threads. Lookups do not allocate.
class Lexicon {
 public:
  // Maps `path` and validates it (envelope, checksum, every offset): a
  // corrupt file gives DataLoss, a missing one NotFound.
  static StatusOr<std::unique_ptr<Lexicon>> Open(const std::string& path);
  // Same checks on an image in memory. REQUIRES: `file` outlives the
  // Lexicon. `what` names the source in error messages.
  static StatusOr<std::unique_ptr<Lexicon>> FromBytes(std::string_view file,
                                                      std::string_view what);

  // The analyses of exactly `form` (case-sensitive), highest prior first;
  // empty when the form is absent.
  std::span<const Candidate> Find(std::string_view form) const;
  // A hint: starts loading the table line where Find(form) begins its
  // probe, so that several lookups' memory latencies overlap.
  void Prefetch(std::string_view form) const {
    __builtin_prefetch(&buckets_[LexiconHash(form) & bucket_mask_]);
  }

  std::string_view LemmaOf(const Candidate& c) const {
    return {strings_ + c.lemma_offset, c.lemma_length};
  }
  static WordClass ClassOf(const Candidate& c) {
    return static_cast<WordClass>(c.word_class);
  }

  std::string_view language() const { return language_; }
  // Unique among all Lexicons of the process, never reused and never 0:
  // lets per-thread caches key on the lexicon without holding it.
  uint64_t id() const { return id_; }
  // True if `s` lies inside this lexicon's string table (a LemmaOf view).
  bool OwnsString(std::string_view s) const {
    const auto p = reinterpret_cast<uintptr_t>(s.data());
    return p >= reinterpret_cast<uintptr_t>(strings_) &&
           p + s.size() <= reinterpret_cast<uintptr_t>(strings_end_);
  }
  // The start of the string table: OwnsString(s) views are
  // strings_begin() + offset, which is how caches store them compactly.
  const char* strings_begin() const { return strings_; }
  uint32_t entry_count() const { return entry_count_; }
  // Entry i's form and analyses, for tests and tools that walk the table.
  std::string_view FormAt(uint32_t i) const {
    return {strings_ + entries_[i].form_offset, entries_[i].form_length};
  }
  std::span<const Candidate> CandidatesAt(uint32_t i) const {
    return {candidates_ + entries_[i].first_candidate,
            entries_[i].candidate_count};
  }

 private:
  Lexicon();
  Status Parse(std::string_view payload, std::string_view what);

  std::unique_ptr<MappedFile> file_;
  std::string language_;
  const Bucket* buckets_ = nullptr;
  const Entry* entries_ = nullptr;
  const Candidate* candidates_ = nullptr;
  const char* strings_ = nullptr;
  const char* strings_end_ = nullptr;
  uint64_t id_;
  uint32_t bucket_mask_ = 0;
  uint32_t entry_count_ = 0;
};

}  // namespace tocsin

#endif  // TOCSIN_LEMMA_LEXICON_H_
