#include "lemma/lexicon_builder.h"

#include <algorithm>
#include <cstring>
#include <unordered_map>

#include "lemma/lexicon_format.h"
#include "util/binary_format.h"

namespace tocsin {
namespace {

template <typename T>
void AppendPod(std::string& out, const T& value) {
  out.append(reinterpret_cast<const char*>(&value), sizeof(T));
}

}  // namespace

void LexiconBuilder::Add(std::string_view form, std::string_view lemma,
                         WordClass word_class, uint32_t features,
                         uint8_t prior) {
  auto it = forms_.find(form);
  if (it == forms_.end()) it = forms_.emplace(std::string(form), 0).first;
  for (Analysis& a : it->second) {
    if (a.word_class == word_class && a.lemma == lemma) {
      a.features |= features;
      a.prior = std::max(a.prior, prior);
      return;
    }
  }
  it->second.push_back({std::string(lemma), word_class, features, prior});
}

void LexiconBuilder::Remove(std::string_view form, WordClass word_class) {
  auto it = forms_.find(form);
  if (it == forms_.end()) return;
  std::erase_if(it->second,
                [&](const Analysis& a) { return a.word_class == word_class; });
  if (it->second.empty()) forms_.erase(it);
}

StatusOr<std::string> LexiconBuilder::Build() const {
  const uint32_t entry_count = static_cast<uint32_t>(forms_.size());
  uint32_t bucket_count = 16;
  while (bucket_count < 2 * entry_count + 1) bucket_count *= 2;

  std::string strings;
  std::unordered_map<std::string, uint32_t> lemma_offsets;
  std::vector<Entry> entries;
  std::vector<Candidate> candidates;
  std::vector<Bucket> buckets(bucket_count, Bucket{0, 0, 0, 0, 0, 0});
  entries.reserve(entry_count);

  for (const auto& [form, analyses] : forms_) {
    if (form.size() > 0xFFFF || analyses.size() > 0xFFFF || analyses.empty()) {
      return InvalidArgumentError("lexicon form too long or too ambiguous: " +
                                  form.substr(0, 64));
    }
    Entry e{static_cast<uint32_t>(strings.size()),
            static_cast<uint16_t>(form.size()),
            static_cast<uint16_t>(analyses.size()),
            static_cast<uint32_t>(candidates.size())};
    strings.append(form);
    std::vector<const Analysis*> sorted;
    for (const Analysis& a : analyses) sorted.push_back(&a);
    std::stable_sort(sorted.begin(), sorted.end(),
                     [](const Analysis* x, const Analysis* y) {
                       return x->prior > y->prior;
                     });
    for (const Analysis* a : sorted) {
      if (a->lemma.size() > 0xFFFF) {
        return InvalidArgumentError("lexicon lemma too long");
      }
      auto [it, inserted] = lemma_offsets.emplace(
          a->lemma, static_cast<uint32_t>(strings.size()));
      if (inserted) strings.append(a->lemma);
      candidates.push_back(Candidate{
          it->second, a->features, static_cast<uint16_t>(a->lemma.size()),
          static_cast<uint8_t>(a->word_class), a->prior});
    }
    const uint32_t hash = LexiconHash(form);
    uint32_t b = hash & (bucket_count - 1);
    while (buckets[b].candidate_count != 0) b = (b + 1) & (bucket_count - 1);
    buckets[b] = Bucket{hash,          e.form_offset,     e.first_candidate,
                        e.form_length, e.candidate_count, FormPrefix(form)};
    entries.push_back(e);
  }
  if (strings.size() > 0xFFFFFFFFu) {
    return InvalidArgumentError("lexicon strings exceed 4 GiB");
  }

  LexiconHeader h{};
  std::strncpy(h.language, language_.c_str(), sizeof(h.language) - 1);
  h.bucket_count = bucket_count;
  h.entry_count = entry_count;
  h.candidate_count = static_cast<uint32_t>(candidates.size());
  h.strings_size = static_cast<uint32_t>(strings.size());
  h.buckets_offset = sizeof(LexiconHeader);
  h.entries_offset = h.buckets_offset + buckets.size() * sizeof(Bucket);
  h.candidates_offset = h.entries_offset + entries.size() * sizeof(Entry);
  h.strings_offset =
      h.candidates_offset + candidates.size() * sizeof(Candidate);

  std::string payload;
  payload.reserve(h.strings_offset + strings.size());
  AppendPod(payload, h);
  for (const Bucket& b : buckets) AppendPod(payload, b);
  for (const Entry& e : entries) AppendPod(payload, e);
  for (const Candidate& c : candidates) AppendPod(payload, c);
  payload.append(strings);
  return EncodeBinaryFile(kLexiconMagic, kLexiconVersion, payload);
}

}  // namespace tocsin
