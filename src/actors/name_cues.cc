#include "actors/name_cues.h"

#include <algorithm>

#include "dict/fold.h"
#include "util/files.h"
#include "util/lines.h"

namespace tocsin {
namespace {

constexpr std::pair<std::string_view, uint16_t> kSections[] = {
    {"title", kCueTitle},
    {"org", kCueOrg},
    {"loc", kCueLoc},
    {"loc_head", kCueLocHead},
    {"loc_before", kCueLocBefore},
    {"loc_after", kCueLocAfter},
    {"speech", kCueSpeech},
    {"not_name", kCueNotName},
    {"connector", kCueConnector},
    {"event", kCueEvent},
    {"courtesy", kCueCourtesy},
    {"plural_title", kCuePluralTitle},
    {"particle_title", kCueParticleTitle},
};

int WordCount(std::string_view folded) {
  int words = 1;
  for (size_t i = 0; i < folded.size(); ++i) {
    if (folded[i] == ' ' || (folded[i] == '\'' && i + 1 < folded.size())) {
      ++words;
    }
  }
  return words;
}

}  // namespace

uint64_t CueKey(std::string_view folded_phrase) {
  return HashFolded(folded_phrase);
}

int NameCues::MaxWords(uint16_t bits) const {
  int most = 0;
  for (int b = 0; b < 16; ++b) {
    if (bits & (1u << b)) most = std::max(most, max_words_[b]);
  }
  return most;
}

Status NameCues::Add(std::string_view content, std::string_view name,
                     bool with_sections, uint16_t plain_bits) {
  uint16_t bits = with_sections ? 0 : plain_bits;
  EntryReader entries(content, name, EntryReader::Comments::kWholeLine);
  std::string_view line;
  while (entries.Next(&line)) {
    if (with_sections && line.front() == '[') {
      if (line.back() != ']') return entries.Error("unclosed section header");
      std::string_view section = line.substr(1, line.size() - 2);
      bits = 0;
      for (const auto& [n, b] : kSections) {
        if (n == section) bits = b;
      }
      if (bits == 0)
        return entries.Error("unknown section '" + std::string(section) + "'");
      continue;
    }
    if (bits == 0) return entries.Error("entry before any [section]");
    std::string folded = FoldString(line);
    *cues_.Insert(CueKey(folded)) |= bits;
    const int words = WordCount(folded);
    for (int b = 0; b < 16; ++b) {
      if (bits & (1u << b)) max_words_[b] = std::max(max_words_[b], words);
    }
  }
  return Status::OK();
}

StatusOr<NameCues> LoadNameCues(
    const std::string& dict_dir,
    std::initializer_list<std::string_view> languages) {
  NameCues cues;
  for (std::string_view language : languages) {
    const std::string path =
        dict_dir + "/" + std::string(language) + "/name_cues.txt";
    TOCSIN_ASSIGN_OR_RETURN(std::string content, ReadFileToString(path));
    TOCSIN_RETURN_IF_ERROR(cues.Add(content, path, true, 0));
    const std::string places =
        dict_dir + "/" + std::string(language) + "/places.txt";
    TOCSIN_ASSIGN_OR_RETURN(std::string place_list, ReadFileToString(places));
    TOCSIN_RETURN_IF_ERROR(cues.Add(place_list, places, false, kCuePlace));
  }
  for (std::string_view lang : {"en", "fr"}) {
    const std::string path =
        dict_dir + "/" + std::string(lang) + "/first_names.txt";
    TOCSIN_ASSIGN_OR_RETURN(std::string names, ReadFileToString(path));
    TOCSIN_RETURN_IF_ERROR(cues.Add(names, path, false, kCueFirstName));
  }
  return cues;
}

}  // namespace tocsin
