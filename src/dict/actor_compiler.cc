#include "dict/actor_compiler.h"

#include <unistd.h>

#include <algorithm>
#include <bit>
#include <cstdio>
#include <cstring>
#include <fstream>
#include <memory>
#include <unordered_map>
#include <unordered_set>

#include "dict/actor_format.h"
#include "dict/country_names.h"
#include "dict/fold.h"
#include "util/binary_format.h"

namespace tocsin {
namespace {

constexpr size_t kMaxKeySequences = 1024;

// (parent, key) -> child while building; the mapped table is built from it.
class TrieBuilder {
 public:
  TrieBuilder() : terminals_(1) {}

  void Insert(const std::vector<uint64_t>& keys, const Terminal& terminal) {
    uint32_t node = 0;
    for (uint64_t key : keys) {
      auto [it, inserted] = edges_.try_emplace(
          EdgeKey{node, key}, static_cast<uint32_t>(terminals_.size()));
      if (inserted) terminals_.emplace_back();
      node = it->second;
    }
    for (Terminal& t : terminals_[node]) {
      // One alias read in English and in French gives one terminal.
      if (t.entry == terminal.entry && t.kind == terminal.kind &&
          t.flags == terminal.flags) {
        t.languages |= terminal.languages;
        return;
      }
    }
    terminals_[node].push_back(terminal);
  }

  struct EdgeKey {
    uint32_t parent;
    uint64_t key;
    bool operator==(const EdgeKey&) const = default;
  };
  struct EdgeHash {
    size_t operator()(const EdgeKey& e) const {
      return SlotHash(e.parent, e.key);
    }
  };

  const std::unordered_map<EdgeKey, uint32_t, EdgeHash>& edges() const {
    return edges_;
  }
  std::vector<std::vector<Terminal>>& terminals() { return terminals_; }

 private:
  std::unordered_map<EdgeKey, uint32_t, EdgeHash> edges_;
  std::vector<std::vector<Terminal>> terminals_;  // per node
};

class StringPool {
 public:
  StringRef Add(std::string_view s) {
    auto [it, inserted] = index_.try_emplace(
        std::string(s), static_cast<uint32_t>(bytes_.size()));
    if (inserted) bytes_.append(s);
    return {it->second, static_cast<uint32_t>(s.size())};
  }
  const std::string& bytes() const { return bytes_; }

