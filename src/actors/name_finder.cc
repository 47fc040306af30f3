#include "actors/name_finder.h"

#include <algorithm>

#include "actors/actor_matcher.h"
#include "actors/name_scan.h"
#include "util/paths.h"

namespace tocsin {

struct NameFinder::Impl {
  NameCues en, fr, both;
  PersonRoles roles;
  std::unique_ptr<PlaceNames> places;
};

NameFinder::NameFinder(std::unique_ptr<Impl> impl) : impl_(std::move(impl)) {}
NameFinder::~NameFinder() = default;

StatusOr<std::unique_ptr<NameFinder>> NameFinder::Create(
    const NameFinderOptions& options) {
  const std::string dict_dir =
      options.dict_dir.empty() ? DictDir() : options.dict_dir;
  const std::string data_dir =
      options.data_dir.empty() ? DataDir() : options.data_dir;
  auto impl = std::make_unique<Impl>();
  TOCSIN_ASSIGN_OR_RETURN(impl->en, LoadNameCues(dict_dir, {"en"}));
  TOCSIN_ASSIGN_OR_RETURN(impl->fr, LoadNameCues(dict_dir, {"fr"}));
  // Text in another language gets the cues of both.
  TOCSIN_ASSIGN_OR_RETURN(impl->both, LoadNameCues(dict_dir, {"en", "fr"}));
  TOCSIN_ASSIGN_OR_RETURN(impl->roles, PersonRoles::Load(dict_dir));
  TOCSIN_ASSIGN_OR_RETURN(impl->places,
                          PlaceNames::Open(data_dir + "/placenames.bin"));
  return std::unique_ptr<NameFinder>(new NameFinder(std::move(impl)));
}

void NameFinder::Find(const Document& doc, const AnalyzedText& text,
                      std::vector<ActorMention>* mentions) const {
  thread_local NameScanScratch scratch;
  NameScanner scanner(doc, text, *mentions, *impl_->places, &impl_->roles,
                      &scratch);
  for (uint32_t s = 0; s < text.sentences.size(); ++s) {
    std::string_view language = SentenceLanguage(text, s);
    const NameCues& cues = language == "fr"   ? impl_->fr
                           : language == "en" ? impl_->en
                                              : impl_->both;
    scanner.ScanSentence(s, cues);
  }
  scanner.ResolveDocument();
  scanner.AppendMentions(mentions);
  LinkCoreferences(doc, text, mentions);
}

}  // namespace tocsin
