#include "events/event_roles.h"

#include <algorithm>
#include <cctype>
#include <utility>

#include "dict/fold.h"
#include "util/lines.h"
#include "util/strings.h"

namespace tocsin {

std::vector<std::pair<std::string_view, WordKeySet EventRoles::*>>
EventRoleLists() {
  return {
      {"negation", &EventRoles::negation},
      {"negation_clitic", &EventRoles::negation_clitic},
      {"negating_verbs", &EventRoles::negating_verbs},
      {"modal", &EventRoles::modal},
      {"future", &EventRoles::future},
      {"condition", &EventRoles::condition},
      {"passive_aux", &EventRoles::passive_aux},
      {"agent_prep", &EventRoles::agent_prep},
      {"reflexive", &EventRoles::reflexive},
      {"coordination", &EventRoles::coordination},
      {"relative", &EventRoles::relative},
      {"inclusion", &EventRoles::inclusion},
      {"complementizer", &EventRoles::complementizer},
      {"own_determiner", &EventRoles::own_determiner},
      {"counterpart", &EventRoles::counterpart},
      {"between", &EventRoles::between},
      {"source_prep", &EventRoles::source_prep},
      {"target_prep", &EventRoles::target_prep},
      {"addressee_prep", &EventRoles::addressee_prep},
      {"locative", &EventRoles::locative},
      {"place_prep", &EventRoles::place_prep},
      {"infinitive_marker", &EventRoles::infinitive_marker},
      {"possessive", &EventRoles::possessive},
      {"reporter_prep", &EventRoles::reporter_prep},
      {"object_clitic", &EventRoles::object_clitic},
      {"purpose", &EventRoles::purpose},
      {"patient_prep", &EventRoles::patient_prep},
      {"patient_nouns", &EventRoles::patient_nouns},
      {"surround_prep", &EventRoles::surround_prep},
      {"stationed_prep", &EventRoles::stationed_prep},
      {"departure_prep", &EventRoles::departure_prep},
      {"predicative_prep", &EventRoles::predicative_prep},
      {"kin_nouns", &EventRoles::kin_nouns},
      {"partner_prep", &EventRoles::partner_prep},
      {"visit_prep", &EventRoles::visit_prep},
      {"concerned_place_prep", &EventRoles::concerned_place_prep},
      {"provoke_verbs", &EventRoles::provoke_verbs},
      {"reciprocal", &EventRoles::reciprocal},
      {"subject_relative", &EventRoles::subject_relative},
      {"companion", &EventRoles::companion},
      {"party_prep", &EventRoles::party_prep},
      {"boundary_nouns", &EventRoles::boundary_nouns},
      {"concessive", &EventRoles::concessive},
      {"background_prep", &EventRoles::background_prep},
      {"privative", &EventRoles::privative},
      {"irrealis_verbs", &EventRoles::irrealis_verbs},
      {"averting_verbs", &EventRoles::averting_verbs},
      {"command_verbs", &EventRoles::command_verbs},
      {"negative_determiner", &EventRoles::negative_determiner},
      {"subordinator", &EventRoles::subordinator},
      {"time_prep", &EventRoles::time_prep},
      {"during_prep", &EventRoles::during_prep},
      {"object_pronoun", &EventRoles::object_pronoun},
      {"topic_verbs", &EventRoles::topic_verbs},
      {"denial_verbs", &EventRoles::denial_verbs},
      {"topic_prep", &EventRoles::topic_prep},
      {"force_effect_verbs", &EventRoles::force_effect_verbs},
      {"performing_verbs", &EventRoles::performing_verbs},
      {"deciding_verbs", &EventRoles::deciding_verbs},
      {"attack_nouns", &EventRoles::attack_nouns},
      {"be_perfect_verbs", &EventRoles::be_perfect_verbs},
      {"clause_speech_verbs", &EventRoles::clause_speech_verbs},
      {"one_sided_meeting", &EventRoles::one_sided_meeting},
      {"announcing_future", &EventRoles::announcing_future},
      {"auspices_nouns", &EventRoles::auspices_nouns},
      {"bare_speech_verbs", &EventRoles::bare_speech_verbs},
      {"conflict_cues", &EventRoles::conflict_cues},
      {"elapsed_nouns", &EventRoles::elapsed_nouns},
  };
}

StatusOr<EventRoles> ParseEventRoles(std::string_view text,
                                     std::string_view file_name) {
  EventRoles roles;
  const auto lists = EventRoleLists();
  // The first 64 lists get a bit of the per-token sets the coder computes
  // once per sentence (SyntaxContext::Is tests it); the others keep bit 0
  // and are looked up each time they are asked: the same answers, slower,
  // so the lists asked most often come first.
  for (size_t i = 0; i < lists.size() && i < 64; ++i) {
    (roles.*(lists[i].second)).set_bit(uint64_t{1} << i);
  }
  EntryReader entries(text, file_name);
  std::string_view line;
  while (entries.Next(&line)) {
    size_t eq = line.find('=');
    if (eq == std::string_view::npos)
      return entries.Error("expected 'name = a | b'");
    std::string_view name = TrimWhitespace(line.substr(0, eq));
    std::vector<std::string> words;
    std::string_view rest = line.substr(eq + 1);
    while (true) {
      size_t bar = rest.find('|');
      std::string_view word = TrimWhitespace(rest.substr(0, bar));
      if (word.empty())
        return entries.Error("empty word in list '" + std::string(name) + "'");
      words.emplace_back(word);
      if (bar == std::string_view::npos) break;
      rest.remove_prefix(bar + 1);
    }
    if (name == "conditional_suffixes") {
      roles.conditional_suffixes = std::move(words);
      continue;
    }
    if (name == "conditional_stems") {
      roles.conditional_stems = std::move(words);
      continue;
    }
    if (name == "progressive_suffixes") {
      roles.progressive_suffixes = std::move(words);
      continue;
    }
    if (name == "participle_suffixes") {
      roles.participle_suffixes = std::move(words);
      continue;
    }
    auto it = std::find_if(lists.begin(), lists.end(),
                           [&](const auto& p) { return p.first == name; });
    if (it == lists.end())
      return entries.Error("unknown list '" + std::string(name) + "'");
    WordKeySet& set = roles.*(it->second);
    for (const std::string& w : words) {
      set.Add(FoldKey(w));
      *roles.word_sets.Insert(FoldKey(w)) |= set.bit();
    }
  }
  return roles;
}

}  // namespace tocsin