 private:
  std::unordered_map<std::string, uint32_t> index_;
  std::string bytes_;
};

template <typename T>
uint64_t AppendArray(const std::vector<T>& items, std::string* out) {
  out->resize((out->size() + 7) & ~size_t{7}, '\0');
  uint64_t offset = out->size();
  out->append(reinterpret_cast<const char*>(items.data()),
              items.size() * sizeof(T));
  return offset;
}

std::vector<TrieSlot> BuildSlots(const TrieBuilder& trie) {
  size_t capacity =
      std::bit_ceil(std::max<size_t>(16, trie.edges().size() * 2));
  std::vector<TrieSlot> slots(capacity, TrieSlot{0, 0, 0});
  for (const auto& [edge, child] : trie.edges()) {
    size_t i = SlotHash(edge.parent, edge.key) & (capacity - 1);
    while (slots[i].child != 0) i = (i + 1) & (capacity - 1);
    slots[i] = TrieSlot{edge.key, edge.parent, child};
  }
  return slots;
}

void AddEntryRecords(const std::vector<ActorEntry>& entries, StringPool* pool,
                     std::vector<EntryRecord>* records,
                     std::vector<CodeRecord>* codes) {
  for (const ActorEntry& e : entries) {
    EntryRecord r{};
    r.id = pool->Add(e.id);
    r.country = pool->Add(
        e.country.empty() && e.type == ActorType::kState ? e.iso3 : e.country);
    r.first_code = static_cast<uint32_t>(codes->size());
    r.code_count =
        static_cast<uint16_t>(std::min<size_t>(e.codes.size(), 0xFFFF));
    r.type = static_cast<uint8_t>(e.type);
    r.layer = e.layer;
    records->push_back(r);
    for (size_t i = 0; i < r.code_count; ++i) {
      const ActorCode& c = e.codes[i];
      codes->push_back(CodeRecord{pool->Add(c.code), pool->Add(c.role_en),
                                  pool->Add(c.role_fr), c.from, c.to});
    }
  }
}

std::string Serialize(const std::vector<ActorEntry>& entries,
                      TrieBuilder& trie) {
  std::vector<TrieNode> nodes;
  std::vector<Terminal> terminals;
  for (std::vector<Terminal>& list : trie.terminals()) {
    std::sort(list.begin(), list.end(),
              [&](const Terminal& a, const Terminal& b) {
                const ActorEntry &ea = entries[a.entry], &eb = entries[b.entry];
                return AliasPriority(ea.layer, a.kind, ea.type, a.entry) <
                       AliasPriority(eb.layer, b.kind, eb.type, b.entry);
              });
    nodes.push_back({static_cast<uint32_t>(terminals.size()),
                     static_cast<uint32_t>(list.size())});
    terminals.insert(terminals.end(), list.begin(), list.end());
  }
  StringPool pool;
  std::vector<EntryRecord> records;
  std::vector<CodeRecord> codes;
  AddEntryRecords(entries, &pool, &records, &codes);
  std::vector<TrieSlot> slots = BuildSlots(trie);

  ActorFileHeader h{};
  std::string payload(sizeof(h), '\0');
  h.slot_count = static_cast<uint32_t>(slots.size());
  h.node_count = static_cast<uint32_t>(nodes.size());
  h.terminal_count = static_cast<uint32_t>(terminals.size());
  h.entry_count = static_cast<uint32_t>(records.size());
  h.code_count = static_cast<uint32_t>(codes.size());
  h.strings_size = static_cast<uint32_t>(pool.bytes().size());
  h.slots_offset = AppendArray(slots, &payload);
  h.nodes_offset = AppendArray(nodes, &payload);
  h.terminals_offset = AppendArray(terminals, &payload);
  h.entries_offset = AppendArray(records, &payload);
  h.codes_offset = AppendArray(codes, &payload);
  h.strings_offset = AppendArray(
      std::vector<char>(pool.bytes().begin(), pool.bytes().end()), &payload);
  std::memcpy(payload.data(), &h, sizeof(h));
  return EncodeBinaryFile(kActorMagic, kActorFormatVersion, payload);
}

void AddNames(const CountryNames& names, const std::string& iso2,
              const char* language, ActorEntry* e) {
  auto it = names.find(iso2);
  if (it == names.end()) return;
  std::unordered_set<std::string> have;
  for (const ActorName& n : e->names) {
    if (n.language.empty() || n.language == language)
      have.insert(FoldString(n.text));
  }
  for (const std::string& name : it->second) {
    if (!have.insert(FoldString(name)).second) continue;
    e->names.push_back({name, language, false, e->line});
  }
}

}  // namespace

std::vector<std::string> AliasLanguages(const ActorName& name) {
  if (name.language.empty()) return {"en", "fr"};
  return {name.language};
}

std::vector<std::vector<uint64_t>> AliasKeySequences(
    const std::vector<AliasToken>& tokens, size_t limit, bool* truncated) {
  *truncated = false;
  std::vector<std::vector<uint64_t>> out(1);
  for (const AliasToken& t : tokens) {
    const uint64_t lemma_edge = LemmaEdgeKey(t.lemma_key);
    bool two = t.lemma_key != t.form_key;
    if (two && out.size() * 2 > limit) {
      *truncated = true;
      std::vector<uint64_t> forms, lemmas;
      for (const AliasToken& u : tokens) {
        forms.push_back(u.form_key);
        lemmas.push_back(u.lemma_key == u.form_key ? u.form_key
                                                   : LemmaEdgeKey(u.lemma_key));
      }
      if (forms == lemmas) return {forms};
      return {forms, lemmas};
    }
    size_t n = out.size();
    for (size_t i = 0; i < n; ++i) {
      if (two) {
        out.push_back(out[i]);
        out.back().push_back(lemma_edge);
      }
      out[i].push_back(t.form_key);
    }
  }
  return out;
}

void AddCountryNames(const CompileOptions& options,
                     std::vector<ActorEntry>* entries,
                     std::vector<DictProblem>* problems) {
  CountryNames english, french;
  Status s = ReadIsoCountryNames(options.iso3166_json, &english);
  if (!s.ok()) {
    problems->push_back({options.iso3166_json, 0,
                         "English country names not added: " + s.ToString(),
                         DictProblem::Severity::kWarning});
  }
  s = ReadCldrTerritoryNames(options.cldr_fr_xml, &french);
  if (!s.ok()) {
    problems->push_back({options.cldr_fr_xml, 0,
                         "French country names not added: " + s.ToString(),
                         DictProblem::Severity::kWarning});
  }
  for (ActorEntry& e : *entries) {
    if (e.type != ActorType::kState || e.iso2.empty()) continue;
    AddNames(english, e.iso2, "en", &e);
    AddNames(french, e.iso2, "fr", &e);
  }
}

void AddEnglishDemonymPlurals(std::vector<ActorEntry>* entries) {
  for (ActorEntry& e : *entries) {
    const size_t n = e.names.size();
    for (size_t i = 0; i < n; ++i) {
      const ActorName& name = e.names[i];
      if (!name.adjective || name.language != "en" || name.text.empty() ||
          name.text.find(' ') != std::string::npos) {
        continue;
      }
      char last = name.text.back();
      if (last != 'n' && last != 'i' && last != 'r') continue;
      ActorName plural = name;
      plural.text += 's';
      e.names.push_back(std::move(plural));
    }
  }
}

void ExpandActorEntries(const CompileOptions& options,
                        std::vector<ActorEntry>* entries,
                        std::vector<DictProblem>* problems) {
  AddCountryNames(options, entries, problems);
  AddEnglishDemonymPlurals(entries);
}

Status CompileActorDictionary(const std::vector<ActorEntry>& input,
                              const CompileOptions& options,
                              std::string* binary,
                              std::vector<DictProblem>* problems) {
  std::vector<ActorEntry> entries = input;
  ExpandActorEntries(options, &entries, problems);
  std::unique_ptr<AliasAnalyzer> owned;
  AliasAnalyzer* analyzer = options.analyzer;
  if (analyzer == nullptr) {
    TOCSIN_ASSIGN_OR_RETURN(
        owned, AliasAnalyzer::Create(options.dict_dir, options.data_dir));
    analyzer = owned.get();
  }
  if (entries.size() >= (1u << 24)) {
    return ResourceExhaustedError("too many actor entries");
  }
  TrieBuilder trie;
  std::vector<AliasToken> tokens;
  for (uint32_t i = 0; i < entries.size(); ++i) {
    for (const ActorName& name : entries[i].names) {
      for (const std::string& language : AliasLanguages(name)) {
        analyzer->Analyze(name.text, language, &tokens);
        if (tokens.empty()) {
          problems->push_back({entries[i].file, name.line,
                               "alias '" + name.text + "' has no tokens",
                               DictProblem::Severity::kWarning});
          continue;
        }
        bool truncated = false;
        uint8_t flags = AliasFlagsOf(tokens);
        if (name.exact_forms) flags |= kAliasExactForms;
        Terminal t{i, name.adjective ? kAliasAdjective : kAliasName,
                   LanguageBitOf(language), flags, 0};
        if (name.exact_forms) {
          std::vector<uint64_t> forms;
          for (const AliasToken& token : tokens)
            forms.push_back(token.form_key);
          trie.Insert(forms, t);
          continue;
        }
        for (const auto& keys :
             AliasKeySequences(tokens, kMaxKeySequences, &truncated)) {
          trie.Insert(keys, t);
        }
        if (truncated) {
          problems->push_back({entries[i].file, name.line,
                               "alias '" + name.text +
                                   "' has too many inflected forms; only its "
                                   "written form and its lemmas match",
                               DictProblem::Severity::kWarning});
        }
      }
    }
  }
  *binary = Serialize(entries, trie);
  return Status::OK();
}

Status WriteFileAtomically(const std::string& path, std::string_view bytes) {
  const std::string tmp = path + ".tmp." + std::to_string(::getpid());
  {
    std::ofstream out(tmp, std::ios::binary | std::ios::trunc);
    if (!out) return UnavailableError(tmp + ": cannot create");
    out.write(bytes.data(), static_cast<std::streamsize>(bytes.size()));
    out.close();
    if (!out) {
      std::remove(tmp.c_str());
      return UnavailableError(tmp + ": write error");
    }
  }
  if (std::rename(tmp.c_str(), path.c_str()) != 0) {
    std::remove(tmp.c_str());
    return UnavailableError(path + ": cannot rename " + tmp);
  }
  return Status::OK();
}

}  // namespace tocsin
