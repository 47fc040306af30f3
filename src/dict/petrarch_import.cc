#include "dict/petrarch_import.h"

#include <filesystem>
#include <fstream>
#include <sstream>
#include <unordered_map>
#include <unordered_set>

#include "dict/petrarch_syntax.h"

namespace tocsin {
namespace {

using petrarch::BracketCode;
using petrarch::Trim;

// At most this many phrases from one agent line's substitution sets.
constexpr size_t kMaxExpansions = 256;

// Shared by the two readers: problems, unique ids, entry output.
class Sink {
 public:
  Sink(std::string_view file, const PetrarchImportOptions& options,
       std::vector<ActorEntry>* entries, std::vector<DictProblem>* problems)
      : file_(file), options_(options), entries_(entries), problems_(problems) {
    for (const ActorEntry& e : *entries) ids_.insert(e.id);
  }

  void Problem(uint32_t line, std::string message,
               DictProblem::Severity severity = DictProblem::Severity::kError) {
    problems_->push_back({file_, line, std::move(message), severity});
  }

  // Adds the readable form(s) of `phrase` to `entry`, once each; false
  // (with a problem) when the phrase cannot be an alias.
  bool AddName(std::string_view phrase, uint32_t line, bool agent,
               ActorEntry* entry) {
    if (phrase.find_first_of("|[]{}") != std::string_view::npos) {
      Problem(line,
              "unexpected character in phrase '" + std::string(phrase) + "'");
      return false;
    }
    std::string main, acronym;
    petrarch::SplitParenthesis(phrase, &main, &acronym);
    std::string text = petrarch::Readable(main, agent);
    if (text.empty()) {
      Problem(line, "phrase '" + std::string(phrase) + "' has no words");
      return false;
    }
    const std::string acronym_text =
        acronym.empty() ? std::string() : petrarch::Readable(acronym, agent);
    // A leading '=' marks an exact-forms alias in our format: a phrase
    // starting with one would not read back as itself.
    if (text.front() == '=' || acronym_text.starts_with('=')) {
      Problem(line, "phrase '" + std::string(phrase) + "' starts with '='");
      return false;
    }
    Name(text, line, agent, entry);
    if (!acronym.empty()) Name(acronym_text, line, agent, entry);
    return true;
  }

  void Emit(std::string id_part, ActorEntry entry) {
    std::string id = options_.id_prefix + "." + id_part;
    for (int n = 2; !ids_.insert(id).second; ++n) {
      id = options_.id_prefix + "." + id_part + "-" + std::to_string(n);
    }
    entry.id = std::move(id);
    entry.file = file_;
    entry.layer = options_.layer;
    entry.note = "imported from " +
                 std::filesystem::path(file_).filename().string() + ":" +
                 std::to_string(entry.line);
    entries_->push_back(std::move(entry));
  }

 private:
  void Name(const std::string& text, uint32_t line, bool agent,
            ActorEntry* entry) {
    for (const ActorName& n : entry->names) {
      if (n.text == text) return;
    }
    // Actor names are names in any language; agents are English words.
    entry->names.push_back({text, agent ? "en" : "", false, line});
  }

  std::string file_;
  const PetrarchImportOptions& options_;
  std::vector<ActorEntry>* entries_;
  std::vector<DictProblem>* problems_;
  std::unordered_set<std::string> ids_;
};

// Splits a line at its first '[': the phrase before, the codes from it.
void SplitCodes(std::string_view line, std::string_view* phrase,
                std::string_view* codes) {
  size_t bracket = line.find('[');
  *phrase = Trim(line.substr(0, bracket));
  *codes = bracket == std::string_view::npos ? std::string_view()
                                             : line.substr(bracket);
}

class ActorReader {
 public:
  explicit ActorReader(Sink* sink) : sink_(sink) {}

  void Line(std::string_view line, uint32_t number) {
    std::string_view phrase, codes;
    SplitCodes(line, &phrase, &codes);
    if (line[0] == '+') {
      if (!open_) return sink_->Problem(number, "synonym before any entry");
      Synonyms(Trim(phrase.substr(1)), number);
    } else if (line[0] != '[') {
      // PETRARCH gives a primary phrase without codes the codes of the
      // next one: consecutive phrases, then their code lines.
      if (open_ && entry_.codes.empty() && !had_null_) {
        sink_->AddName(phrase, number, false, &entry_);
      } else {
        Close();
        Open(phrase, number);
      }
    } else if (!open_) {
      return sink_->Problem(number, "code line before any entry");
    }
    Codes(codes, number);
  }

  void Close() {
    if (!open_) return;
    open_ = false;
    if (entry_.codes.empty()) {
      if (!had_null_) {
        sink_->Problem(entry_.line,
                       "entry '" + id_part_ + "' has no code; skipped",
                       DictProblem::Severity::kWarning);
      }
      return;
    }
    if (entry_.names.empty()) return;  // its phrases were reported
    petrarch::ClassifyCodes(entry_.codes, &entry_.type, &entry_.country);
    sink_->Emit(id_part_, std::move(entry_));
  }

