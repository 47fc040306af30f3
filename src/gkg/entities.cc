// The linker in four passes over one document: (1) actor mentions that
// name persons or organisations become candidates, each with the token
// where its name starts; (2) candidates merge (union-find) on dictionary
// entry, antecedent, folded name, and surname; (3) each group becomes an
// Entity with its canonical name, code and roles; (4) descriptions ("the
// analyst") join the most recent compatible entity.
#include "gkg/entities.h"

#include <algorithm>
#include <numeric>
#include <unordered_map>

#include "dict/fold.h"
#include "gkg/entity_links.h"
#include "gkg/entity_roles.h"
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
  out->clear();
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
  // root is its group's smallest index.
  std::vector<int32_t> group_of(cands.size(), -1);
  std::vector<std::vector<uint32_t>> groups;
  for (uint32_t i = 0; i < cands.size(); ++i) {
    const uint32_t r = Root(parent, i);
    if (group_of[r] < 0) {
      group_of[r] = static_cast<int32_t>(groups.size());
      groups.emplace_back();
    }
    groups[group_of[r]].push_back(i);
  }
  std::vector<EntityInfo> infos(groups.size());
  out->resize(groups.size());
  for (size_t g = 0; g < groups.size(); ++g) {
    gkg::BuildEntity(lex, doc, text, actors, cands, groups[g], &(*out)[g],
                     &infos[g]);
  }
  gkg::LinkDescriptions(lex, doc, text, actors, &infos, out);
  for (Entity& e : *out) {
    std::stable_sort(e.mentions.begin(), e.mentions.end(),
                     [](const EntityMention& a, const EntityMention& b) {
                       return a.span.begin < b.span.begin;
                     });
  }
}

}  // namespace tocsin
