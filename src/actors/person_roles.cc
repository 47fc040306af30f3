// PersonRoles (person_extent.h): the parser and loader of
// dict/<lang>/person_roles.txt.
#include <set>
#include <vector>

#include "actors/person_extent.h"
#include "dict/fold.h"
#include "geo/geo_cues.h"
#include "util/files.h"
#include "util/lines.h"

namespace tocsin {
namespace {

constexpr std::pair<std::string_view, uint8_t> kKinds[] = {
    {"honorific", kRoleHonorific}, {"role", kRoleFunction},
    {"never", kRoleNever},         {"age", kRoleAge},
    {"relation", kRoleRelation},   {"modifier", kRoleModifier},
};

uint64_t PhraseKey(const uint64_t* keys, size_t n) {
  uint64_t key = 0x7065'7273'6F6E'7321ull;  // "persons!"
  for (size_t i = 0; i < n; ++i) key = MixKeys(key, keys[i]);
  return key;
}

int ListOf(std::string_view language) {
  return language == "en" ? 0 : language == "fr" ? 1 : 2;
}

}  // namespace

Status PersonRoles::AddFile(std::string_view text, std::string_view what,
                            int list) {
  EntryReader entries(text, what);
  std::string_view phrase;
  std::set<std::pair<uint8_t, uint64_t>> seen;
  while (entries.Next(&phrase)) {
    const std::string_view kind_name = NextField(&phrase);
    uint8_t kind = 0;
    for (const auto& [name, bits] : kKinds) {
      if (name == kind_name) kind = bits;
    }
    if (kind == 0) {
      return entries.Error(
          "unknown kind '" + std::string(kind_name) +
          "' (honorific, role, relation, modifier, never, age)");
    }
    const std::vector<std::string> tokens = CueTokens(phrase);
    if (tokens.empty()) return entries.Error("empty phrase");
    if (tokens.size() > kMaxPhraseTokens) {
      return entries.Error("phrase of more than " +
                           std::to_string(kMaxPhraseTokens) + " words");
    }
    uint64_t keys[kMaxPhraseTokens];
    for (size_t i = 0; i < tokens.size(); ++i) keys[i] = FoldKey(tokens[i]);
    const uint64_t key = PhraseKey(keys, tokens.size());
    if (!seen.insert({kind, key}).second) {
      return entries.Error("duplicate entry '" + std::string(phrase) + "'");
    }
    *lists_[list].Insert(key) |= kind;
    if (list != 2) *lists_[2].Insert(key) |= kind;
  }
  return Status::OK();
}

StatusOr<PersonRoles> PersonRoles::Parse(std::string_view text,
                                         std::string_view what) {
  PersonRoles roles;
  TOCSIN_RETURN_IF_ERROR(roles.AddFile(text, what, 2));
  roles.lists_[0] = roles.lists_[1] = roles.lists_[2];
  return roles;
}

StatusOr<PersonRoles> PersonRoles::Load(const std::string& dict_dir) {
  PersonRoles roles;
  for (const char* language : {"en", "fr"}) {
    const std::string path = dict_dir + "/" + language + "/person_roles.txt";
    TOCSIN_ASSIGN_OR_RETURN(std::string content, ReadFileToString(path));
    TOCSIN_RETURN_IF_ERROR(roles.AddFile(content, path, ListOf(language)));
  }
  return roles;
}

uint8_t PersonRoles::Find(std::string_view language, const uint64_t* keys,
                          size_t n) const {
  const uint8_t* kinds = lists_[ListOf(language)].Find(PhraseKey(keys, n));
  return kinds == nullptr ? 0 : *kinds;
}

size_t PersonRoles::size() const { return lists_[2].size(); }

}  // namespace tocsin
