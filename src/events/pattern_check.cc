#include "events/pattern_check.h"

#include <algorithm>
#include <filesystem>
#include <map>
#include <set>
#include <unordered_map>

#include "dict/fold.h"
#include "events/event_roles.h"
#include "events/pattern_format.h"
#include "util/files.h"

namespace tocsin {
namespace {

// One element as the matcher sees it: spellings folded, order and case
// gone.
struct CanonicalElement {
  PatternElement::Kind kind;
  uint8_t classes;
  bool optional;
  std::vector<uint64_t> keys;  // sorted, unique
};

struct CheckedPattern {
  const EventPatternFile* file;
  PatternSpec spec;
  std::vector<CanonicalElement> elements;
  bool has_optional = false;
};

std::string Where(const CheckedPattern& p) {
  return p.file->name + ":" + std::to_string(p.spec.line);
}

void Add(std::vector<DictProblem>* problems, const std::string& file,
         uint32_t line, std::string message, DictProblem::Severity severity) {
  DictProblem p;
  p.file = file;
  p.line = line;
  p.message = std::move(message);
  p.severity = severity;
  problems->push_back(std::move(p));
}

// True when a literal restricted to `inner` classes is always accepted by
// one restricted to `outer` (0: any class).
bool ClassesCover(uint8_t outer, uint8_t inner) {
  return outer == kPatternAnyClass ||
         (inner != kPatternAnyClass && (inner & ~outer) == 0);
}

bool SameElements(const CheckedPattern& a, const CheckedPattern& b) {
  if (a.elements.size() != b.elements.size()) return false;
  for (size_t i = 0; i < a.elements.size(); ++i) {
    const CanonicalElement &x = a.elements[i], &y = b.elements[i];
    if (x.kind != y.kind || x.classes != y.classes ||
        x.optional != y.optional || x.keys != y.keys) {
      return false;
    }
  }
  return true;
}

// A hash of what SameElements compares.
uint64_t Signature(const CheckedPattern& p) {
  uint64_t h = p.elements.size();
  for (const CanonicalElement& e : p.elements) {
    h = MixKeys(h, (uint64_t{static_cast<uint8_t>(e.kind)} << 16) ^
                       (uint64_t{e.classes} << 8) ^ e.optional);
    for (uint64_t k : e.keys) h = MixKeys(h, k);
  }
  return h;
}

// True when `general` matches every token sequence `specific` matches and
// counts as many literals there. Only claimed without optional elements:
// with them, the literal count of a match depends on the path the matcher
// takes, and the more general pattern may find a shorter one first.
bool Covers(const CheckedPattern& general, const CheckedPattern& specific) {
  if (general.has_optional || specific.has_optional) return false;
  if (general.elements.size() != specific.elements.size()) return false;
  for (size_t i = 0; i < general.elements.size(); ++i) {
    const CanonicalElement &g = general.elements[i], &s = specific.elements[i];
    if (g.kind != s.kind || !ClassesCover(g.classes, s.classes) ||
        !std::includes(g.keys.begin(), g.keys.end(), s.keys.begin(),
                       s.keys.end())) {
      return false;
    }
  }
  return true;
}

CheckedPattern Canonicalize(const EventPatternFile& file, PatternSpec spec,
                            std::vector<DictProblem>* problems) {
  CheckedPattern p;
  p.file = &file;
  for (const PatternElement& e : spec.elements) {
    CanonicalElement c{e.kind, e.classes, e.optional, {}};
    // The first spelling that folds like an earlier one, if any.
    std::string_view repeated, original;
    for (const std::string& w : e.words) {
      const uint64_t key = FoldKey(w);
      for (size_t k = 0; k < c.keys.size() && repeated.empty(); ++k) {
        if (c.keys[k] == key) repeated = w, original = e.words[k];
      }
      c.keys.push_back(key);
    }
    std::sort(c.keys.begin(), c.keys.end());
    c.keys.erase(std::unique(c.keys.begin(), c.keys.end()), c.keys.end());
    if (!repeated.empty()) {
      Add(problems, file.name, spec.line,
          "pattern '" + spec.id + "': alternative '" + std::string(repeated) +
              "' is written twice (as '" + std::string(original) +
              "' before it, once folded)",
          DictProblem::Severity::kWarning);
    }
    p.has_optional |= e.optional;
    p.elements.push_back(std::move(c));
  }
  p.spec = std::move(spec);
  return p;
}

}  // namespace

size_t CheckEventPatterns(const std::vector<EventPatternFile>& files,
                          const CameoTable& cameo,
                          std::vector<DictProblem>* problems) {
  std::vector<CheckedPattern> patterns;
  std::unordered_map<std::string, size_t> first_with_id;
  for (const EventPatternFile& file : files) {
    std::vector<PatternSpec> specs;
    std::vector<PatternParseError> errors;
    ParsePatternText(file.text, &specs, &errors);
    for (const PatternParseError& e : errors) {
      Add(problems, file.name, e.line, e.message,
          DictProblem::Severity::kError);
    }
    for (PatternSpec& spec : specs) {
      if (!spec.null() && cameo.Find(spec.cameo) == nullptr) {
        Add(problems, file.name, spec.line,
            "pattern '" + spec.id + "': CAMEO code " + spec.cameo +
                " is not in the CAMEO table",
            DictProblem::Severity::kError);
      }
      auto [it, fresh] = first_with_id.emplace(spec.id, patterns.size());
      if (!fresh) {
        Add(problems, file.name, spec.line,
            "duplicate pattern id '" + spec.id + "' (first at " +
                Where(patterns[it->second]) + ")",
            DictProblem::Severity::kError);
      }
      patterns.push_back(Canonicalize(file, std::move(spec), problems));
    }
  }

  // The coder only compares patterns anchored on the same word, so only
  // those can hide one another.
  std::map<uint64_t, std::vector<size_t>> by_anchor;
  for (size_t i = 0; i < patterns.size(); ++i) {
    for (uint64_t key : patterns[i].elements.front().keys) {
      by_anchor[key].push_back(i);
    }
  }
  // Each hidden pattern is reported once, against the first pattern that
  // hides it. Identical patterns are found through a hash of their
  // elements; a cover is sought among at most kMaxCoverComparisons earlier
  // patterns of the same anchor, so that hostile input (every line on one
  // anchor word) stays linear. Our own groups are far smaller.
  constexpr size_t kMaxCoverComparisons = 512;
  std::map<size_t, size_t> hidden_by;
  std::unordered_map<uint64_t, std::vector<size_t>> by_signature;
  for (size_t b = 0; b < patterns.size(); ++b) {
    std::vector<size_t>& same = by_signature[Signature(patterns[b])];
    for (size_t a : same) {
      if (SameElements(patterns[a], patterns[b])) {
        hidden_by.emplace(b, a);
        break;
      }
    }
    same.push_back(b);
  }
  for (const auto& [key, group] : by_anchor) {
    for (size_t bi = 1; bi < group.size(); ++bi) {
      const size_t b = group[bi];
      const size_t first =
          bi > kMaxCoverComparisons ? bi - kMaxCoverComparisons : 0;
      for (size_t ai = first; ai < bi; ++ai) {
        const size_t a = group[ai];
        if (!Covers(patterns[a], patterns[b])) continue;
        auto [it, fresh] = hidden_by.emplace(b, a);
        if (!fresh && it->second > a) it->second = a;
        break;
      }
    }
  }
  std::vector<DictProblem> hidden;
  for (const auto& [b, a] : hidden_by) {
    const CheckedPattern &pa = patterns[a], &pb = patterns[b];
    std::string message = "pattern '" + pb.spec.id + "' is never chosen: ";
    if (!SameElements(pa, pb)) {
      message += "unreachable, '" + pa.spec.id + "' (" + Where(pa) +
                 ") matches wherever it does, with as many words, and "
                 "comes first";
    } else if (pa.spec.cameo != pb.spec.cameo) {
      message += "conflict, '" + pa.spec.id + "' (" + Where(pa) +
                 ") has the same words and codes " + pa.spec.cameo + ", not " +
                 pb.spec.cameo + "; the earlier line wins";
    } else {
      message += "duplicate of '" + pa.spec.id + "' (" + Where(pa) + ")";
    }
    Add(&hidden, pb.file->name, pb.spec.line, std::move(message),
        DictProblem::Severity::kWarning);
  }
  problems->insert(problems->end(), hidden.begin(), hidden.end());
  return patterns.size();
}

Status CheckEventsDir(const std::string& events_dir,
                      std::vector<DictProblem>* problems, size_t* patterns) {
  namespace fs = std::filesystem;
  *patterns = 0;
  const fs::path events(events_dir);
  std::error_code ec;
  if (!fs::is_directory(events, ec)) {
    return NotFoundError("not a folder: " + events_dir);
  }
  const std::string cameo_path = (events / "cameo.tsv").string();
  TOCSIN_ASSIGN_OR_RETURN(std::string cameo_text, ReadFileToString(cameo_path));
  StatusOr<CameoTable> cameo = CameoTable::Parse(cameo_text, cameo_path);
  if (!cameo.ok()) {
    Add(problems, cameo_path, 0, cameo.status().message(),
        DictProblem::Severity::kError);
  }
  TOCSIN_ASSIGN_OR_RETURN(std::vector<fs::path> language_dirs,
                          EventLanguageDirs(events));
  for (const fs::path& dir : language_dirs) {
    const std::string roles_path = (dir / "_roles.txt").string();
    StatusOr<std::string> roles = ReadFileToString(roles_path);
    if (!roles.ok()) {
      Add(problems, roles_path, 0, "missing: every language needs its roles",
          DictProblem::Severity::kError);
    } else if (StatusOr<EventRoles> parsed =
                   ParseEventRoles(*roles, roles_path);
               !parsed.ok()) {
      // The message already names the file and line.
      Add(problems, "", 0, parsed.status().message(),
          DictProblem::Severity::kError);
    }
    std::vector<EventPatternFile> files;
    for (const fs::path& p : EventPatternFiles(dir)) {
      TOCSIN_ASSIGN_OR_RETURN(std::string text, ReadFileToString(p.string()));
      files.push_back({p.string(), std::move(text)});
    }
    if (!cameo.ok()) continue;
    *patterns += CheckEventPatterns(files, *cameo, problems);
  }
  return Status::OK();
}

}  // namespace tocsin
