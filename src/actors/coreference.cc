// LinkCoreferences (declared in actors/actor_matcher.h).
#include <algorithm>
#include <functional>
#include <numeric>
#include <string_view>
#include <utility>
#include <vector>

#include "actors/actor_matcher.h"
#include "dict/fold.h"

namespace tocsin {
namespace {

bool Links(const ActorMention& m) {
  return !m.entry_id.empty() && m.source != MentionSource::kCombined &&
         m.type != "agent";
}

int32_t Head(const std::vector<ActorMention>& mentions, int32_t i) {
  return mentions[i].antecedent >= 0 ? mentions[i].antecedent : i;
}

uint64_t TokenKey(const Document& doc, const AnalyzedText& text,
                  uint32_t token) {
  if (token >= text.tokens.size()) return 0;
  return FoldKey(Surface(doc, text.tokens[token]));
}

// A one-token name-finder mention ("Muzyka") after a longer mention ending
// with the same word ("Konrad Muzyka").
void LinkNameFinderSurnames(const Document& doc, const AnalyzedText& text,
                            std::vector<ActorMention>& mentions) {
  // The last word's key of each longer mention, folded once rather than
  // once per later one-token mention.
  thread_local std::vector<uint64_t> last_word_keys;
  bool folded = false;
  for (size_t i = 0; i < mentions.size(); ++i) {
    ActorMention& m = mentions[i];
    if (m.source != MentionSource::kNameFinder || m.antecedent >= 0 ||
        m.end_token != m.first_token + 1) {
      continue;
    }
    if (!folded) {
      last_word_keys.resize(mentions.size());
      for (size_t j = 0; j < mentions.size(); ++j) {
        const ActorMention& a = mentions[j];
        last_word_keys[j] = a.end_token - a.first_token >= 2
                                ? TokenKey(doc, text, a.end_token - 1)
                                : 0;
      }
      folded = true;
    }
    uint64_t key = TokenKey(doc, text, m.first_token);
    for (size_t j = 0; j < i; ++j) {
      const ActorMention& a = mentions[j];
      if (a.end_token - a.first_token >= 2 && a.end_token <= m.first_token &&
          last_word_keys[j] == key) {
        m.antecedent = Head(mentions, static_cast<int32_t>(j));
        break;
      }
    }
  }
}

// Puts the mentions in text order, ties by end, equal ones in their
// present order (what std::stable_sort would give). The mentions are
// usually in order already; otherwise an index sort moves each mention
// out and back once, where sorting the mentions themselves moved their
// four strings at every step and allocated a buffer per call.
void SortByPosition(std::vector<ActorMention>& m) {
  auto before = [](const ActorMention& a, const ActorMention& b) {
    return a.begin != b.begin ? a.begin < b.begin : a.end < b.end;
  };
  if (std::is_sorted(m.begin(), m.end(), before)) return;
  thread_local std::vector<uint32_t> order;
  thread_local std::vector<ActorMention> sorted;
  order.resize(m.size());
  std::iota(order.begin(), order.end(), 0u);
  std::stable_sort(order.begin(), order.end(),
                   [&](uint32_t a, uint32_t b) { return before(m[a], m[b]); });
  sorted.resize(m.size());
  for (size_t k = 0; k < order.size(); ++k) sorted[k] = std::move(m[order[k]]);
  std::move(sorted.begin(), sorted.end(), m.begin());
}

}  // namespace

void LinkCoreferences(const Document& doc, const AnalyzedText& text,
                      std::vector<ActorMention>* mentions) {
  std::vector<ActorMention>& m = *mentions;
  SortByPosition(m);
  for (ActorMention& x : m) x.antecedent = -1;
  // Group mentions of the same entry; the first of each group is its head.
  // Grouped by a hash of the entry id, with the index breaking ties, so each
  // group comes out in text order; ids that share a hash but differ (never
  // seen, but possible) fall back to comparing the strings.
  thread_local std::vector<std::pair<uint64_t, uint32_t>> order;
  order.resize(m.size());
  for (uint32_t i = 0; i < m.size(); ++i) {
    order[i] = {std::hash<std::string_view>{}(m[i].entry_id), i};
  }
  std::sort(order.begin(), order.end());
  bool collision = false;
  for (size_t k = 1; k < order.size(); ++k) {
    collision = collision || (order[k].first == order[k - 1].first &&
                              m[order[k].second].entry_id !=
                                  m[order[k - 1].second].entry_id);
  }
  if (collision) {
    std::stable_sort(order.begin(), order.end(), [&](auto a, auto b) {
      return m[a.second].entry_id < m[b.second].entry_id;
    });
  }
  int32_t head = -1;
  for (size_t k = 0; k < order.size(); ++k) {
    ActorMention& cur = m[order[k].second];
    const bool new_group =
        k == 0 || (collision ? cur.entry_id != m[order[k - 1].second].entry_id
                             : order[k].first != order[k - 1].first);
    if (new_group) head = -1;
    if (!Links(cur)) continue;
    if (head < 0) {
      head = static_cast<int32_t>(order[k].second);
    } else {
      cur.antecedent = head;
    }
  }
  LinkNameFinderSurnames(doc, text, m);
}

}  // namespace tocsin
