// Bounding gumbo's cost before calling it.
//
// Gumbo checks element scopes by walking its stack of open elements, so a
// page costs about (tags x stack depth), and some markup makes the stack
// grow without end (unclosed <div>s, <li><dd> alternations, </b> closed
// across a block, which runs the adoption agency). Gumbo cannot be stopped
// once started, so this scan runs a rough model of the HTML tree builder's
// stack (implied end tags for p, li, dd/dt, table parts, option; the
// adoption agency keeping blocks open) over the raw bytes and cuts the page
// where the modelled depth or the accumulated work passes a bound. Real
// pages stay far below both; a cut page keeps its first part, like a
// truncated download.
#include <algorithm>
#include <cctype>
#include <cstdint>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "ingest/html.h"

namespace tocsin {
namespace {

constexpr size_t kMaxDepth = 4096;
constexpr uint64_t kMaxWork = uint64_t{1} << 27;
// How far down the modelled stack a tag looks for the element it closes.
constexpr size_t kSearch = 256;

enum Flag : uint8_t {
  kVoid = 1,        // never pushed
  kSpecial = 2,     // the spec's "special" category
  kFormatting = 4,  // subject to the adoption agency
  kClosesP = 8,     // its start tag closes an open <p>
  kScope = 16,      // bounds the search for an element "in scope"
};

const std::unordered_map<std::string_view, uint8_t>& Flags() {
  static const auto* flags = [] {
    auto* m = new std::unordered_map<std::string_view, uint8_t>;
    for (std::string_view t :
         {"area", "base", "basefont", "bgsound", "br", "col", "embed", "frame",
          "hr", "img", "input", "keygen", "link", "meta", "param", "source",
          "track", "wbr"}) {
      (*m)[t] |= kVoid | kSpecial;
    }
    for (std::string_view t :
         {"address",   "applet",   "article",    "aside",   "blockquote",
          "body",      "button",   "caption",    "center",  "colgroup",
          "dd",        "details",  "dir",        "div",     "dl",
          "dt",        "fieldset", "figcaption", "figure",  "footer",
          "form",      "frameset", "h1",         "h2",      "h3",
          "h4",        "h5",       "h6",         "head",    "header",
          "hgroup",    "html",     "iframe",     "li",      "listing",
          "main",      "marquee",  "menu",       "nav",     "noembed",
          "noframes",  "noscript", "object",     "ol",      "p",
          "plaintext", "pre",      "script",     "section", "select",
          "style",     "summary",  "table",      "tbody",   "td",
          "template",  "textarea", "tfoot",      "th",      "thead",
          "title",     "tr",       "ul",         "xmp"}) {
      (*m)[t] |= kSpecial;
    }
    for (std::string_view t :
         {"a", "b", "big", "code", "em", "font", "i", "nobr", "s", "small",
          "strike", "strong", "tt", "u"}) {
      (*m)[t] |= kFormatting;
    }
    for (std::string_view t :
         {"address",  "article",    "aside",   "blockquote", "center",
          "details",  "dialog",     "dir",     "div",        "dl",
          "fieldset", "figcaption", "figure",  "footer",     "header",
          "hgroup",   "main",       "menu",    "nav",        "ol",
          "p",        "section",    "summary", "ul",         "h1",
          "h2",       "h3",         "h4",      "h5",         "h6",
          "pre",      "listing",    "form",    "li",         "dd",
          "dt",       "plaintext",  "hr",      "xmp",        "table"}) {
      (*m)[t] |= kClosesP;
    }
    for (std::string_view t : {"applet", "caption", "html", "table", "td", "th",
                               "marquee", "object", "template"}) {
      (*m)[t] |= kScope;
    }
    return m;
  }();
  return *flags;
}

uint8_t FlagsOf(std::string_view name) {
  auto it = Flags().find(name);
  return it == Flags().end() ? 0 : it->second;
}

bool IsHeading(std::string_view n) {
  return n.size() == 2 && n[0] == 'h' && n[1] >= '1' && n[1] <= '6';
}

class StackModel {
 public:
  // Open elements, counting formatting elements never closed: gumbo keeps
  // them in its list of active formatting elements and re-opens them in
  // each new block, so they cost as if they stayed on the stack.
  size_t depth() const { return open_.size() + unclosed_formatting_; }

