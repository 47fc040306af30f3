#include "lemma/lexicon.h"

#include <atomic>
#include <cstring>

#include "util/binary_format.h"

namespace tocsin {
namespace {

constexpr uint8_t kMaxWordClass = static_cast<uint8_t>(WordClass::kOther);

bool SpanFits(uint64_t offset, uint64_t count, uint64_t elem, uint64_t total) {
  return offset <= total && count <= (total - offset) / elem;
}

// Words are short: a byte loop beats a call to memcmp.
inline bool SameBytes(const char* a, const char* b, size_t n) {
  if (n > 24) return std::memcmp(a, b, n) == 0;
  for (size_t i = 0; i < n; ++i) {
    if (a[i] != b[i]) return false;
  }
  return true;
}

std::atomic<uint64_t> next_lexicon_id{1};

}  // namespace

Lexicon::Lexicon() : id_(next_lexicon_id.fetch_add(1)) {}

StatusOr<std::unique_ptr<Lexicon>> Lexicon::Open(const std::string& path) {
  TOCSIN_ASSIGN_OR_RETURN(std::unique_ptr<MappedFile> file,
                          MappedFile::Open(path));
  std::string_view bytes = file->data();
  TOCSIN_ASSIGN_OR_RETURN(std::unique_ptr<Lexicon> lexicon,
                          FromBytes(bytes, path));
  lexicon->file_ = std::move(file);
  return lexicon;
}

StatusOr<std::unique_ptr<Lexicon>> Lexicon::FromBytes(std::string_view file,
                                                      std::string_view what) {
  TOCSIN_ASSIGN_OR_RETURN(
      std::string_view payload,
      DecodeBinaryFile(file, kLexiconMagic, kLexiconVersion, what));
  std::unique_ptr<Lexicon> lexicon(new Lexicon());
  TOCSIN_RETURN_IF_ERROR(lexicon->Parse(payload, what));
  return lexicon;
}

// Validates every offset once, so lookups can trust the tables: a file that
// passes the checksum but was written by a buggy builder still cannot make a
// lookup read outside the mapping.
Status Lexicon::Parse(std::string_view payload, std::string_view what) {
  auto corrupt = [&](const char* problem) {
    return DataLossError(std::string(what) + ": " + problem);
  };
  if (payload.size() < sizeof(LexiconHeader)) return corrupt("no header");
  if (reinterpret_cast<uintptr_t>(payload.data()) % alignof(uint64_t) != 0) {
    return corrupt("payload misaligned");
  }
  LexiconHeader h;
  std::memcpy(&h, payload.data(), sizeof(h));
  const uint64_t total = payload.size();
  if (h.bucket_count == 0 || (h.bucket_count & (h.bucket_count - 1)) != 0 ||
      h.entry_count >= h.bucket_count) {
    return corrupt("bad bucket count");
  }
  if (!SpanFits(h.buckets_offset, h.bucket_count, sizeof(Bucket), total) ||
      !SpanFits(h.entries_offset, h.entry_count, sizeof(Entry), total) ||
      !SpanFits(h.candidates_offset, h.candidate_count, sizeof(Candidate),
                total) ||
      !SpanFits(h.strings_offset, h.strings_size, 1, total)) {
    return corrupt("table outside the file");
  }
  if (h.buckets_offset % 8 || h.entries_offset % 4 || h.candidates_offset % 4) {
    return corrupt("table misaligned");
  }
  const char* base = payload.data();
  buckets_ = reinterpret_cast<const Bucket*>(base + h.buckets_offset);
  entries_ = reinterpret_cast<const Entry*>(base + h.entries_offset);
  candidates_ = reinterpret_cast<const Candidate*>(base + h.candidates_offset);
  strings_ = base + h.strings_offset;
  strings_end_ = strings_ + h.strings_size;
  bucket_mask_ = h.bucket_count - 1;
  entry_count_ = h.entry_count;
  language_.assign(h.language, strnlen(h.language, sizeof(h.language)));
  uint32_t occupied = 0;
  for (uint32_t b = 0; b < h.bucket_count; ++b) {
    const Bucket& k = buckets_[b];
    if (k.candidate_count == 0) continue;
    ++occupied;
    if (!SpanFits(k.form_offset, k.form_length, 1, h.strings_size) ||
        k.prefix != FormPrefix({strings_ + k.form_offset, k.form_length}) ||
        !SpanFits(k.first_candidate, k.candidate_count, 1, h.candidate_count)) {
      return corrupt("bucket outside its tables");
    }
  }
  if (occupied != h.entry_count) return corrupt("bucket count mismatch");
  for (uint32_t i = 0; i < h.entry_count; ++i) {
    const Entry& e = entries_[i];
    if (!SpanFits(e.form_offset, e.form_length, 1, h.strings_size) ||
        !SpanFits(e.first_candidate, e.candidate_count, 1, h.candidate_count)) {
      return corrupt("entry outside its tables");
    }
  }
  for (uint32_t i = 0; i < h.candidate_count; ++i) {
    const Candidate& c = candidates_[i];
    if (!SpanFits(c.lemma_offset, c.lemma_length, 1, h.strings_size) ||
        c.word_class > kMaxWordClass) {
      return corrupt("candidate outside its tables");
    }
  }
  return Status::OK();
}

std::span<const Candidate> Lexicon::Find(std::string_view form) const {
  const uint32_t hash = LexiconHash(form);
  const uint64_t prefix = FormPrefix(form);
  // The builder keeps the load factor <= 1/2, so probes end quickly at an
  // empty bucket; the bound guards against a table with no empty bucket.
  for (uint32_t i = hash & bucket_mask_, n = 0; n <= bucket_mask_;
       i = (i + 1) & bucket_mask_, ++n) {
    const Bucket& b = buckets_[i];
    if (b.candidate_count == 0) break;
    if (b.hash == hash && b.form_length == form.size() && b.prefix == prefix &&
        (form.size() <= 8 || SameBytes(strings_ + b.form_offset + 8,
                                       form.data() + 8, form.size() - 8))) {
      return {candidates_ + b.first_candidate, b.candidate_count};
    }
  }
  return {};
}

}  // namespace tocsin
