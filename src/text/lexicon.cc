#include "text/lexicon.h"

#include <fstream>
#include <sstream>

#include "text/utf8.h"
#include "util/strings.h"

namespace tocsin {
namespace {

using text_internal::AsciiLower;
using text_internal::IsAsciiUpper;

bool ParseKind(std::string_view name, AbbrevKind* kind) {
  if (name == "prefix")
    *kind = AbbrevKind::kPrefix;
  else if (name == "initial")
    *kind = AbbrevKind::kInitial;
  else if (name == "plain")
    *kind = AbbrevKind::kPlain;
  else if (name == "number")
    *kind = AbbrevKind::kNumber;
  else
    return false;
  return true;
}

struct ListFile {
  const char* name;
  bool required_en;
  bool required_fr;
  WordSet LanguageLexicon::*set;
  bool with_kind;
};

constexpr ListFile kLists[] = {
    {"abbreviations", true, true, &LanguageLexicon::abbreviations, true},
    {"sentence_starters", true, true, &LanguageLexicon::sentence_starters,
     false},
    {"stopwords", true, true, &LanguageLexicon::stopwords, false},
    {"clitics", true, true, &LanguageLexicon::clitics, false},
    {"elisions", false, true, &LanguageLexicon::elisions, false},
    {"no_split", false, true, &LanguageLexicon::no_split, false},
};

Status LoadLanguage(const std::string& dir, bool is_fr, LanguageLexicon* lex) {
  for (const ListFile& list : kLists) {
    const std::string path = dir + "/" + list.name + ".txt";
    std::ifstream in(path, std::ios::binary);
    if (!in) {
      if (is_fr ? list.required_fr : list.required_en) {
        return NotFoundError("cannot open word list " + path);
      }
      continue;
    }
    std::stringstream buffer;
    buffer << in.rdbuf();
    TOCSIN_RETURN_IF_ERROR(
        ParseTextList(buffer.str(), path, list.with_kind, &(lex->*list.set)));
  }
  return Status::OK();
}

}  // namespace

void WordSet::Insert(std::string_view word, uint8_t value) {
  if (word.size() >= 64 || value == 0) return;
  if ((count_ + 1) * 2 > slots_.size()) Grow();
  const size_t mask = slots_.size() - 1;
  for (size_t i = Hash(word) & mask;; i = (i + 1) & mask) {
    Slot& slot = slots_[i];
    if (slot.value == 0) {
      slot.offset = static_cast<uint32_t>(arena_.size());
      slot.size = static_cast<uint8_t>(word.size());
      slot.value = value;
      arena_.append(word);
      ++count_;
      lengths_ |= uint64_t{1} << word.size();
      if (!word.empty()) {
        const auto b = static_cast<uint8_t>(word[0]);
        first_bytes_[b >> 6] |= uint64_t{1} << (b & 63);
      }
      return;
    }
    if (slot.size == word.size() && Word(slot) == word) {
      slot.value = value;
      return;
    }
  }
}

void WordSet::Grow() {
  std::vector<Slot> old = std::move(slots_);
  slots_.assign(old.empty() ? 64 : old.size() * 2, Slot());
  const size_t mask = slots_.size() - 1;
  for (const Slot& slot : old) {
    if (slot.value == 0) continue;
    size_t i = Hash(Word(slot)) & mask;
    while (slots_[i].value != 0) i = (i + 1) & mask;
    slots_[i] = slot;
  }
}

AbbrevKind LanguageLexicon::Abbreviation(std::string_view word) const {
  if (word.empty()) return AbbrevKind::kNone;
  if (uint8_t v = abbreviations.Find(word)) return static_cast<AbbrevKind>(v);
  if (!IsAsciiUpper(word[0]) || word.size() > 32) return AbbrevKind::kNone;
  char buf[32];
  word.copy(buf, word.size());
  buf[0] = AsciiLower(buf[0]);
  return static_cast<AbbrevKind>(
      abbreviations.Find(std::string_view(buf, word.size())));
}

Status ParseTextList(std::string_view content, std::string_view name,
                     bool with_kind, WordSet* out) {
  size_t line_no = 0;
  while (!content.empty()) {
    ++line_no;
    const size_t nl = content.find('\n');
    std::string_view line = content.substr(0, nl);
    content.remove_prefix(nl == std::string_view::npos ? content.size()
                                                       : nl + 1);
    if (const size_t hash = line.find('#'); hash != std::string_view::npos) {
      line = line.substr(0, hash);
    }
    line = TrimWhitespace(line);
    if (line.empty()) continue;
    const size_t space = line.find_first_of(" \t");
    std::string_view word = line.substr(0, space);
    std::string_view rest = space == std::string_view::npos
                                ? ""
                                : TrimWhitespace(line.substr(space));
    if (!with_kind) {
      if (!rest.empty()) {
        return InvalidArgumentError(std::string(name) + ":" +
                                    std::to_string(line_no) +
                                    ": one word per line expected");
      }
      std::string lower(word);
      for (char& c : lower) c = AsciiLower(c);
      out->Insert(lower);
      continue;
    }
    AbbrevKind kind = AbbrevKind::kPlain;
    if (!rest.empty() && !ParseKind(rest, &kind)) {
      return InvalidArgumentError(
          std::string(name) + ":" + std::to_string(line_no) +
          ": unknown abbreviation kind '" + std::string(rest) + "'");
    }
    out->Insert(word, static_cast<uint8_t>(kind));
  }
  return Status::OK();
}

StatusOr<TextLexicon> LoadTextLexicon(const std::string& dict_dir) {
  TextLexicon lex;
  TOCSIN_RETURN_IF_ERROR(LoadLanguage(dict_dir + "/en", false, &lex.en));
  TOCSIN_RETURN_IF_ERROR(LoadLanguage(dict_dir + "/fr", true, &lex.fr));
  return lex;
}

}  // namespace tocsin