  void Start(std::string_view name, bool self_closing) {
    if (InForeignContent()) {
      if (!BreaksOutOfForeignContent(name)) {
        if (!self_closing) open_.emplace_back(name);
        return;
      }
      PopForeignContent();
    }
    if (name == "li") {
      CloseNearest([](auto n) { return n == "li"; }, StopAtListBoundary);
    } else if (name == "dd" || name == "dt") {
      CloseNearest([](auto n) { return n == "dd" || n == "dt"; },
                   StopAtListBoundary);
    }
    if (FlagsOf(name) & kClosesP) {
      CloseNearest(
          [](auto n) { return n == "p"; },
          [](auto n) { return n == "button" || (FlagsOf(n) & kScope) != 0; });
    }
    if (IsHeading(name) && !open_.empty() && IsHeading(open_.back())) {
      open_.pop_back();
    }
    if (IsTablePart(name) && !InTable()) return;  // ignored by the parser
    if (name == "td" || name == "th") {
      KeepUpTo([](auto n) { return n == "tr"; });
    } else if (name == "tr") {
      if (!CloseNearest([](auto n) { return n == "tr"; },
                        [](auto n) { return n == "table"; })) {
        KeepUpTo([](auto n) {
          return n == "tbody" || n == "thead" || n == "tfoot";
        });
      }
    } else if (name == "tbody" || name == "thead" || name == "tfoot") {
      KeepUpTo([](auto n) { return n == "table"; });
    } else if (name == "option" || name == "optgroup") {
      if (!open_.empty() && open_.back() == "option") open_.pop_back();
      if (name == "optgroup" && !open_.empty() && open_.back() == "optgroup") {
        open_.pop_back();
      }
    }
    if (FlagsOf(name) & kVoid) return;
    if (name == "form" && Find("form") != 0) return;  // one form at a time
    open_.emplace_back(name);
    if (FlagsOf(name) & kFormatting) ++unclosed_formatting_;
  }

  void End(std::string_view name) {
    const uint8_t flags = FlagsOf(name);
    if ((flags & kFormatting) && unclosed_formatting_ > 0) {
      --unclosed_formatting_;
    }
    if (name == "form") {  // removes the form alone, not what it holds
      if (const size_t k = Find("form")) open_.erase(open_.end() - k);
      return;
    }
    const size_t limit = std::min(open_.size(), kSearch);
    bool blocks_above = false;
    for (size_t k = 1; k <= limit; ++k) {
      const std::string& n = open_[open_.size() - k];
      if (n == name) {
        // A formatting element closed across a block runs the adoption
        // agency: the block stays open and a clone takes the old place.
        if (!((flags & kFormatting) && blocks_above)) {
          open_.resize(open_.size() - k);
        }
        return;
      }
      const uint8_t above = FlagsOf(n);
      if (IsBarrier(n) || (above & kScope)) return;  // not in scope
      // Other end tags give up at the first special element.
      if (!(flags & (kFormatting | kSpecial)) && (above & kSpecial)) return;
      blocks_above = blocks_above || !(above & kFormatting);
    }
  }

 private:
  // Template contents and foreign (SVG, MathML) content are parsed on
  // their own: implied end tags never reach past them.
  static bool IsBarrier(std::string_view n) {
    return n == "template" || n == "svg" || n == "math";
  }

  static bool BreaksOutOfForeignContent(std::string_view n) {
    static constexpr std::string_view kNames[] = {
        "b",    "big",    "blockquote", "body", "br",      "center", "code",
        "dd",   "div",    "dl",         "dt",   "em",      "embed",  "head",
        "hr",   "i",      "img",        "li",   "listing", "menu",   "meta",
        "nobr", "ol",     "p",          "pre",  "ruby",    "s",      "small",
        "span", "strong", "strike",     "sub",  "sup",     "table",  "tt",
        "u",    "ul",     "var"};
    return IsHeading(n) || std::find(std::begin(kNames), std::end(kNames), n) !=
                               std::end(kNames);
  }

  // Pops the innermost <svg> or <math> and everything above it.
  void PopForeignContent() {
    const size_t limit = std::min(open_.size(), kSearch);
    for (size_t k = 1; k <= limit; ++k) {
      const std::string& n = open_[open_.size() - k];
      if (n == "svg" || n == "math") {
        open_.resize(open_.size() - k);
        return;
      }
    }
  }

  static bool StopAtListBoundary(std::string_view n) {
    return (FlagsOf(n) & kSpecial) && n != "address" && n != "div" && n != "p";
  }

  // Pops the nearest element matching `match` and everything above it,
  // unless an element matching `stop` comes first. Returns true if popped.
  template <typename Match, typename Stop>
  bool CloseNearest(Match match, Stop stop) {
    const size_t limit = std::min(open_.size(), kSearch);
    for (size_t k = 1; k <= limit; ++k) {
      const std::string& n = open_[open_.size() - k];
      if (match(n)) {
        open_.resize(open_.size() - k);
        return true;
      }
      if (stop(n) || IsBarrier(n)) return false;
    }
    return false;
  }

