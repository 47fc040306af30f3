// LinkCoreferences (declared in actors/actor_matcher.h).
#include <algorithm>
#include <numeric>

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
  for (size_t i = 0; i < mentions.size(); ++i) {
    ActorMention& m = mentions[i];
    if (m.source != MentionSource::kNameFinder || m.antecedent >= 0 ||
        m.end_token != m.first_token + 1) {
      continue;
    }
    uint64_t key = TokenKey(doc, text, m.first_token);
    for (size_t j = 0; j < i; ++j) {
      const ActorMention& a = mentions[j];
      if (a.end_token - a.first_token >= 2 && a.end_token <= m.first_token &&
          TokenKey(doc, text, a.end_token - 1) == key) {
        m.antecedent = Head(mentions, static_cast<int32_t>(j));
        break;
      }
    }
  }
}

}  // namespace

void LinkCoreferences(const Document& doc, const AnalyzedText& text,
                      std::vector<ActorMention>* mentions) {
  std::vector<ActorMention>& m = *mentions;
  std::stable_sort(
      m.begin(), m.end(), [](const ActorMention& a, const ActorMention& b) {
        return a.begin != b.begin ? a.begin < b.begin : a.end < b.end;
      });
  for (ActorMention& x : m) x.antecedent = -1;
  // Group mentions of the same entry; the first of each group is its head.
  thread_local std::vector<uint32_t> order;
  order.resize(m.size());
  std::iota(order.begin(), order.end(), 0u);
  std::stable_sort(order.begin(), order.end(), [&](uint32_t a, uint32_t b) {
    return m[a].entry_id < m[b].entry_id;
  });
  int32_t head = -1;
  for (size_t k = 0; k < order.size(); ++k) {
    ActorMention& cur = m[order[k]];
    if (k == 0 || cur.entry_id != m[order[k - 1]].entry_id) head = -1;
    if (!Links(cur)) continue;
    if (head < 0) {
      head = static_cast<int32_t>(order[k]);
    } else {
      cur.antecedent = head;
    }
  }
  LinkNameFinderSurnames(doc, text, m);
}

}  // namespace tocsin
