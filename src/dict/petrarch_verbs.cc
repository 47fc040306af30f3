#include "dict/petrarch_verbs.h"

#include <algorithm>
#include <map>
#include <set>

#include "util/lines.h"
#include "util/strings.h"

namespace tocsin {
namespace {

std::vector<std::string> SplitFields(std::string_view s) {
  std::vector<std::string> out;
  size_t i = 0;
  while (i < s.size()) {
    while (i < s.size() && (s[i] == ' ' || s[i] == '\t' || s[i] == '\r')) ++i;
    size_t start = i;
    while (i < s.size() && s[i] != ' ' && s[i] != '\t' && s[i] != '\r') ++i;
    if (i > start) out.emplace_back(s.substr(start, i - start));
  }
  return out;
}

std::vector<std::string> SplitOn(std::string_view s, char sep) {
  std::vector<std::string> out;
  size_t start = 0;
  for (size_t i = 0; i <= s.size(); ++i) {
    if (i == s.size() || s[i] == sep) {
      out.emplace_back(s.substr(start, i - start));
      start = i + 1;
    }
  }
  return out;
}

// Characters our pattern syntax reserves: such a word cannot be a literal.
// Sets nesting sets could otherwise multiply without bound.
constexpr size_t kMaxSetMembers = 1024;

bool UsableWord(std::string_view w) {
  if (w.empty() || w == "...") return false;
  if (w.find_first_of("*?$|%#") != std::string_view::npos) return false;
  // `word:v` is a class suffix in our format.
  return !(w.size() >= 2 && w[w.size() - 2] == ':');
}

// "&LABEL_" and "&LABEL" name the same set: a final '_' only says that
// PETRARCH should not make plurals of its members (our lemmas match them).
std::string SetLabel(std::string_view label) {
  while (label.size() > 1 && label.back() == '_') label.remove_suffix(1);
  return std::string(label);
}

// "--- NAME [CODE] ---" -> name, code.
void ParseBlockHeader(std::string_view line, std::string* name,
                      std::string* code) {
  std::vector<std::string> f = SplitFields(line);
  name->clear();
  code->clear();
  for (const std::string& x : f) {
    if (x.find_first_not_of('-') == std::string::npos) continue;
    if (x.front() == '[') {
      if (code->empty()) *code = x.substr(1, x.size() - 1 - (x.back() == ']'));
      continue;
    }
    if (code->empty()) *name += (name->empty() ? "" : "_") + x;
  }
}

std::string IdPart(std::string_view name) {
  std::string id;
  for (char c : ToLowerAscii(name)) {
    bool ok = (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9');
    id += ok ? c : '_';
  }
  while (!id.empty() && id.back() == '_') id.pop_back();
  return id.empty() ? "verb" : id.substr(0, 60);
}

// A verb: per word position, the forms seen there; `head` is the verb word.
struct Verb {
  std::vector<std::vector<std::string>> words;
  size_t head = 0;
  std::string code;
  uint32_t line = 0;
};

// "WIRE_+TAP" -> {"wire","tap"}, head 1; "LASH OUT" (fields) likewise.
bool ParseVerbPhrase(const std::vector<std::string>& fields, Verb* v) {
  v->words.clear();
  v->head = 0;
  bool marked = false;
  for (const std::string& field : fields) {
    for (std::string piece : SplitOn(field, '_')) {
      if (piece.empty()) continue;
      if (piece[0] == '+') {
        piece.erase(0, 1);
        if (!marked) v->head = v->words.size();
        marked = true;
      }
      piece = ToLowerAscii(piece);
      if (!UsableWord(piece)) return false;
      v->words.push_back({piece});
    }
  }
  return !v->words.empty();
}

void AddForm(Verb* v, const Verb& form) {
  for (size_t i = 0; i < v->words.size(); ++i) {
    for (const std::string& w : form.words[i]) {
      auto& alts = v->words[i];
      if (std::find(alts.begin(), alts.end(), w) == alts.end())
        alts.push_back(w);
    }
  }
}

struct Item {
  enum Kind { kWord, kVerb, kSource, kTarget, kCompound, kSkip, kSynset };
  Kind kind = kWord;
  std::vector<std::string> alternatives;  // kWord
  std::string synset;                     // kSynset
  bool glued = false;                     // '_' to the previous item
  bool from_synset = false;  // a synset's members, which take plurals
};

struct RawPattern {
  uint32_t line = 0;
  std::string body;  // between '-' and '['
  std::string code;
  bool bare = false;  // a verb alone: the items carry the verb
};

class VerbImporter {
 public:
  VerbImporter(std::string_view file, const PetrarchVerbOptions& options,
               std::vector<PatternSpec>* out, PetrarchVerbStats* stats,
               std::vector<DictProblem>* problems)
      : file_(file),
        options_(options),
        out_(out),
        stats_(stats),
        problems_(problems) {}

  void Run(std::string_view text);

 private:
  void Problem(uint32_t line, std::string message) {
    ++stats_->malformed;
    problems_->push_back({std::string(file_), line, std::move(message)});
  }
  void VerbLine(uint32_t line, std::string_view s);
  void PatternLine(uint32_t line, std::string_view s);
  void FlushBlock();
  // Members of a set as word sequences, nested sets resolved; false when
  // the set (or one it names) is unknown.
  bool Members(const std::string& label, int depth,
               std::vector<std::vector<std::string>>* out);
  void EmitPattern(const RawPattern& p);
  void Emit(const std::vector<Item>& items, const RawPattern& p,
            size_t* variant);

  std::string_view file_;
  const PetrarchVerbOptions& options_;
  std::vector<PatternSpec>* out_;
  PetrarchVerbStats* stats_;
  std::vector<DictProblem>* problems_;

  std::map<std::string, std::vector<std::string>> synsets_;  // raw members
  // Members() results, until a set changes: (defined, members).
  std::map<std::string, std::pair<bool, std::vector<std::vector<std::string>>>>
      resolved_;
  std::string current_synset_;
  bool in_block_ = false;
  std::string block_name_, block_code_;
  std::vector<Verb> verbs_;
  std::vector<RawPattern> patterns_;
  std::set<std::string> ids_;
};

void VerbImporter::Run(std::string_view text) {
  LineReader lines(text);
  std::string_view raw;
  bool in_comment = false;
  while (lines.Next(&raw)) {
    const uint32_t n = lines.number();
    std::string s(raw);
    // XML comments, possibly over several lines.
    for (;;) {
      if (in_comment) {
        size_t end = s.find("-->");
        if (end == std::string::npos) {
          s.clear();
          break;
        }
        s.erase(0, end + 3);
        in_comment = false;
      }
      size_t open = s.find("<!--");
      if (open == std::string::npos) break;
      size_t end = s.find("-->", open + 4);
      if (end == std::string::npos) {
        s.erase(open);
        in_comment = true;
        break;
      }
      s.erase(open, end + 3 - open);
    }
    if (size_t hash = s.find('#'); hash != std::string::npos) s.erase(hash);
    std::vector<std::string> fields = SplitFields(s);
    if (fields.empty()) continue;
    const std::string& f0 = fields[0];
    if (f0.starts_with("---")) {
      FlushBlock();
      ParseBlockHeader(s, &block_name_, &block_code_);
      in_block_ = true;
      current_synset_.clear();
      ++stats_->blocks;
    } else if (f0[0] == '&') {
      current_synset_ = SetLabel(f0);
      synsets_[current_synset_];  // defined, possibly empty
      resolved_.clear();
      ++stats_->synsets;
    } else if (f0[0] == '+' && !current_synset_.empty()) {
      std::string member = s.substr(s.find('+') + 1);
      synsets_[current_synset_].push_back(member);
      resolved_.clear();
    } else if (f0[0] == '~') {
      ++stats_->transformations;
    } else if (f0[0] == '-') {
      if (!in_block_) {
        Problem(n, "pattern outside a verb block");
        continue;
      }
      current_synset_.clear();
      PatternLine(n, s);
    } else if (in_block_) {
      current_synset_.clear();
      VerbLine(n, s);
    } else {
      Problem(n, "line outside a verb block or synonym set");
    }
  }
  FlushBlock();
}

void VerbImporter::VerbLine(uint32_t line, std::string_view s) {
  std::vector<std::string> main, forms;
  std::string code;
  bool in_braces = false;
  for (std::string f : SplitFields(s)) {
    // "RECONVENE[---]": a code glued to its word is still a code.
    if (const size_t open = f.find('[');
        open != std::string::npos && open > 0) {
      code = f.substr(open + 1, f.size() - open - 1 - (f.back() == ']'));
      f.resize(open);
    } else if (f.front() == '[') {
      code = f.substr(1, f.size() - 1 - (f.back() == ']'));
      continue;
    }
    if (f.front() == '{') {
      in_braces = true;
      f.erase(0, 1);
    }
    bool closes = !f.empty() && f.back() == '}';
    if (closes) f.pop_back();
    if (!f.empty()) (in_braces ? forms : main).push_back(f);
    if (closes) in_braces = false;
  }
  Verb verb;
  if (main.empty() || !ParseVerbPhrase(main, &verb)) {
    Problem(line, "unreadable verb line");
    return;
  }
  verb.code = code.empty() ? block_code_ : code;
  verb.line = line;
  ++stats_->verbs;
  // Irregular forms of the same shape join the verb's alternatives; others
  // (a form with another word count) become verbs of their own.
  std::vector<Verb> extra;
  for (const std::string& form : forms) {
    Verb f;
    if (!ParseVerbPhrase({form}, &f)) {
      Problem(line, "unreadable form '" + form + "'");
      continue;
    }
    if (f.words.size() == verb.words.size() && f.head == verb.head) {
      AddForm(&verb, f);
    } else {
      f.code = verb.code;
      f.line = line;
      extra.push_back(std::move(f));
    }
  }
  verbs_.push_back(std::move(verb));
  for (Verb& v : extra) verbs_.push_back(std::move(v));
}

void VerbImporter::PatternLine(uint32_t line, std::string_view s) {
  ++stats_->pattern_lines;
  size_t open = s.rfind('[');
  size_t close = s.rfind(']');
  if (open == std::string_view::npos || close == std::string_view::npos ||
      close < open) {
    Problem(line, "pattern without a [code]");
    return;
  }
  RawPattern p;
  p.line = line;
  p.code = std::string(s.substr(open + 1, close - open - 1));
  size_t dash = s.find('-');
  p.body = std::string(s.substr(dash + 1, open - dash - 1));
  patterns_.push_back(std::move(p));
}

bool VerbImporter::Members(const std::string& label, int depth,
                           std::vector<std::vector<std::string>>* out) {
  const std::string key = SetLabel(label);
  auto cached = resolved_.find(key);
  if (cached != resolved_.end()) {
    if (!cached->second.first) return false;
    out->insert(out->end(), cached->second.second.begin(),
                cached->second.second.end());
    return true;
  }
  auto it = synsets_.find(key);
  if (it == synsets_.end() || depth > 4) return false;
  // A set naming itself, directly or not, is as good as undefined.
  resolved_[key] = {false, {}};
  std::vector<std::vector<std::string>> all;
  for (const std::string& member : it->second) {
    if (all.size() >= kMaxSetMembers) break;
    std::vector<std::string> words;
    std::vector<std::vector<std::string>> nested;
    bool ok = true;
    for (std::string f : SplitFields(member)) {
      if (f.front() == '&') {
        if (!Members(f, depth + 1, &nested)) return false;
        continue;
      }
      for (std::string piece : SplitOn(f, '_')) {
        std::erase_if(piece, [](char c) { return c == '{' || c == '}'; });
        if (piece.empty()) continue;
        piece = ToLowerAscii(piece);
        ok &= UsableWord(piece);
        words.push_back(piece);
      }
    }
    if (!ok) continue;
    if (!words.empty()) all.push_back(std::move(words));
    for (auto& n : nested) all.push_back(std::move(n));
  }
  out->insert(out->end(), all.begin(), all.end());
  resolved_[key] = {true, std::move(all)};
  return true;
}

void VerbImporter::FlushBlock() {
  if (!in_block_) return;
  if (options_.patterns_first) {
    for (const RawPattern& p : patterns_) EmitPattern(p);
  }
  // Bare verbs: each verb codes its own (or the block's) code.
  for (const Verb& v : verbs_) {
    if (v.code.empty() || v.code == "---") continue;
    RawPattern p;
    p.line = v.line;
    p.code = v.code;
    p.bare = true;
    std::vector<Item> items;
    for (size_t i = 0; i < v.words.size(); ++i) {
      Item it;
      it.kind = i == v.head ? Item::kVerb : Item::kWord;
      it.alternatives = v.words[i];
      it.glued = i > 0;
      items.push_back(std::move(it));
    }
    size_t variant = 0;
    Emit(items, p, &variant);
  }
  if (!options_.patterns_first) {
    for (const RawPattern& p : patterns_) EmitPattern(p);
  }
  verbs_.clear();
  patterns_.clear();
  in_block_ = false;
}

void VerbImporter::EmitPattern(const RawPattern& p) {
  if (p.code.empty()) return;
  // "---" becomes a null pattern (kNullCode): it still wins its words away
  // from the block's other patterns, as in PETRARCH.
  if (p.code == kNullCode) ++stats_->null_code;
  // Tokens, with sets resolved into alternatives or variants.
  std::vector<std::vector<Item>> variants(1);
  bool has_verb = false;
  for (const std::string& field : SplitFields(p.body)) {
    bool first_piece = true;
    for (std::string piece : SplitOn(field, '_')) {
      std::erase_if(piece, [](char c) {
        return c == '{' || c == '}' || c == '(' || c == ')';
      });
      if (piece.empty()) continue;
      Item item;
      item.glued = !first_piece;
      first_piece = false;
      std::vector<std::vector<std::string>> members;
      if (piece == "*") {
        item.kind = Item::kVerb;
        has_verb = true;
      } else if (piece == "$") {
        item.kind = Item::kSource;
      } else if (piece == "+") {
        item.kind = Item::kTarget;
      } else if (piece == "%") {
        item.kind = Item::kCompound;
      } else if (piece == "^") {
        item.kind = Item::kSkip;
      } else if (piece[0] == '&') {
        item.from_synset = true;
        if (!Members(piece, 0, &members) || members.empty()) {
          ++stats_->undefined_synset;
          Problem(p.line, "unknown synonym set " + piece);
          return;
        }
      } else {
        piece = ToLowerAscii(piece);
        if (!UsableWord(piece)) {
          Problem(p.line, "unusable word '" + piece + "'");
          return;
        }
        item.alternatives = {piece};
      }
      if (members.empty()) {
        for (auto& v : variants) v.push_back(item);
        continue;
      }
      // The single words are one alternative; each phrase a variant.
      std::vector<std::vector<std::string>> phrases;
      for (auto& m : members) {
        if (m.size() == 1) {
          item.alternatives.push_back(m[0]);
        } else {
          phrases.push_back(std::move(m));
        }
      }
      if (phrases.empty()) {
        for (auto& v : variants) v.push_back(item);
        continue;
      }
      std::vector<std::vector<Item>> next;
      for (const auto& v : variants) {
        if (!item.alternatives.empty()) {
          next.push_back(v);
          next.back().push_back(item);
        }
        for (const auto& m : phrases) {
          if (next.size() == kMaxSynsetExpansions) {
            ++stats_->expansions_cut;
            continue;
          }
          std::vector<Item> x = v;
          for (size_t i = 0; i < m.size(); ++i) {
            Item w;
            w.alternatives = {m[i]};
            w.glued = i > 0 || item.glued;
            w.from_synset = true;
            x.push_back(std::move(w));
          }
          next.push_back(std::move(x));
        }
      }
      variants = std::move(next);
    }
  }
  if (!has_verb) {
    Problem(p.line, "pattern without '*'");
    return;
  }
  size_t variant = 0;
  for (const auto& items : variants) Emit(items, p, &variant);
}

void VerbImporter::Emit(const std::vector<Item>& items, const RawPattern& p,
                        size_t* variant) {
  // The single-word verbs share one trigger; each multi-word verb has its
  // own copy of the pattern.
  std::vector<const Verb*> multi;
  Verb singles;
  singles.words.resize(1);
  for (const Verb& v : verbs_) {
    if (v.words.size() == 1) {
      AddForm(&singles, v);
    } else {
      multi.push_back(&v);
    }
  }
  std::vector<const Verb*> heads;
  if (!singles.words[0].empty()) heads.push_back(&singles);
  heads.insert(heads.end(), multi.begin(), multi.end());
  const bool bare = p.bare;
  if (bare) heads = {nullptr};
  for (const Verb* verb : heads) {
    PatternSpec spec;
    spec.cameo = p.code;
    spec.line = p.line;
    bool pending_gap = false;
    int pending_skips = 0;  // '^': each skips at least one token
    bool verb_seen = false;
    for (const Item& item : items) {
      verb_seen |= item.kind == Item::kVerb;
      if (item.kind == Item::kSkip || item.kind == Item::kCompound) {
        if (item.kind == Item::kSkip && *variant == 0) ++stats_->skips;
        if (item.kind == Item::kSkip) ++pending_skips;
        if (item.kind == Item::kCompound) {
          if (*variant == 0 && !spec.symmetric) ++stats_->compound;
          spec.symmetric = true;
          // "% *": the subject is the compound ("* WITH %": the object).
          if (!verb_seen) spec.compound = true;
        }
        pending_gap = true;
        continue;
      }
      if (!item.glued) pending_gap = true;
      if (spec.elements.empty()) {
        pending_gap = false;
        // "- + * IN $": the subject is the target. A leading "$" says
        // what the coder does anyway.
        if (item.kind == Item::kTarget) spec.subject_target = true;
        if (item.kind == Item::kSource || item.kind == Item::kTarget) {
          if (item.kind == Item::kSource && *variant == 0) {
            ++stats_->leading_slot;
          }
          continue;
        }
      }
      // "IFTAR IN ^ +": the skipped phrase is at least one token, so the
      // target is not the first actor after "in".
      if (pending_skips > 0 && !spec.elements.empty()) {
        PatternElement skip;
        skip.kind = PatternElement::Kind::kSkip;
        for (int i = 0; i < pending_skips; ++i) spec.elements.push_back(skip);
      } else if (pending_gap && !spec.elements.empty()) {
        PatternElement gap;
        gap.kind = PatternElement::Kind::kGap;
        spec.elements.push_back(gap);
      }
      pending_gap = false;
      pending_skips = 0;
      PatternElement e;
      switch (item.kind) {
        case Item::kSource:
          e.kind = PatternElement::Kind::kSourceSlot;
          spec.elements.push_back(e);
          break;
        case Item::kTarget:
          e.kind = PatternElement::Kind::kTargetSlot;
          spec.elements.push_back(e);
          break;
        case Item::kVerb:
          if (bare) {
            e.words = item.alternatives;
            e.trigger = true;
            if (options_.verbs_only) e.classes = kPatternVerb;
            spec.elements.push_back(e);
            break;
          }
          for (size_t i = 0; i < verb->words.size(); ++i) {
            PatternElement w;
            w.words = verb->words[i];
            if (i == verb->head) {
              w.trigger = true;
              if (options_.verbs_only) w.classes = kPatternVerb;
            }
            spec.elements.push_back(std::move(w));
          }
          break;
        default:
          e.words = item.alternatives;
          // PETRARCH matches a pattern's own words as written; only a
          // synset's members take plurals ("adopt a set of resolutions"
          // is no "adopt ... resolution").
          // A bare verb's other words ("shut down") are the verb's.
          e.exact = !bare && item.kind == Item::kWord && !item.from_synset;
          spec.elements.push_back(e);
      }
    }
    spec.id = IdPart(block_name_) + ".l" + std::to_string(p.line);
    if (*variant > 0) spec.id += "-" + std::to_string(*variant + 1);
    while (!ids_.insert(spec.id).second) spec.id += "x";
    ++*variant;
    // Round trip through our parser: what we write is what the coder reads.
    std::vector<PatternSpec> parsed;
    std::vector<PatternParseError> errors;
    // The code is checked later (AssignPetrarchCodes): a stand-in here.
    PatternSpec probe = spec;
    probe.cameo = "01";
    ParsePatternText(FormatPatternLine(probe), &parsed, &errors);
    if (!errors.empty()) {
      Problem(p.line, "cannot express pattern: " + errors[0].message);
      continue;
    }
    ++stats_->patterns_written;
    out_->push_back(std::move(spec));
  }
}

}  // namespace

void ImportPetrarchVerbs(std::string_view text, std::string_view file,
                         const PetrarchVerbOptions& options,
                         std::vector<PatternSpec>* patterns,
                         PetrarchVerbStats* stats,
                         std::vector<DictProblem>* problems) {
  VerbImporter importer(file, options, patterns, stats, problems);
  importer.Run(text);
}

std::string FormatPatternLine(const PatternSpec& p) {
  std::string line = p.id + " " + p.cameo;
  for (const PatternElement& e : p.elements) {
    line += ' ';
    switch (e.kind) {
      case PatternElement::Kind::kGap:
        line += "...";
        continue;
      case PatternElement::Kind::kSkip:
        line += "^";
        continue;
      case PatternElement::Kind::kSourceSlot:
        line += "$S";
        continue;
      case PatternElement::Kind::kTargetSlot:
        line += "$T";
        continue;
      case PatternElement::Kind::kLiteral:
        break;
    }
    if (e.trigger) line += '*';
    if (e.exact) line += '=';
    for (size_t i = 0; i < e.words.size(); ++i) {
      if (i > 0) line += '|';
      line += e.words[i];
    }
    if (e.classes == kPatternVerb) line += ":v";
    if (e.classes == kPatternNoun) line += ":n";
    if (e.classes == kPatternAdjective) line += ":a";
    if (e.optional) line += '?';
  }
  if (p.speech) line += " %speech";
  if (p.subject_target) line += " %subject_target";
  if (p.compound) {
    line += " %compound";
  } else if (p.symmetric) {
    line += " %symmetric";
  }
  return line;
}

}  // namespace tocsin