  // Pops everything above the nearest element matching `match` (or above
  // the nearest table, which bounds table parts).
  template <typename Match>
  void KeepUpTo(Match match) {
    const size_t limit = std::min(open_.size(), kSearch);
    for (size_t k = 1; k <= limit; ++k) {
      const std::string& n = open_[open_.size() - k];
      if (match(n) || n == "table" || IsBarrier(n)) {
        open_.resize(open_.size() - k + 1);
        return;
      }
    }
  }

  static bool IsTablePart(std::string_view n) {
    return n == "tr" || n == "td" || n == "th" || n == "tbody" ||
           n == "thead" || n == "tfoot" || n == "caption" || n == "col" ||
           n == "colgroup";
  }

  // True when a <table> is open inside the innermost barrier.
  bool InTable() const {
    const size_t limit = std::min(open_.size(), kSearch);
    for (size_t k = 1; k <= limit; ++k) {
      const std::string& n = open_[open_.size() - k];
      if (n == "table") return true;
      if (IsBarrier(n)) return n == "template";  // templates accept rows
    }
    return false;
  }

  // Distance from the top of the nearest `name` inside the innermost
  // barrier (1 = top), 0 when there is none.
  size_t Find(std::string_view name) const {
    const size_t limit = std::min(open_.size(), kSearch);
    for (size_t k = 1; k <= limit; ++k) {
      const std::string& n = open_[open_.size() - k];
      if (n == name) return k;
      if (IsBarrier(n)) return 0;
    }
    return 0;
  }

  // True when the innermost barrier is <svg> or <math>.
  bool InForeignContent() const {
    const size_t limit = std::min(open_.size(), kSearch);
    for (size_t k = 1; k <= limit; ++k) {
      const std::string& n = open_[open_.size() - k];
      if (IsBarrier(n)) return n != "template";
    }
    return false;
  }

  std::vector<std::string> open_;
  size_t unclosed_formatting_ = 0;
};

bool IsRawText(std::string_view name) {
  return name == "script" || name == "style" || name == "textarea" ||
         name == "title" || name == "xmp" || name == "iframe" ||
         name == "noembed" || name == "noframes";
}

size_t FindNoCase(std::string_view hay, std::string_view needle, size_t from) {
  auto it = std::search(hay.begin() + std::min(from, hay.size()), hay.end(),
                        needle.begin(), needle.end(), [](char a, char b) {
                          return std::tolower(static_cast<unsigned char>(a)) ==
                                 std::tolower(static_cast<unsigned char>(b));
                        });
  return it == hay.end() ? std::string_view::npos : it - hay.begin();
}

// Position just past the '>' closing the tag whose attributes start at
// `i` (quotes respected), and whether it ended with "/>".
size_t TagEnd(std::string_view h, size_t i, bool* self_closing) {
  char quote = 0;
  for (; i < h.size(); ++i) {
    const char c = h[i];
    if (quote != 0) {
      if (c == quote) quote = 0;
    } else if (c == '"' || c == '\'') {
      quote = c;
    } else if (c == '>') {
      *self_closing = i > 0 && h[i - 1] == '/';
      return i + 1;
    }
  }
  return h.size();
}

}  // namespace

size_t HtmlSafePrefixLength(std::string_view h) {
  StackModel stack;
  uint64_t work = 0;
  size_t i = 0;
  while ((i = h.find('<', i)) != std::string_view::npos) {
    const size_t tag_start = i;
    if (h.compare(i, 4, "<!--") == 0) {
      const size_t end = h.find("-->", i + 4);
      if (end == std::string_view::npos) break;
      i = end + 3;
      continue;
    }
    const bool closing = i + 1 < h.size() && h[i + 1] == '/';
    size_t j = i + 1 + closing;
    std::string name;
    while (j < h.size() && name.size() < 32 &&
           (std::isalnum(static_cast<unsigned char>(h[j])) || h[j] == '-')) {
      name.push_back(
          static_cast<char>(std::tolower(static_cast<unsigned char>(h[j]))));
      ++j;
    }
    if (name.empty() || !std::isalpha(static_cast<unsigned char>(name[0]))) {
      i = j;
      continue;
    }
    bool self_closing = false;
    i = TagEnd(h, j, &self_closing);
    if (closing) {
      stack.End(name);
      continue;
    }
    if (name == "plaintext") break;
    if (IsRawText(name)) {
      const size_t end = FindNoCase(h, "</" + name, i);
      if (end == std::string_view::npos) break;
      i = end;
      continue;
    }
    stack.Start(name, self_closing);
    work += stack.depth();
    if (stack.depth() > kMaxDepth || work > kMaxWork) return tag_start;
  }
  return h.size();
}

}  // namespace tocsin
