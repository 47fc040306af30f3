// The linker in four passes over one document: (1) actor mentions that
// name persons or organisations become candidates, each with the token
// where its name starts; (2) candidates merge (union-find) on dictionary
// entry, antecedent, folded name, and surname; (3) each group becomes an
// Entity with its canonical name, code and roles; (4) descriptions ("the
// analyst") join the most recent compatible entity.
#include "gkg/entities.h"

#include <algorithm>
#include <numeric>
#include <span>
#include <unordered_map>
#include <utility>

#include "dict/fold.h"
#include "gkg/entity_links.h"
#include "gkg/entity_roles.h"
#include "gkg/recycled_records.h"
#include "gkg/token_view.h"
#include "util/files.h"
#include "util/paths.h"

namespace tocsin {

using gkg::Candidate;
using gkg::EntityInfo;

Status SpeechLexicons::Load(const std::string& dict_dir) {
  for (const char* lang : {"en", "fr"}) {
    SpeechLexicon& lex = std::string_view(lang) == "fr" ? fr_ : en_;
    lex = SpeechLexicon();
    for (const char* file : {"gkg_roles.txt", "gkg_speech.txt"}) {
      const std::string path = dict_dir + "/" + lang + "/" + file;
      TOCSIN_ASSIGN_OR_RETURN(const std::string content,
                              ReadFileToString(path));
      TOCSIN_RETURN_IF_ERROR(lex.Add(content, path));
    }
  }
  return Status::OK();
}

Status EntityLinker::Load(const std::string& dict_dir) {
  return lexicons_.Load(dict_dir.empty() ? DictDir() : dict_dir);
}

namespace {

// Union-find root with path halving.
uint32_t Root(std::vector<uint32_t>& parent, uint32_t i) {
  while (parent[i] != i) i = parent[i] = parent[parent[i]];
  return i;
}

}  // namespace

void EntityLinker::Link(const Document& doc, const AnalyzedText& text,
                        const std::vector<ActorMention>& actors,
                        std::vector<Entity>* out) const {
  gkg::EntityRecycler& recycler = gkg::EntitiesToReuse();
  recycler.Recycle(out);
  const SpeechLexicon& lex = lexicons_.For(text.language);
  const gkg::DocumentMemo memo(lex, text);
  thread_local std::vector<Candidate> cands;
  gkg::CollectCandidates(lex, text, actors, &cands);
  if (cands.empty()) return;
  thread_local std::vector<uint32_t> parent;
  parent.resize(cands.size());
  std::iota(parent.begin(), parent.end(), 0u);
  gkg::MergeCandidates(text, actors, cands, [&](uint32_t a, uint32_t b) {
    a = Root(parent, a);
    b = Root(parent, b);
    if (a != b) parent[std::max(a, b)] = std::min(a, b);
  });
  // Groups in order of first mention: candidates are in text order, and a
  // root is its group's smallest index. Group g's candidates are
  // members[group_begin[g], group_begin[g + 1]), in text order.
  thread_local std::vector<int32_t> group_of;
  thread_local std::vector<uint32_t> group_begin, members;
  group_of.assign(cands.size(), -1);
  group_begin.clear();
  for (uint32_t i = 0; i < cands.size(); ++i) {
    const uint32_t r = Root(parent, i);
    if (group_of[r] < 0) {
      group_of[r] = static_cast<int32_t>(group_begin.size());
      group_begin.push_back(0);
    }
    ++group_begin[group_of[r]];
  }
  const size_t group_count = group_begin.size();
  // Counts to starts, then place each candidate (a counting sort, stable).
  uint32_t start = 0;
  for (uint32_t& b : group_begin) start += std::exchange(b, start);
  group_begin.push_back(start);
  thread_local std::vector<uint32_t> fill;
  fill.assign(group_begin.begin(), group_begin.end() - 1);
  members.resize(cands.size());
  for (uint32_t i = 0; i < cands.size(); ++i) {
    members[fill[group_of[Root(parent, i)]]++] = i;
  }
  // Kept from document to document with their buffers; LinkDescriptions
  // reads only the first group_count.
  thread_local std::vector<EntityInfo> infos;
  if (infos.size() < group_count) infos.resize(group_count);
  for (size_t g = 0; g < group_count; ++g) {
    gkg::BuildEntity(
        lex, doc, text, actors, cands,
        std::span<const uint32_t>(members.data() + group_begin[g],
                                  group_begin[g + 1] - group_begin[g]),
        &recycler.Append(out), &infos[g]);
  }
  gkg::LinkDescriptions(lex, doc, text, actors, infos, out);
  // Usually in order already; stable_sort would allocate its buffer anyway.
  auto by_begin = [](const EntityMention& a, const EntityMention& b) {
    return a.span.begin < b.span.begin;
  };
  for (Entity& e : *out) {
    if (!std::is_sorted(e.mentions.begin(), e.mentions.end(), by_begin)) {
      std::stable_sort(e.mentions.begin(), e.mentions.end(), by_begin);
    }
  }
}

}  // namespace tocsin
