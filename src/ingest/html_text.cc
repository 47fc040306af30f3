// Article text from a gumbo tree.
//
// Boilerplate removal is a few cheap, general rules rather than a trained
// classifier: semantic HTML5 elements (nav, header, footer, aside), ARIA
// landmark roles, and class/id names that sites use for cookie banners,
// share bars, comment threads and the like, in English and French. The one
// guard against over-removal: a block holding most of the article's text
// is never dropped for its name. All traversals are iterative, so deeply
// nested hostile markup cannot overflow the stack.
#include "ingest/html_text.h"

#include <algorithm>
#include <array>
#include <cctype>
#include <vector>

#include "ingest/paragraphs.h"

namespace tocsin {
namespace {

// Visible bytes a block named like boilerplate must hold to be taken for a
// wrapper of the article instead (a couple of sentences).
constexpr size_t kMinWrapperText = 120;

const GumboVector* Children(const GumboNode* n) {
  if (n->type == GUMBO_NODE_DOCUMENT) return &n->v.document.children;
  if (n->type == GUMBO_NODE_ELEMENT || n->type == GUMBO_NODE_TEMPLATE) {
    return &n->v.element.children;
  }
  return nullptr;
}

bool IsText(const GumboNode* n) {
  return n->type == GUMBO_NODE_TEXT || n->type == GUMBO_NODE_WHITESPACE ||
         n->type == GUMBO_NODE_CDATA;
}

bool IsElement(const GumboNode* n) {
  return n->type == GUMBO_NODE_ELEMENT || n->type == GUMBO_NODE_TEMPLATE;
}

GumboTag TagOf(const GumboNode* n) {
  return IsElement(n) ? n->v.element.tag : GUMBO_TAG_UNKNOWN;
}

// Elements whose content is never article text.
bool IsScriptLike(GumboTag t) {
  switch (t) {
    case GUMBO_TAG_SCRIPT:
    case GUMBO_TAG_STYLE:
    case GUMBO_TAG_NOSCRIPT:
    case GUMBO_TAG_TEMPLATE:
    case GUMBO_TAG_IFRAME:
    case GUMBO_TAG_SVG:
    case GUMBO_TAG_MATH:
    case GUMBO_TAG_OBJECT:
    case GUMBO_TAG_EMBED:
    case GUMBO_TAG_CANVAS:
    case GUMBO_TAG_AUDIO:
    case GUMBO_TAG_VIDEO:
    case GUMBO_TAG_SELECT:
    case GUMBO_TAG_BUTTON:
    case GUMBO_TAG_TEXTAREA:
    case GUMBO_TAG_HEAD:
    case GUMBO_TAG_TITLE:
      return true;
    default:
      return false;
  }
}

bool IsPageChrome(GumboTag t) {
  return t == GUMBO_TAG_NAV || t == GUMBO_TAG_HEADER || t == GUMBO_TAG_FOOTER ||
         t == GUMBO_TAG_ASIDE || t == GUMBO_TAG_MENU;
}

// Elements that start and end a paragraph.
bool IsBlock(GumboTag t) {
  switch (t) {
    case GUMBO_TAG_P:
    case GUMBO_TAG_DIV:
    case GUMBO_TAG_H1:
    case GUMBO_TAG_H2:
    case GUMBO_TAG_H3:
    case GUMBO_TAG_H4:
    case GUMBO_TAG_H5:
    case GUMBO_TAG_H6:
    case GUMBO_TAG_LI:
    case GUMBO_TAG_UL:
    case GUMBO_TAG_OL:
    case GUMBO_TAG_DL:
    case GUMBO_TAG_DT:
    case GUMBO_TAG_DD:
    case GUMBO_TAG_BLOCKQUOTE:
    case GUMBO_TAG_SECTION:
    case GUMBO_TAG_ARTICLE:
    case GUMBO_TAG_MAIN:
    case GUMBO_TAG_FIGURE:
    case GUMBO_TAG_FIGCAPTION:
    case GUMBO_TAG_TABLE:
    case GUMBO_TAG_CAPTION:
    case GUMBO_TAG_TR:
    case GUMBO_TAG_PRE:
    case GUMBO_TAG_HR:
    case GUMBO_TAG_ADDRESS:
    case GUMBO_TAG_DETAILS:
    case GUMBO_TAG_SUMMARY:
    case GUMBO_TAG_FIELDSET:
    case GUMBO_TAG_LEGEND:
    case GUMBO_TAG_CENTER:
    case GUMBO_TAG_HGROUP:
    case GUMBO_TAG_BODY:
    case GUMBO_TAG_HTML:
    case GUMBO_TAG_FORM:
    case GUMBO_TAG_NAV:
    case GUMBO_TAG_HEADER:
    case GUMBO_TAG_FOOTER:
    case GUMBO_TAG_ASIDE:
      return true;
    default:
      return false;
  }
}

bool IsDroppedRole(std::string_view role) {
  static constexpr std::string_view kRoles[] = {
      "navigation", "banner",      "contentinfo", "complementary", "search",
      "dialog",     "alertdialog", "menu",        "menubar",       "toolbar"};
  return std::find(std::begin(kRoles), std::end(kRoles), role) !=
         std::end(kRoles);
}

bool HasToken(std::string_view list, std::string_view token) {
  size_t i = 0;
  while (i < list.size()) {
    while (i < list.size() && list[i] == ' ') ++i;
    size_t j = list.find(' ', i);
    if (j == std::string_view::npos) j = list.size();
    if (list.substr(i, j - i) == token) return true;
    i = j;
  }
  return false;
}

size_t CountVisible(const char* text) {
  size_t n = 0;
  for (const char* p = text; *p; ++p) {
    n += !(*p == ' ' || *p == '\t' || *p == '\n' || *p == '\r' || *p == '\f');
  }
  return n;
}

// Splits a class/id value into lower-case words at punctuation and at
// camelCase humps: "socialShare-bar" -> social, share, bar.
std::vector<std::string> NameWords(std::string_view value) {
  std::vector<std::string> words(1);
  char prev = 0;
  for (char c : value) {
    const auto u = static_cast<unsigned char>(c);
    if (!std::isalnum(u)) {
      if (!words.back().empty()) words.emplace_back();
    } else {
      if (std::isupper(u) && std::islower(static_cast<unsigned char>(prev)) &&
          !words.back().empty()) {
        words.emplace_back();
      }
      words.back().push_back(static_cast<char>(std::tolower(u)));
    }
    prev = c;
  }
  if (words.back().empty()) words.pop_back();
  return words;
}

}  // namespace

bool NamesBoilerplate(std::string_view value) {
  static constexpr std::string_view kPrefixes[] = {
      "cookie",      "consent",   "gdpr",       "newsletter", "breadcrumb",
      "advert",      "sponsor",   "social",     "subscri",    "share",
      "sharing",     "partage",   "promo",      "related",    "banner",
      "menu",        "navbar",    "navigation", "sidebar",    "popup",
      "modal",       "paywall",   "outbrain",   "taboola",    "disqus",
      "commentaire", "publicite", "abonne",     "trending",   "recommend",
      "byline"};
  static constexpr std::string_view kWords[] = {
      "ad",     "ads",      "adv",  "pub",     "nav",    "comment", "comments",
      "footer", "masthead", "tags", "toolbar", "widget", "widgets"};
  static constexpr std::string_view kPhrases[] = {
      "-read-more-",    "-lire-aussi-", "-see-also-",     "-most-read-",
      "-most-popular-", "-fil-ariane-", "-more-stories-", "-voir-aussi-"};
  if (value.empty() || value.size() > 1000) return false;
  const std::vector<std::string> words = NameWords(value);
  std::string joined = "-";
  for (const std::string& w : words) {
    for (std::string_view p : kPrefixes) {
      if (w.compare(0, p.size(), p) == 0) return true;
    }
    for (std::string_view k : kWords) {
      if (w == k) return true;
    }
    joined += w;
    joined += '-';
  }
  for (std::string_view phrase : kPhrases) {
    if (joined.find(phrase) != std::string::npos) return true;
  }
  return false;
}

std::string_view Attr(const GumboNode* node, const char* name) {
  if (!IsElement(node)) return {};
  const GumboAttribute* a =
      gumbo_get_attribute(&node->v.element.attributes, name);
  return a == nullptr || a->value == nullptr ? std::string_view()
                                             : std::string_view(a->value);
}

TextLengths::TextLengths(const GumboNode* root) {
  struct Frame {
    const GumboNode* node;
    unsigned next;
    size_t sum;
  };
  std::vector<Frame> stack{{root, 0, 0}};
  while (!stack.empty()) {
    Frame& f = stack.back();
    const GumboVector* kids = Children(f.node);
    if (kids != nullptr && f.next < kids->length &&
        !IsScriptLike(TagOf(f.node))) {
      const auto* child = static_cast<const GumboNode*>(kids->data[f.next++]);
      if (IsText(child)) {
        f.sum += CountVisible(child->v.text.text);
      } else if (Children(child) != nullptr) {
        stack.push_back({child, 0, 0});
      }
      continue;
    }
    const size_t sum = f.sum;
    lengths_[f.node] = sum;
    stack.pop_back();
    if (!stack.empty()) stack.back().sum += sum;
  }
}

size_t TextLengths::Of(const GumboNode* node) const {
  auto it = lengths_.find(node);
  return it == lengths_.end() ? 0 : it->second;
}

const GumboNode* ChooseContentRoot(const GumboNode* document,
                                   const TextLengths& lengths) {
  // Best candidate of each rank: 0 articleBody, 1 article, 2 main, 3 body.
  std::array<const GumboNode*, 4> best{};
  std::vector<const GumboNode*> stack{document};
  while (!stack.empty()) {
    const GumboNode* n = stack.back();
    stack.pop_back();
    int rank = -1;
    const GumboTag tag = TagOf(n);
    if (HasToken(Attr(n, "itemprop"), "articleBody")) {
      rank = 0;
    } else if (tag == GUMBO_TAG_ARTICLE) {
      rank = 1;
    } else if (tag == GUMBO_TAG_MAIN || Attr(n, "role") == "main") {
      rank = 2;
    } else if (tag == GUMBO_TAG_BODY) {
      rank = 3;
    }
    if (rank >= 0 && lengths.Of(n) > 0 &&
        (best[rank] == nullptr || lengths.Of(n) > lengths.Of(best[rank]))) {
      best[rank] = n;
    }
    if (IsScriptLike(tag)) continue;
    if (const GumboVector* kids = Children(n)) {
      for (unsigned i = 0; i < kids->length; ++i) {
        stack.push_back(static_cast<const GumboNode*>(kids->data[i]));
      }
    }
  }
  for (const GumboNode* n : best) {
    if (n != nullptr) return n;
  }
  return document;
}

namespace {

bool IsDropped(const GumboNode* n, size_t root_length,
               const TextLengths& lengths) {
  const GumboTag tag = TagOf(n);
  if (IsScriptLike(tag) || IsPageChrome(tag)) return true;
  const GumboVector* attrs = &n->v.element.attributes;
  if (gumbo_get_attribute(attrs, "hidden") != nullptr ||
      Attr(n, "aria-hidden") == "true" || IsDroppedRole(Attr(n, "role"))) {
    return true;
  }
  if (tag != GUMBO_TAG_FORM && !NamesBoilerplate(Attr(n, "class")) &&
      !NamesBoilerplate(Attr(n, "id")) &&
      !NamesBoilerplate(Attr(n, "aria-label"))) {
    return false;
  }
  // A wrapper holds most of the text, and more than a widget's worth.
  const size_t length = lengths.Of(n);
  return 2 * length <= root_length || length < kMinWrapperText;
}

}  // namespace

std::string ExtractText(const GumboNode* root, const TextLengths& lengths) {
  const size_t root_length = lengths.Of(root);
  ParagraphBuilder builder;
  struct Step {
    const GumboNode* node;
    bool leaving;
  };
  std::vector<Step> stack{{root, false}};
  while (!stack.empty()) {
    const Step step = stack.back();
    stack.pop_back();
    const GumboNode* n = step.node;
    const GumboTag tag = TagOf(n);
    if (step.leaving) {
      if (IsBlock(tag)) builder.EndParagraph();
      if (tag == GUMBO_TAG_TD || tag == GUMBO_TAG_TH) builder.AddSpace();
      continue;
    }
    if (IsText(n)) {
      builder.AddText(n->v.text.text);
      continue;
    }
    const GumboVector* kids = Children(n);
    if (kids == nullptr) continue;  // comments
    if (n != root && IsElement(n) && IsDropped(n, root_length, lengths)) {
      continue;
    }
    if (tag == GUMBO_TAG_BR) builder.EndParagraph();
    if (IsBlock(tag)) builder.EndParagraph();
    if (tag == GUMBO_TAG_TD || tag == GUMBO_TAG_TH) builder.AddSpace();
    stack.push_back({n, true});
    for (unsigned i = kids->length; i-- > 0;) {
      stack.push_back({static_cast<const GumboNode*>(kids->data[i]), false});
    }
  }
  return builder.Finish();
}

std::string NodeTextLine(const GumboNode* node) {
  ParagraphBuilder builder;
  std::vector<const GumboNode*> stack{node};
  while (!stack.empty()) {
    const GumboNode* n = stack.back();
    stack.pop_back();
    if (IsText(n)) {
      builder.AddText(n->v.text.text);
      continue;
    }
    const GumboTag tag = TagOf(n);
    if (n != node && IsScriptLike(tag)) continue;
    if (tag == GUMBO_TAG_BR || IsBlock(tag)) builder.AddSpace();
    if (const GumboVector* kids = Children(n)) {
      for (unsigned i = kids->length; i-- > 0;) {
        stack.push_back(static_cast<const GumboNode*>(kids->data[i]));
      }
    }
  }
  return builder.Finish();
}

}  // namespace tocsin
