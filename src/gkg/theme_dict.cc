#include "gkg/theme_dict.h"

#include <algorithm>

#include "dict/fold.h"
#include "util/lines.h"

namespace tocsin {

namespace {

constexpr size_t kMaxIdBytes = 64;

bool IsThemeId(std::string_view id) {
  if (id.empty() || id.size() > kMaxIdBytes) return false;
  if (id[0] < 'A' || id[0] > 'Z') return false;
  return std::all_of(id.begin(), id.end(), [](char c) {
    return (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_';
  });
}

bool IsGroup(std::string_view group) {
  if (group.empty() || group.size() > kMaxIdBytes) return false;
  return std::all_of(group.begin(), group.end(),
                     [](char c) { return (c >= 'a' && c <= 'z') || c == '_'; });
}

// "*" -> kDefaultThemeGap, "*N" -> N; -1 when `item` is not a gap, -2 when
// it is a malformed one.
int ParseGap(std::string_view item) {
  if (item.empty() || item[0] != '*') return -1;
  if (item.size() == 1) return kDefaultThemeGap;
  if (item.size() != 2 || item[1] < '1' || item[1] > '0' + kMaxThemeGap) {
    return -2;
  }
  return item[1] - '0';
}

// False when folding left nothing to match (a lone "=", a soft hyphen).
bool AddSpellings(std::string folded, std::vector<std::string>* out) {
  if (folded.empty() || folded == "=") return false;
  auto add = [out](std::string s) {
    if (std::find(out->begin(), out->end(), s) == out->end()) {
      out->push_back(std::move(s));
    }
  };
  std::string plain = folded;
  bool ligature = false;
  for (const auto& [lig, letters] :
       {std::pair<std::string_view, std::string_view>{"\xC5\x93", "oe"},
        {"\xC3\xA6", "ae"}}) {
    for (size_t at; (at = plain.find(lig)) != std::string::npos;) {
      plain.replace(at, lig.size(), letters);
      ligature = true;
    }
  }
  add(std::move(folded));
  if (ligature) add(std::move(plain));
  return true;
}

std::vector<std::string_view> SplitAlternatives(std::string_view item) {
  std::vector<std::string_view> out;
  size_t start = 0;
  for (;;) {
    const size_t bar = item.find('|', start);
    out.push_back(item.substr(start, bar == std::string_view::npos
                                         ? std::string_view::npos
                                         : bar - start));
    if (bar == std::string_view::npos) return out;
    start = bar + 1;
  }
}

// Folds an alternative, keeping the '=' of a form-only one.
std::string FoldAlternative(std::string_view alt) {
  if (alt.size() > 1 && alt[0] == '=') return "=" + FoldString(alt.substr(1));
  return FoldString(alt);
}

// The pattern words of one line's items (`rest` after the theme id).
StatusOr<std::vector<ThemePatternWord>> ParseWords(std::string_view rest,
                                                   const EntryReader& entries) {
  std::vector<ThemePatternWord> words;
  int pending_gap = 0, gaps = 0;
  for (std::string_view item = NextField(&rest); !item.empty();
       item = NextField(&rest)) {
    if (item.find("\xE2\x80\x99") != std::string_view::npos) {
      return entries.Error("write apostrophes as ' in '" + std::string(item) +
                           "'");
    }
    const int gap = ParseGap(item);
    if (gap == -2) return entries.Error("bad gap '" + std::string(item) + "'");
    if (gap >= 0) {
      if (words.empty())
        return entries.Error("a pattern cannot start with a gap");
      if (pending_gap > 0) return entries.Error("two gaps in a row");
      if (++gaps > kMaxThemeGapsPerPattern)
        return entries.Error("too many gaps");
      pending_gap = gap;
      continue;
    }
    std::vector<std::string_view> alts = SplitAlternatives(item);
    if (alts.size() > static_cast<size_t>(kMaxThemeAlternatives)) {
      return entries.Error("too many alternatives");
    }
    for (std::string_view alt : alts) {
      if (alt.empty() || alt == "=") {
        return entries.Error("empty alternative in '" + std::string(item) +
                             "'");
      }
    }
    const std::vector<std::string_view> tokens = ThemeWordTokens(alts[0]);
    if (alts.size() > 1 || tokens.size() == 1) {
      ThemePatternWord word;
      word.max_gap_before = static_cast<uint8_t>(pending_gap);
      for (std::string_view alt : alts) {
        if (ThemeWordTokens(alt).size() != 1) {
          return entries.Error("an alternative must be one word: '" +
                               std::string(alt) + "'");
        }
        if (!AddSpellings(FoldAlternative(alt), &word.alternatives)) {
          return entries.Error("empty word in '" + std::string(item) + "'");
        }
      }
      words.push_back(std::move(word));
    } else {
      const bool form_only = item[0] == '=';
      for (size_t i = 0; i < tokens.size(); ++i) {
        ThemePatternWord word;
        word.max_gap_before = static_cast<uint8_t>(i == 0 ? pending_gap : 0);
        std::string token(tokens[i]);
        if (form_only && i > 0) token.insert(0, "=");
        if (!AddSpellings(FoldAlternative(token), &word.alternatives)) {
          return entries.Error("empty word in '" + std::string(item) + "'");
        }
        words.push_back(std::move(word));
      }
    }
    pending_gap = 0;
  }
  if (words.empty()) return entries.Error("empty pattern");
  if (pending_gap > 0) return entries.Error("a pattern cannot end with a gap");
  return words;
}

// The parts of a hyphenated alternative, or {} when it has no hyphen, an
// empty part ("-", "a--b") or a part that would read as form-only ("a-=b":
// '=' marks only a whole alternative).
// A form-only alternative gives form-only parts.
std::vector<std::string> HyphenParts(std::string_view alt) {
  const bool form_only = !alt.empty() && alt[0] == '=';
  if (form_only) alt.remove_prefix(1);
  if (alt.find('-') == std::string_view::npos) return {};
  std::vector<std::string> parts;
  size_t start = 0;
  for (;;) {
    const size_t dash = alt.find('-', start);
    const std::string_view part = alt.substr(start, dash - start);
    if (part.empty() || part[0] == '=') return {};
    parts.push_back((form_only ? "=" : "") + std::string(part));
    if (dash == std::string::npos) break;
    start = dash + 1;
  }
  return parts;
}

// `words` plus one variant per hyphenated alternative, written as the
// separate tokens a text may use instead ("talk-show" -> "talk show").
StatusOr<std::vector<std::vector<ThemePatternWord>>> Variants(
    std::vector<ThemePatternWord> words, const EntryReader& entries) {
  std::vector<std::vector<ThemePatternWord>> out;
  for (size_t pos = 0; pos < words.size(); ++pos) {
    for (const std::string& alt : words[pos].alternatives) {
      std::vector<std::string> parts = HyphenParts(alt);
      if (parts.empty()) continue;
      std::vector<ThemePatternWord> variant(words.begin(), words.begin() + pos);
      for (size_t i = 0; i < parts.size(); ++i) {
        ThemePatternWord word;
        word.max_gap_before = i == 0 ? words[pos].max_gap_before : 0;
        word.alternatives.push_back(std::move(parts[i]));
        variant.push_back(std::move(word));
      }
      variant.insert(variant.end(), words.begin() + pos + 1, words.end());
      out.push_back(std::move(variant));
      if (out.size() + 1 > static_cast<size_t>(kMaxThemeVariants)) {
        return entries.Error("too many hyphenated spellings");
      }
    }
  }
  out.insert(out.begin(), std::move(words));
  for (const auto& variant : out) {
    if (variant.size() > static_cast<size_t>(kMaxThemePatternWords)) {
      return entries.Error("pattern longer than " +
                           std::to_string(kMaxThemePatternWords) + " words");
    }
  }
  return out;
}

// The tokenizer's splits (text/word_split.h), which patterns must mirror
// to meet the same tokens.
constexpr std::string_view kEnglishClitics[] = {"n't", "'s",  "'m", "'re",
                                                "'ve", "'ll", "'d"};

// Words with an apostrophe that the tokenizer keeps whole.
bool IsUnsplitWord(std::string_view rest) {
  for (std::string_view whole :
       {"aujourd'hui", "quelqu'un", "prud'hom", "presqu'"}) {
    if (rest.size() >= whole.size() &&
        std::equal(whole.begin(), whole.end(), rest.begin(),
                   [](char a, char b) {
                     return a == (b >= 'A' && b <= 'Z' ? b - 'A' + 'a' : b);
                   })) {
      return true;
    }
  }
  return false;
}

}  // namespace

std::vector<std::string_view> ThemeWordTokens(std::string_view word) {
  std::vector<std::string_view> out;
  std::string_view suffix;  // English clitic: Russia's -> Russia + 's
  for (std::string_view clitic : kEnglishClitics) {
    if (word.size() > clitic.size() && word.ends_with(clitic)) {
      suffix = word.substr(word.size() - clitic.size());
      word.remove_suffix(clitic.size());
      break;
    }
  }
  size_t start = 0;
  for (size_t i = 0; i < word.size(); ++i) {
    if (word[i] != '\'' || i == start) continue;
    if (IsUnsplitWord(word.substr(start))) break;
    out.push_back(word.substr(start, i + 1 - start));  // "d'", "l'"
    start = i + 1;
  }
  if (start < word.size()) out.push_back(word.substr(start));
  if (!suffix.empty()) out.push_back(suffix);
  return out;
}

StatusOr<ThemeTaxonomy> ThemeTaxonomy::Parse(std::string_view text,
                                             std::string_view what) {
  ThemeTaxonomy taxonomy;
  EntryReader entries(text, what);
  std::string_view rest;
  while (entries.Next(&rest)) {
    const std::string_view id = NextField(&rest);
    const std::string_view group = NextField(&rest);
    const std::string_view parent = NextField(&rest);
    const std::string_view description = rest;
    if (!IsThemeId(id))
      return entries.Error("bad theme id '" + std::string(id) + "'");
    if (!IsGroup(group))
      return entries.Error("bad group '" + std::string(group) + "'");
    if (parent.empty() || description.empty()) {
      return entries.Error("a theme needs ID GROUP PARENT DESCRIPTION");
    }
    ThemeInfo info{std::string(id), std::string(group), -1,
                   std::string(description)};
    if (parent != "-") {
      info.parent = taxonomy.Find(parent);
      if (info.parent < 0) {
        return entries.Error("parent '" + std::string(parent) +
                             "' is not defined on an earlier line");
      }
    }
    const int32_t index = static_cast<int32_t>(taxonomy.themes_.size());
    if (!taxonomy.index_.emplace(info.id, index).second) {
      return entries.Error("duplicate theme '" + info.id + "'");
    }
    taxonomy.themes_.push_back(std::move(info));
  }
  return taxonomy;
}

int32_t ThemeTaxonomy::Find(std::string_view id) const {
  auto it = index_.find(std::string(id));
  return it == index_.end() ? -1 : it->second;
}

StatusOr<std::vector<ThemePattern>> ParseThemePatterns(
    std::string_view text, std::string_view what,
    const ThemeTaxonomy& taxonomy) {
  std::vector<ThemePattern> patterns;
  EntryReader entries(text, what);
  std::string_view rest;
  while (entries.Next(&rest)) {
    const std::string_view id = NextField(&rest);
    const int32_t theme = taxonomy.Find(id);
    if (theme < 0)
      return entries.Error("unknown theme '" + std::string(id) + "'");
    const bool exclude = !rest.empty() && rest[0] == '!';
    if (exclude) rest.remove_prefix(1);
    auto words = ParseWords(rest, entries);
    if (!words.ok()) return words.status();
    auto variants = Variants(std::move(*words), entries);
    if (!variants.ok()) return variants.status();
    for (auto& variant : *variants) {
      patterns.push_back(
          {theme, exclude, std::move(variant), entries.number()});
    }
  }
  return patterns;
}

}  // namespace tocsin