 private:
  void Open(std::string_view phrase, uint32_t number) {
    open_ = true;
    had_null_ = false;
    entry_ = ActorEntry();
    entry_.line = number;
    id_part_ = petrarch::IdPart(phrase);
    sink_->AddName(phrase, number, false, &entry_);
  }

  // "A_+_B" is two synonyms written on one line.
  void Synonyms(std::string_view phrase, uint32_t number) {
    if (phrase.empty()) return sink_->Problem(number, "empty synonym");
    if (phrase.find('+') != std::string_view::npos) {
      sink_->Problem(number, "'+' inside a phrase: read as two synonyms",
                     DictProblem::Severity::kWarning);
    }
    size_t start = 0;
    while (start <= phrase.size()) {
      size_t plus = std::min(phrase.find('+', start), phrase.size());
      std::string_view part = Trim(phrase.substr(start, plus - start));
      if (!part.empty()) sink_->AddName(part, number, false, &entry_);
      start = plus + 1;
    }
  }

  void Codes(std::string_view text, uint32_t number) {
    if (text.empty()) return;
    std::vector<BracketCode> codes;
    std::string error;
    // The codes before a malformed one still count, as in PETRARCH.
    if (!petrarch::ParseBracketCodes(text, false, &codes, &error)) {
      sink_->Problem(number, error);
    }
    for (BracketCode& c : codes) {
      if (c.null()) {
        had_null_ = true;
        continue;
      }
      ActorCode code;
      code.code = std::move(c.code);
      code.from = c.from;
      code.to = c.to;
      code.line = number;
      entry_.codes.push_back(std::move(code));
    }
  }

  Sink* sink_;
  ActorEntry entry_;
  std::string id_part_;
  bool open_ = false, had_null_ = false;
};

class AgentReader {
 public:
  explicit AgentReader(Sink* sink) : sink_(sink) {}

  void Line(std::string_view line, uint32_t number) {
    size_t eq = line.find('=');
    if (line[0] == '!' && eq != std::string_view::npos &&
        line.find('[') == std::string_view::npos) {
      return Define(line, eq, number);
    }
    std::string_view phrase, codes;
    SplitCodes(line, &phrase, &codes);
    if (codes.empty())
      return sink_->Problem(number, "agent line has no [code]");
    std::vector<BracketCode> parsed;
    std::string error;
    if (!petrarch::ParseBracketCodes(codes, true, &parsed, &error)) {
      return sink_->Problem(number, error);
    }
    if (parsed.size() != 1) {
      return sink_->Problem(number, "an agent line takes one code");
    }
    Agent(phrase, parsed[0].code, number);
  }

 private:
  void Define(std::string_view line, size_t eq, uint32_t number) {
    size_t close = line.find('!', 1);
    if (close == std::string_view::npos || close > eq || close == 1) {
      return sink_->Problem(number, "malformed substitution set");
    }
    std::vector<std::string>& items =
        sets_[std::string(line.substr(1, close - 1))];
    items.clear();
    std::string_view list = line.substr(eq + 1);
    size_t start = 0;
    while (start <= list.size()) {
      size_t comma = std::min(list.find(',', start), list.size());
      std::string_view item = Trim(list.substr(start, comma - start));
      if (!item.empty()) items.emplace_back(item);
      start = comma + 1;
    }
    if (items.empty()) {
      sets_.erase(std::string(line.substr(1, close - 1)));
      sink_->Problem(number, "empty substitution set");
    }
  }

  // Every phrase the !SET! markers of `phrase` stand for; false (with a
  // problem) for an undefined or unclosed marker.
  bool Expand(const std::string& phrase, uint32_t number,
              std::vector<std::string>* out) {
    std::vector<std::string> work = {phrase};
    out->clear();
    size_t steps = 0;  // bounds self-referring sets too (!A! = x!A!)
    while (!work.empty()) {
      std::string p = std::move(work.back());
      work.pop_back();
      size_t open = p.find('!');
      if (open == std::string::npos) {
        out->push_back(std::move(p));
        continue;
      }
      size_t close = p.find('!', open + 1);
      if (close == std::string::npos) {
        sink_->Problem(number,
                       "unclosed substitution marker in '" + phrase + "'");
        return false;
      }
      auto it = sets_.find(p.substr(open + 1, close - open - 1));
      if (it == sets_.end()) {
        sink_->Problem(number, "undefined substitution set '" +
                                   p.substr(open, close - open + 1) + "'");
        return false;
      }
      // Reversed: the stack then yields the set's order.
      for (auto item = it->second.rbegin(); item != it->second.rend(); ++item) {
        if (++steps > kMaxExpansions) {
          sink_->Problem(number, "too many substitutions in '" + phrase + "'");
          return false;
        }
        work.push_back(p.substr(0, open) + *item + p.substr(close + 1));
      }
    }
    return true;
  }

