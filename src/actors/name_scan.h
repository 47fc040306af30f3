// The name finder's work on one document (see name_finder.h for the
// rules): candidates per sentence, typed from cues, then resolved over the
// document. Internal to src/actors.
#ifndef TOCSIN_ACTORS_NAME_SCAN_H_
#define TOCSIN_ACTORS_NAME_SCAN_H_

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "actors/name_cues.h"
#include "actors/person_extent.h"
#include "actors/place_names.h"
#include "tocsin/actor.h"
#include "tocsin/document.h"
#include "tocsin/text.h"

namespace tocsin {

enum class NameType : uint8_t { kNone, kPerson, kOrg, kLoc };

const char* NameTypeName(NameType type);  // "PERSON", "ORG", "LOC", ""

// Token `t` is a rank number: up to three digits and a period ("12.").
bool RankNumber(const AnalyzedText& text, uint32_t t);

struct NameCandidate {
  uint32_t first = 0, end = 0;  // the span: title or place head, then name
  uint32_t name_first = 0;      // the name itself, after any title
  uint32_t sentence = 0;
  NameType type = NameType::kNone;
  uint8_t name_tokens = 0;  // words of the name, connectors excluded
  bool proper_only = true;  // every word PROPN or unknown to the lexicon
  bool has_connector = false;
  bool headline = false;
  // Typed only from the place list without a cue, or as a lone first name:
  // the document may say otherwise ("Armstrong" after "Lance Armstrong").
  bool weak = false;
  uint64_t name_key = 0;  // CueKey of the folded name
  uint64_t last_key = 0;  // FoldKey of its last word
};

// Per-thread buffers reused across documents.
struct NameScanScratch {
  std::vector<uint8_t> covered;  // per token: 0, kCovered, kCoveredByAgent
  std::vector<uint64_t> keys;    // per token: FoldKey of the form, lazily
  std::vector<uint8_t> key_done;
  std::vector<NameCandidate> candidates;
  std::string folded;
};

class NameScanner {
 public:
  // `existing` are the mentions already found; `scratch` is this thread's.
  // `roles` (may be null) adds the role words of person_extent.h as
  // person cues ("le libraire Zaunrieth", "pasteur évangélique Hamm").
  NameScanner(const Document& doc, const AnalyzedText& text,
              const std::vector<ActorMention>& existing,
              const PlaceNames& places, const PersonRoles* roles,
              NameScanScratch* scratch);

  // Finds and types the candidates of one sentence with `cues` (which must
  // outlive the call).
  void ScanSentence(uint32_t sentence, const NameCues& cues);
  // Types what the sentences left untyped from the whole document; drops
  // the rest.
  void ResolveDocument();
  // Appends one kNameFinder mention per typed candidate.
  void AppendMentions(std::vector<ActorMention>* out) const;

  const std::vector<NameCandidate>& candidates() const {
    return scratch_.candidates;
  }

 private:
  uint64_t Key(uint32_t token);
  uint16_t Cue(uint32_t token) { return cues_->Find(Key(token)); }
  uint16_t LemmaCue(uint32_t token) const;
  bool Capitalised(uint32_t token) const;
  bool NextCapitalised(uint32_t token) const;
  bool Initial(uint32_t token) const;
  bool NameToken(uint32_t token, bool strict);
  bool Connector(uint32_t token);
  bool JoinAcross(uint32_t run_first, uint32_t run_end, uint32_t connector,
                  uint32_t next);
  bool StartsAnotherName(uint32_t first, uint32_t j, bool named);
  uint32_t ExtendRun(uint32_t first);
  void AddCandidate(uint32_t first, uint32_t end);
  void AttachPrefix(NameCandidate* c, bool* title, bool* head);
  NameType Classify(NameCandidate& c, bool title, bool head);
  bool AcronymOrCamel(const NameCandidate& c) const;
  bool AttachParticle(NameCandidate* c, bool* title);
  bool AttachShortTitle(NameCandidate* c);
  bool RoleBefore(uint32_t first) const;
  bool PluralTitleBefore(uint32_t first);
  bool RankBefore(uint32_t first) const;
  bool SpeechAfter(uint32_t end) const;
  bool SpeechBefore(uint32_t first) const;
  bool PhraseBefore(uint32_t first, uint16_t bits);
  uint64_t FoldedKey(uint32_t first, uint32_t end);
  bool IsHeadline(const Sentence& s) const;

  const Document& doc_;
  const AnalyzedText& text_;
  const std::vector<ActorMention>& existing_;
  const PlaceNames& places_;
  const PersonRoles* roles_;
  NameScanScratch& scratch_;
  // Ranked-list entries in the document ("12. Camenzind"): results tables.
  uint32_t rank_entries_ = 0;
  const NameCues* cues_ = nullptr;
  std::string_view language_;  // the sentence's
  uint32_t sentence_ = 0, sentence_first_ = 0, sentence_end_ = 0;
  uint32_t last_end_ = 0;  // end of the sentence's last candidate so far
  bool headline_ = false;
};

}  // namespace tocsin

#endif  // TOCSIN_ACTORS_NAME_SCAN_H_
