#include "actors/actor_matcher.h"

#include <algorithm>
#include <bit>
#include <cstring>
#include <limits>

#include "actors/combine.h"
#include "dict/fold.h"
#include "text/token_keys.h"
#include "util/binary_format.h"

namespace tocsin {
namespace {

// Per-thread scratch, reused across documents and matchers.
struct MatchScratch {
  std::vector<uint64_t> keys;  // kKeysPerToken per token
  std::vector<uint32_t> frontier, next;
  std::vector<DictMatch> matches;
  CombineScratch combine;
};

MatchScratch& Scratch() {
  thread_local MatchScratch scratch;
  return scratch;
}

void ComputeKeys(const AnalyzedText& text, std::vector<uint64_t>* keys) {
  keys->resize(text.tokens.size() * kKeysPerToken);
  uint64_t* k = keys->data();
  for (uint32_t i = 0; i < text.tokens.size(); ++i) {
    k[0] = k[1] = k[2] = FormKey(text, i);
    if (LemmaMatches(text.tokens[i].word_class)) {
      k[1] = LemmaKey(text, i);
      k[2] = LemmaEdgeKey(k[1]);
    }
    k += kKeysPerToken;
  }
}

template <typename T>
bool Section(std::string_view payload, uint64_t offset, uint64_t count,
             const T** out) {
  if (offset % alignof(T) != 0 || offset > payload.size() ||
      count > (payload.size() - offset) / sizeof(T)) {
    return false;
  }
  *out = reinterpret_cast<const T*>(payload.data() + offset);
  return true;
}

}  // namespace

const char* MentionSourceName(MentionSource source) {
  switch (source) {
    case MentionSource::kDictionary:
      return "dictionary";
    case MentionSource::kCombined:
      return "combined";
    case MentionSource::kNameFinder:
      return "name_finder";
    case MentionSource::kCoreference:
      return "coreference";
  }
  return "unknown";
}

DateNumber DocumentDate(std::string_view published) {
  return published.size() < 10 ? 0 : ParseIsoDate(published.substr(0, 10));
}

std::string_view SentenceLanguage(const AnalyzedText& text, uint32_t sentence) {
  if (sentence < text.sentences.size()) {
    uint32_t p = text.sentences[sentence].paragraph;
    if (p < text.paragraphs.size()) {
      const std::string& own = text.paragraphs[p].language;
      if (!own.empty() && own != "und") return own;
    }
  }
  return text.language;
}

ActorMatcher::~ActorMatcher() = default;

StatusOr<std::unique_ptr<ActorMatcher>> ActorMatcher::Open(
    const std::string& path) {
  TOCSIN_ASSIGN_OR_RETURN(std::unique_ptr<MappedFile> file,
                          MappedFile::Open(path));
  std::unique_ptr<ActorMatcher> m(new ActorMatcher());
  TOCSIN_ASSIGN_OR_RETURN(
      std::string_view payload,
      DecodeBinaryFile(file->data(), kActorMagic, kActorFormatVersion, path));
  m->file_ = std::move(file);
  TOCSIN_RETURN_IF_ERROR(m->Parse(payload, path));
  return m;
}

StatusOr<std::unique_ptr<ActorMatcher>> ActorMatcher::FromBinary(
    std::string binary) {
  std::unique_ptr<ActorMatcher> m(new ActorMatcher());
  m->owned_ = std::move(binary);
  TOCSIN_ASSIGN_OR_RETURN(
      std::string_view payload,
      DecodeBinaryFile(m->owned_, kActorMagic, kActorFormatVersion,
                       "actor dictionary"));
  TOCSIN_RETURN_IF_ERROR(m->Parse(payload, "actor dictionary"));
  return m;
}

// Checks every offset and index once, so matching needs no bounds checks.
Status ActorMatcher::Parse(std::string_view payload, std::string_view what) {
  auto corrupt = [&](const char* why) {
    return DataLossError(std::string(what) + ": " + why);
  };
  if (payload.size() < sizeof(ActorFileHeader))
    return corrupt("truncated header");
  std::memcpy(&header_, payload.data(), sizeof(header_));
  const ActorFileHeader& h = header_;
  if (h.slot_count == 0 || (h.slot_count & (h.slot_count - 1)) != 0 ||
      h.node_count == 0) {
    return corrupt("bad trie sizes");
  }
  const char* strings = nullptr;
  if (!Section(payload, h.slots_offset, h.slot_count, &slots_) ||
      !Section(payload, h.nodes_offset, h.node_count, &nodes_) ||
      !Section(payload, h.terminals_offset, h.terminal_count, &terminals_) ||
      !Section(payload, h.entries_offset, h.entry_count, &entries_) ||
      !Section(payload, h.codes_offset, h.code_count, &codes_) ||
      !Section(payload, h.strings_offset, h.strings_size, &strings)) {
    return corrupt("section out of bounds");
  }
  strings_ = strings;
  auto string_ok = [&](StringRef r) {
    return r.offset <= h.strings_size && r.length <= h.strings_size - r.offset;
  };
  uint32_t empty = 0;
  root_filter_.assign(kRootFilterBits / 64, 0);
  has_children_.assign((h.node_count + 63) / 64, 0);
  const int filter_log2 = std::clamp(
      static_cast<int>(std::bit_width(uint64_t{h.node_count} * 16 - 1)), 16,
      26);
  edge_filter_.assign((uint64_t{1} << filter_log2) / 64, 0);
  edge_filter_shift_ = 64 - filter_log2;
  for (uint32_t i = 0; i < h.slot_count; ++i) {
    const TrieSlot& slot = slots_[i];
    if (slot.child == 0) {
      ++empty;
      continue;
    }
    if (slot.child >= h.node_count || slot.parent >= h.node_count) {
      return corrupt("trie slot out of range");
    }
    has_children_[slot.parent / 64] |= uint64_t{1} << (slot.parent % 64);
    const uint64_t edge = SlotHash(slot.parent, slot.key) >> edge_filter_shift_;
    edge_filter_[edge / 64] |= uint64_t{1} << (edge % 64);
    if (slot.parent == 0) {
      uint64_t bit = slot.key & kRootFilterMask;
      root_filter_[bit / 64] |= uint64_t{1} << (bit % 64);
    }
  }
  if (empty == 0) return corrupt("trie table full");
  for (uint32_t i = 0; i < h.node_count; ++i) {
    if (nodes_[i].first_terminal > h.terminal_count ||
        nodes_[i].terminal_count >
            h.terminal_count - nodes_[i].first_terminal) {
      return corrupt("trie node out of range");
    }
  }
  for (uint32_t i = 0; i < h.terminal_count; ++i) {
    if (terminals_[i].entry >= h.entry_count)
      return corrupt("alias entry out of range");
  }
  for (uint32_t i = 0; i < h.entry_count; ++i) {
    const EntryRecord& e = entries_[i];
    if (!string_ok(e.id) || !string_ok(e.country) ||
        e.type > static_cast<uint8_t>(ActorType::kAgent) ||
        e.first_code > h.code_count ||
        e.code_count > h.code_count - e.first_code) {
      return corrupt("entry out of range");
    }
  }
  for (uint32_t i = 0; i < h.code_count; ++i) {
    const CodeRecord& c = codes_[i];
    if (!string_ok(c.code) || !string_ok(c.role_en) || !string_ok(c.role_fr)) {
      return corrupt("code out of range");
    }
  }
  return Status::OK();
}

ActorEntryView ActorMatcher::entry(uint32_t i) const {
  const EntryRecord& e = entries_[i];
  return {String(e.id), String(e.country), static_cast<ActorType>(e.type),
          std::span<const CodeRecord>(codes_ + e.first_code, e.code_count)};
}

const CodeRecord* ActorMatcher::CodeFor(uint32_t entry, DateNumber date) const {
  const EntryRecord& e = entries_[entry];
  const CodeRecord* fallback = nullptr;
  for (uint32_t i = e.first_code; i < e.first_code + e.code_count; ++i) {
    const CodeRecord& c = codes_[i];
    bool dated = c.from != 0 || c.to != 0;
    if (!dated) {
      if (fallback == nullptr) fallback = &c;
      continue;
    }
    if (date != 0 && (c.from == 0 || c.from <= date) &&
        (c.to == 0 || date <= c.to)) {
      return &c;
    }
    // An undated document (a text file, a feed item with no date) is most
    // likely current news: a role still held wins over the undated line.
    if (date == 0 && c.to == 0) return &c;
  }
  return fallback;
}

uint32_t ActorMatcher::Child(uint32_t node, uint64_t key) const {
  if (node == 0) {
    uint64_t bit = key & kRootFilterMask;
    if (!(root_filter_[bit / 64] >> (bit % 64) & 1)) return 0;
  } else if (!(has_children_[node / 64] >> (node % 64) & 1)) {
    return 0;
  }
  const uint64_t hash = SlotHash(node, key);
  const uint64_t edge = hash >> edge_filter_shift_;
  if (!(edge_filter_[edge / 64] >> (edge % 64) & 1)) return 0;
  const uint32_t mask = header_.slot_count - 1;
  for (uint32_t i = hash & mask;; i = (i + 1) & mask) {
    const TrieSlot& s = slots_[i];
    if (s.child == 0) return 0;
    if (s.key == key && s.parent == node) return s.child;
  }
}

// Both run at every token of the hot loop below: inlined there, as the loop
// was written before SkipCountryAdjective shared them.
[[gnu::always_inline]] inline void ActorMatcher::StepFrontier(
    const std::vector<uint32_t>& from, const uint64_t* token_keys,
    std::vector<uint32_t>* to) const {
  to->clear();
  for (uint32_t node : from) {
    for (int k = 0; k < kKeysPerToken; ++k) {
      if (k > 0 && (token_keys[k] == token_keys[0] ||
                    token_keys[k] == token_keys[k - 1])) {
        continue;
      }
      const uint32_t child = Child(node, token_keys[k]);
      if (child != 0 && std::find(to->begin(), to->end(), child) == to->end()) {
        to->push_back(child);
      }
    }
  }
}

bool ActorMatcher::ReachedByForms(uint32_t node, const Walk& walk,
                                  uint32_t end) const {
  uint32_t at = 0;
  for (uint32_t j = walk.first; j < end; ++j) {
    if (j == walk.skipped) continue;
    at = Child(at, walk.keys[kKeysPerToken * j]);
    if (at == 0) return false;
  }
  return at == node;
}

[[gnu::always_inline]] inline void ActorMatcher::TakeBestAlias(
    const std::vector<uint32_t>& frontier, uint32_t end, uint8_t languages,
    uint8_t first_flags, bool all_caps, const Walk& walk,
    BestAlias* best) const {
  for (uint32_t node : frontier) {
    const TrieNode& n = nodes_[node];
    for (uint32_t t = n.first_terminal; t < n.first_terminal + n.terminal_count;
         ++t) {
      const Terminal& term = terminals_[t];
      if (!(term.languages & languages) ||
          !CaseAllows(term.flags, first_flags, all_caps)) {
        continue;
      }
      // Rare (PETRARCH's "{}" agents), so checked only here, off the walk.
      if ((term.flags & kAliasExactForms) && !ReachedByForms(node, walk, end)) {
        continue;
      }
      const EntryRecord& e = entries_[term.entry];
      const uint64_t priority = AliasPriority(
          e.layer, term.kind, static_cast<ActorType>(e.type), term.entry);
      if (end > best->end || priority < best->priority) {
        *best = {end, term.entry, term.kind, priority};
      }
      break;  // terminals are sorted best first
    }
  }
}

// "le ministère russe de la Défense", "le ministère iranien de
// l'Intérieur": French puts the country adjective between the head noun of an
// institution's name and the rest of it. When the head alone matched and
// a lower-case country adjective follows, the name read without the
// adjective, if longer, gives the head its entry (the defence ministry,
// not any ministry); the adjective stays a match of its own, to give the
// country. Runs only at such a head, so off the hot path; it reuses the
// matcher's frontier scratch, free once the head's match is known.
void ActorMatcher::SkipCountryAdjective(const AnalyzedText& text,
                                        const uint64_t* keys, uint32_t head,
                                        uint32_t end, uint8_t languages,
                                        BestAlias* best) const {
  const uint32_t adjective = head + 1;
  if (adjective + 1 >= end) return;
  if (text.tokens[adjective].flags & kTokenCapitalized) return;
  bool country = false;
  const uint64_t* adjective_keys = keys + kKeysPerToken * adjective;
  for (int k = 0; k < kKeysPerToken && !country; ++k) {
    const uint32_t node = Child(0, adjective_keys[k]);
    if (node == 0) continue;
    const TrieNode& n = nodes_[node];
    for (uint32_t t = n.first_terminal;
         t < n.first_terminal + n.terminal_count && !country; ++t) {
      country = terminals_[t].kind == kAliasAdjective &&
                (terminals_[t].languages & languages);
    }
  }
  if (!country) return;
  MatchScratch& scratch = Scratch();
  scratch.frontier.assign(1, 0);
  StepFrontier(scratch.frontier, keys + kKeysPerToken * head, &scratch.next);
  scratch.frontier.swap(scratch.next);
  // Only a longer name replaces the head's own match.
  BestAlias longer;
  const uint8_t head_flags = text.tokens[head].flags;
  for (uint32_t j = adjective + 1; j < end && !scratch.frontier.empty(); ++j) {
    StepFrontier(scratch.frontier, keys + kKeysPerToken * j, &scratch.next);
    scratch.frontier.swap(scratch.next);
    TakeBestAlias(scratch.frontier, j + 1, languages, head_flags, false,
                  Walk{keys, head, adjective}, &longer);
  }
  if (longer.end != 0) {
    best->entry = longer.entry;
    best->kind = longer.kind;
  }
}

// Hot loop: runs at every token. The frontier holds the trie nodes reached
// by the tokens since `first` (several when a token's form and lemma lead
// different ways); it is almost always empty after the first token.
void ActorMatcher::MatchSentence(const AnalyzedText& text, uint32_t sentence,
                                 const uint64_t* keys,
                                 std::vector<DictMatch>* out) const {
  MatchScratch& scratch = Scratch();
  const Sentence& s = text.sentences[sentence];
  const std::string_view language = SentenceLanguage(text, sentence);
  const uint8_t languages = TextLanguageMask(language);
  const uint32_t end = std::min<uint32_t>(s.end_token, text.tokens.size());
  const bool french = language == "fr";
  for (uint32_t first = s.first_token; first < end;) {
    BestAlias best;
    scratch.frontier.assign(1, 0);
    bool all_caps = true;
    const uint8_t first_flags = text.tokens[first].flags;
    for (uint32_t j = first; j < end && !scratch.frontier.empty(); ++j) {
      all_caps = all_caps && (text.tokens[j].flags & kTokenAllCaps);
      StepFrontier(scratch.frontier, keys + kKeysPerToken * j, &scratch.next);
      scratch.frontier.swap(scratch.next);
      TakeBestAlias(scratch.frontier, j + 1, languages, first_flags, all_caps,
                    Walk{keys, first}, &best);
    }
    if (best.end == 0) {
      ++first;
      continue;
    }
    if (french && best.end == first + 1) {
      SkipCountryAdjective(text, keys, first, end, languages, &best);
    }
    out->push_back({first, best.end, sentence, best.entry, best.kind});
    first = best.end;
  }
}

void ActorMatcher::FindDictionaryMatches(const AnalyzedText& text,
                                         std::vector<DictMatch>* out) const {
  out->clear();
  MatchScratch& scratch = Scratch();
  ComputeKeys(text, &scratch.keys);
  for (uint32_t s = 0; s < text.sentences.size(); ++s) {
    MatchSentence(text, s, scratch.keys.data(), out);
  }
}

void ActorMatcher::Match(const Document& doc, const AnalyzedText& text,
                         std::vector<ActorMention>* out,
                         std::vector<ActorMention>* modifiers) const {
  MatchScratch& scratch = Scratch();
  ComputeKeys(text, &scratch.keys);
  scratch.matches.clear();
  for (uint32_t s = 0; s < text.sentences.size(); ++s) {
    MatchSentence(text, s, scratch.keys.data(), &scratch.matches);
  }
  out->clear();
  if (modifiers != nullptr) modifiers->clear();
  MentionContext context{*this, doc, text, scratch.keys,
                         DocumentDate(doc.published)};
  BuildMentions(context, scratch.matches, &scratch.combine, out, modifiers);
  AddSurnameMentions(context, &scratch.combine, out);
  LinkCoreferences(doc, text, out);
}

}  // namespace tocsin