  void Agent(std::string_view text, const std::string& code, uint32_t number) {
    std::string phrase(text), plural;
    bool explicit_plural = false;
    size_t brace = phrase.find('{');
    if (brace != std::string::npos) {
      size_t close = phrase.find('}', brace);
      if (close == std::string::npos)
        return sink_->Problem(number, "missing '}'");
      plural = std::string(
          Trim(std::string_view(phrase).substr(brace + 1, close - brace - 1)));
      explicit_plural = true;
      phrase = std::string(Trim(std::string_view(phrase).substr(0, brace)));
    }
    std::vector<std::string> phrases;
    if (!Expand(phrase, number, &phrases)) return;
    // PETRARCH forms no plural of substituted phrases: the sets list them.
    const bool substituted = phrase.find('!') != std::string::npos;
    if (!explicit_plural && !substituted)
      plural = petrarch::RegularPlural(phrase);
    if (!plural.empty()) phrases.push_back(plural);
    ActorEntry entry;
    entry.line = number;
    for (const std::string& p : phrases) {
      if (!sink_->AddName(p, number, true, &entry)) return;
    }
    // "{}": the phrase has no plural in PETRARCH, which matches written
    // forms only; our lemmas would otherwise give it one ("polices").
    if (explicit_plural && plural.empty()) {
      for (ActorName& n : entry.names) n.exact_forms = true;
    }
    Code(code, number, &entry);
    std::string id = phrase;
    std::erase(id, '!');
    sink_->Emit("agent." + petrarch::IdPart(id), std::move(entry));
  }

  // "~GOV" combines with a country after it. "NGO~" (PETRARCH puts its
  // code before the country's) is an organisation of that kind that
  // prefixes the country named right after it ("MSF Arnor": NGOARN).
  static void Code(const std::string& code, uint32_t number,
                   ActorEntry* entry) {
    ActorCode c;
    c.line = number;
    c.code = code;
    if (code.front() == '~') {
      entry->type = ActorType::kAgent;
    } else {
      ActorCode kind = c;
      kind.code = code.substr(0, code.size() - 1);
      std::string country;
      petrarch::ClassifyCodes({kind}, &entry->type, &country);
    }
    entry->codes.push_back(std::move(c));
  }

  Sink* sink_;
  std::unordered_map<std::string, std::vector<std::string>> sets_;
};

}  // namespace

PetrarchKind DetectPetrarchKind(std::string_view text) {
  petrarch::CommentStripper comments;
  size_t start = 0;
  uint32_t number = 0;
  while (start < text.size()) {
    size_t end = std::min(text.find('\n', start), text.size());
    std::string_view line =
        comments.Strip(text.substr(start, end - start), ++number);
    start = end + 1;
    size_t open = line.find('[');
    if (open == std::string_view::npos) continue;
    size_t close = line.find_first_of("]}", open);
    std::string_view code = line.substr(open, close == std::string_view::npos
                                                  ? std::string_view::npos
                                                  : close - open);
    return code.find('~') != std::string_view::npos ? PetrarchKind::kAgents
                                                    : PetrarchKind::kActors;
  }
  return PetrarchKind::kActors;
}

void ImportPetrarchDictionary(std::string_view text, std::string_view file,
                              PetrarchKind kind,
                              const PetrarchImportOptions& options,
                              std::vector<ActorEntry>* entries,
                              std::vector<DictProblem>* problems) {
  Sink sink(file, options, entries, problems);
  ActorReader actors(&sink);
  AgentReader agents(&sink);
  petrarch::CommentStripper comments;
  size_t start = 0;
  uint32_t number = 0;
  while (start < text.size()) {
    size_t end = std::min(text.find('\n', start), text.size());
    std::string_view raw = text.substr(start, end - start);
    start = end + 1;
    ++number;
    if (raw.find("---STOP---") != std::string_view::npos) break;
    // Indentation only marks code lines, which start with '[' anyway.
    std::string_view line = Trim(comments.Strip(raw, number));
    if (line.empty()) continue;
    if (kind == PetrarchKind::kActors) {
      actors.Line(line, number);
    } else {
      agents.Line(line, number);
    }
  }
  actors.Close();
  if (comments.open_comment_line() != 0) {
    sink.Problem(comments.open_comment_line(), "unterminated '<!--' comment");
  }
}

Status ImportPetrarchFile(const std::string& path,
                          const PetrarchImportOptions& options,
                          std::vector<ActorEntry>* entries,
                          std::vector<DictProblem>* problems) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return NotFoundError("cannot read PETRARCH dictionary " + path);
  std::stringstream buffer;
  buffer << in.rdbuf();
  const std::string text = buffer.str();
  ImportPetrarchDictionary(text, path, DetectPetrarchKind(text), options,
                           entries, problems);
  return Status::OK();
}

std::string ReadablePhrase(std::string_view phrase, bool agent) {
  return petrarch::Readable(phrase, agent);
}

DateNumber ParsePetrarchDate(std::string_view digits) {
  return petrarch::ParseDate(digits);
}

}  // namespace tocsin
