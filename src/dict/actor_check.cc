#include "dict/actor_check.h"

#include <algorithm>
#include <cctype>
#include <functional>
#include <map>
#include <memory>
#include <set>
#include <unordered_map>

#include "dict/actor_format.h"
#include "dict/fold.h"

namespace tocsin {
namespace {

// One alias of one entry, under the key the comparison uses.
struct AliasRecord {
  std::string key;  // empty: the alias has no tokens
  uint32_t entry = 0;
  uint8_t kind = kAliasName;
  uint8_t languages = 0;
  const ActorName* name = nullptr;
};

using KeyFunction =
    std::function<std::string(const ActorName&, const std::string& language)>;

std::string StringKey(const ActorName& name, const std::string&) {
  std::string folded = FoldString(name.text), key;
  bool any = false;
  for (char c : folded) {
    if (c == ' ' || c == '\t') {
      if (!key.empty() && key.back() != ' ') key += ' ';
      continue;
    }
    any = any || static_cast<unsigned char>(c) >= 0x80 ||
          std::isalnum(static_cast<unsigned char>(c));
    key += c;
  }
  if (!key.empty() && key.back() == ' ') key.pop_back();
  return any ? key : std::string();
}

std::vector<AliasRecord> Records(const std::vector<ActorEntry>& entries,
                                 const KeyFunction& key_of) {
  std::vector<AliasRecord> records;
  for (uint32_t i = 0; i < entries.size(); ++i) {
    for (const ActorName& name : entries[i].names) {
      for (const std::string& language : AliasLanguages(name)) {
        AliasRecord r{key_of(name, language), i,
                      name.adjective ? kAliasAdjective : kAliasName,
                      LanguageBitOf(language), &name};
        if (!records.empty() && records.back().name == &name &&
            records.back().key == r.key) {
          records.back().languages |= r.languages;
        } else {
          records.push_back(std::move(r));
        }
      }
    }
  }
  return records;
}

std::string Where(const ActorEntry& e, uint32_t line) {
  return e.id + " (" + e.file + ":" + std::to_string(line) + ")";
}

bool Overlap(const ActorCode& a, const ActorCode& b) {
  uint32_t from = std::max(a.from, b.from);
  uint32_t to_a = a.to == 0 ? UINT32_MAX : a.to,
           to_b = b.to == 0 ? UINT32_MAX : b.to;
  return from <= std::min(to_a, to_b);
}

void CheckIdsAndDates(const std::vector<ActorEntry>& entries,
                      std::vector<DictProblem>* problems) {
  std::unordered_map<std::string, uint32_t> ids;
  for (uint32_t i = 0; i < entries.size(); ++i) {
    const ActorEntry& e = entries[i];
    auto [it, inserted] = ids.try_emplace(e.id, i);
    if (!inserted) {
      problems->push_back(
          {e.file, e.line,
           "duplicate id '" + e.id + "', first at " +
               Where(entries[it->second], entries[it->second].line)});
    }
    for (size_t a = 0; a < e.codes.size(); ++a) {
      for (size_t b = 0; b < a; ++b) {
        if (e.codes[a].dated() && e.codes[b].dated() &&
            Overlap(e.codes[a], e.codes[b])) {
          problems->push_back({e.file, e.codes[a].line,
                               "date range of " + e.codes[a].code +
                                   " overlaps line " +
                                   std::to_string(e.codes[b].line)});
        }
      }
    }
  }
}

std::set<std::string> CodeSet(const ActorEntry& e) {
  std::set<std::string> codes;
  for (const ActorCode& c : e.codes) codes.insert(c.code);
  return codes;
}

uint64_t Priority(const std::vector<ActorEntry>& entries,
                  const AliasRecord& r) {
  const ActorEntry& e = entries[r.entry];
  return AliasPriority(e.layer, r.kind, e.type, r.entry);
}

// Reports repeats and conflicts inside one group of records sharing a key;
// marks the records another entry's alias shadows.
void CheckGroup(const std::vector<ActorEntry>& entries,
                const std::vector<const AliasRecord*>& group,
                std::set<const AliasRecord*>* shadowed,
                std::vector<DictProblem>* problems) {
  for (size_t b = 0; b < group.size(); ++b) {
    const AliasRecord& rb = *group[b];
    const ActorEntry& eb = entries[rb.entry];
    uint8_t covered = 0;
    for (size_t a = 0; a < group.size(); ++a) {
      const AliasRecord& ra = *group[a];
      if (a == b || !(ra.languages & rb.languages)) continue;
      if (ra.entry != rb.entry &&
          Priority(entries, ra) < Priority(entries, rb)) {
        covered |= ra.languages;
      }
      if (a > b) continue;  // report each pair once, at the later alias
      const ActorEntry& ea = entries[ra.entry];
      // Layering is on purpose: a later layer's alias that an earlier one
      // shadows is expected; only a whole entry lost to it is reported.
      if (ea.layer != eb.layer) continue;
      if (ra.entry == rb.entry) {
        // Spellings that fold together ("Isil"/"ISIL") differ in the case
        // rules they carry; only a literal repeat is a mistake.
        if (ra.name != rb.name && ra.kind == rb.kind &&
            ra.name->text == rb.name->text) {
          problems->push_back({eb.file, rb.name->line,
                               "alias '" + rb.name->text + "' repeats line " +
                                   std::to_string(ra.name->line)});
        }
      } else if (CodeSet(ea) != CodeSet(eb)) {
        // A real ambiguity the data may keep: the priority rule settles it.
        problems->push_back({eb.file, rb.name->line,
                             "conflicting alias '" + rb.name->text +
                                 "': also " + Where(ea, ra.name->line) +
                                 " with other codes",
                             DictProblem::Severity::kWarning});
      } else {
        problems->push_back({eb.file, rb.name->line,
                             "duplicate alias '" + rb.name->text + "': also " +
                                 Where(ea, ra.name->line)});
      }
    }
    if ((covered & rb.languages) == rb.languages) shadowed->insert(group[b]);
  }
}

std::vector<DictProblem> Check(const std::vector<ActorEntry>& entries,
                               const KeyFunction& key_of, bool names_added) {
  std::vector<DictProblem> problems;
  CheckIdsAndDates(entries, &problems);
  std::vector<AliasRecord> records = Records(entries, key_of);
  std::map<std::string, std::vector<const AliasRecord*>> groups;
  for (const AliasRecord& r : records) {
    if (r.key.empty()) {
      problems.push_back({entries[r.entry].file, r.name->line,
                          "alias '" + r.name->text + "' has no tokens"});
      continue;
    }
    groups[r.key].push_back(&r);
  }
  std::set<const AliasRecord*> shadowed;
  for (const auto& [key, group] : groups) {
    if (group.size() > 1) CheckGroup(entries, group, &shadowed, &problems);
  }
  std::vector<int> reachable(entries.size(), 0);
  std::vector<int> lost_to_layer(entries.size(), 0);
  for (const AliasRecord& r : records) {
    if (!r.key.empty() && !shadowed.count(&r)) reachable[r.entry] = 1;
  }
  for (const auto& [key, group] : groups) {
    for (const AliasRecord* r : group) {
      for (const AliasRecord* other : group) {
        if (entries[other->entry].layer < entries[r->entry].layer) {
          lost_to_layer[r->entry] = 1;
        }
      }
    }
  }
  for (uint32_t i = 0; i < entries.size(); ++i) {
    const ActorEntry& e = entries[i];
    // Names from iso-codes/CLDR arrive only at compile time.
    if (!reachable[i] && (names_added || e.iso2.empty())) {
      problems.push_back(
          {e.file, e.line,
           "entry '" + e.id +
               "' cannot be matched: every alias is "
               "empty or shadowed" +
               (lost_to_layer[i] ? " (by an earlier layer)" : ""),
           lost_to_layer[i] ? DictProblem::Severity::kWarning
                            : DictProblem::Severity::kError});
    }
  }
  std::stable_sort(problems.begin(), problems.end(),
                   [](const DictProblem& a, const DictProblem& b) {
                     return a.file != b.file ? a.file < b.file
                                             : a.line < b.line;
                   });
  return problems;
}

}  // namespace

std::vector<DictProblem> CheckActorDictionary(
    const std::vector<ActorEntry>& entries) {
  return Check(entries, StringKey, false);
}

std::vector<DictProblem> CheckActorDictionary(
    const std::vector<ActorEntry>& input, const CompileOptions& options) {
  std::vector<DictProblem> problems;
  std::unique_ptr<AliasAnalyzer> owned;
  AliasAnalyzer* analyzer = options.analyzer;
  if (analyzer == nullptr) {
    auto created = AliasAnalyzer::Create(options.dict_dir, options.data_dir);
    if (!created.ok()) return {{"", 0, created.status().ToString()}};
    owned = std::move(created).value();
    analyzer = owned.get();
  }
  std::vector<ActorEntry> entries = input;
  AddCountryNames(options, &entries, &problems);
  std::vector<AliasToken> tokens;
  auto key_of = [&](const ActorName& name, const std::string& language) {
    analyzer->Analyze(name.text, language, &tokens);
    std::string key;
    for (const AliasToken& t : tokens) key += t.form + '\x1F';
    return key;
  };
  std::vector<DictProblem> found = Check(entries, key_of, true);
  problems.insert(problems.end(), found.begin(), found.end());
  return problems;
}

}  // namespace tocsin
