#include "ingest/html_meta.h"

#include <algorithm>
#include <cctype>
#include <initializer_list>
#include <nlohmann/json.hpp>
#include <string_view>
#include <unordered_map>
#include <utility>
#include <vector>

#include "ingest/html_text.h"
#include "ingest/normalize.h"
#include "ingest/paragraphs.h"
#include "util/strings.h"

namespace tocsin {
namespace {

using Json = nlohmann::json;

struct JsonLdArticle {
  std::string headline, date_published, url, language;
};

bool IsArticleType(const Json& type) {
  auto named = [](const Json& t) {
    if (!t.is_string()) return false;
    const std::string& s = t.get_ref<const std::string&>();
    auto ends = [&](std::string_view suffix) {
      return s.size() >= suffix.size() &&
             s.compare(s.size() - suffix.size(), suffix.size(), suffix) == 0;
    };
    return ends("Article") || ends("BlogPosting") || ends("Report");
  };
  if (type.is_array()) return std::any_of(type.begin(), type.end(), named);
  return named(type);
}

std::string StringField(const Json& obj, const char* key) {
  auto it = obj.find(key);
  if (it == obj.end()) return "";
  if (it->is_string()) return it->get<std::string>();
  // "inLanguage": {"@type": "Language", "name": "fr"} and the like.
  if (it->is_object()) {
    for (const char* inner : {"@id", "name", "alternateName"}) {
      auto in = it->find(inner);
      if (in != it->end() && in->is_string()) return in->get<std::string>();
    }
  }
  return "";
}

// Finds the first article-typed object in a JSON-LD block: at the top, in
// a top-level array, in "@graph", or one "mainEntity" down. Bounded, so a
// hostile block costs little.
bool FindArticle(const Json& root, JsonLdArticle* out) {
  std::vector<std::pair<const Json*, int>> queue{{&root, 0}};
  for (size_t i = 0; i < queue.size() && i < 500; ++i) {
    const auto [node, depth] = queue[i];
    if (depth > 3) continue;
    if (node->is_array()) {
      for (const Json& el : *node) queue.emplace_back(&el, depth + 1);
      continue;
    }
    if (!node->is_object()) continue;
    auto type = node->find("@type");
    if (type != node->end() && IsArticleType(*type)) {
      out->headline = StringField(*node, "headline");
      out->date_published = StringField(*node, "datePublished");
      out->url = StringField(*node, "url");
      out->language = StringField(*node, "inLanguage");
      return true;
    }
    for (const char* key : {"@graph", "mainEntity", "mainEntityOfPage"}) {
      auto it = node->find(key);
      if (it != node->end()) queue.emplace_back(&*it, depth + 1);
    }
  }
  return false;
}

// What one pass over the page collects.
struct Collected {
  std::unordered_map<std::string, std::string> meta;  // lower-cased key
  std::string html_lang, title_tag, canonical, time_pubdate;
  const GumboNode* first_h1 = nullptr;
  JsonLdArticle json_ld;
  bool have_json_ld = false;
};

void CollectElement(const GumboNode* n, Collected* c) {
  switch (n->v.element.tag) {
    case GUMBO_TAG_HTML:
      if (c->html_lang.empty()) c->html_lang = Attr(n, "lang");
      break;
    case GUMBO_TAG_TITLE:
      if (c->title_tag.empty()) c->title_tag = NodeTextLine(n);
      break;
    case GUMBO_TAG_H1:
      if (c->first_h1 == nullptr) c->first_h1 = n;
      break;
    case GUMBO_TAG_META: {
      std::string key;
      for (const char* attr : {"property", "name", "itemprop"}) {
        if (key.empty()) key = ToLowerAscii(Attr(n, attr));
      }
      if (key.empty() && !Attr(n, "http-equiv").empty()) {
        key = "http-equiv:" + ToLowerAscii(Attr(n, "http-equiv"));
      }
      if (!key.empty()) c->meta.emplace(key, std::string(Attr(n, "content")));
      break;
    }
    case GUMBO_TAG_LINK: {
      const std::string rel = ToLowerAscii(Attr(n, "rel"));
      if (c->canonical.empty() && rel.find("canonical") != std::string::npos) {
        c->canonical = Attr(n, "href");
      }
      break;
    }
    case GUMBO_TAG_SCRIPT: {
      const GumboVector& kids = n->v.element.children;
      if (c->have_json_ld || kids.length == 0 ||
          ToLowerAscii(Attr(n, "type")).find("ld+json") == std::string::npos) {
        break;
      }
      const auto* text = static_cast<const GumboNode*>(kids.data[0]);
      if (text->type != GUMBO_NODE_TEXT) break;
      Json j =
          Json::parse(text->v.text.text, nullptr, /*allow_exceptions=*/false);
      c->have_json_ld = !j.is_discarded() && FindArticle(j, &c->json_ld);
      break;
    }
    case GUMBO_TAG_TIME:
      if (c->time_pubdate.empty() &&
          gumbo_get_attribute(&n->v.element.attributes, "pubdate") != nullptr) {
        c->time_pubdate = Attr(n, "datetime");
      }
      break;
    default:
      break;
  }
  // Microdata on any element: <span itemprop="datePublished" content=...>.
  if (Attr(n, "itemprop") == "datePublished" &&
      !c->meta.count("datepublished")) {
    std::string_view v = Attr(n, "content");
    if (v.empty()) v = Attr(n, "datetime");
    c->meta.emplace("datepublished", std::string(v));
  }
}

// Calls `visit` on every element under `root`, in document order, stopping
// early when it returns true.
template <typename Visit>
void ForEachElement(const GumboNode* root, Visit visit) {
  std::vector<const GumboNode*> stack{root};
  while (!stack.empty()) {
    const GumboNode* n = stack.back();
    stack.pop_back();
    const GumboVector* kids = nullptr;
    if (n->type == GUMBO_NODE_DOCUMENT) {
      kids = &n->v.document.children;
    } else if (n->type == GUMBO_NODE_ELEMENT) {
      if (visit(n)) return;
      kids = &n->v.element.children;
    }
    if (kids == nullptr) continue;
    for (unsigned i = kids->length; i-- > 0;) {
      stack.push_back(static_cast<const GumboNode*>(kids->data[i]));
    }
  }
}

template <typename Normalize>
std::string FirstValid(std::initializer_list<std::string_view> candidates,
                       Normalize normalize) {
  for (std::string_view c : candidates) {
    std::string v = normalize(c);
    if (!v.empty()) return v;
  }
  return "";
}

}  // namespace

PageMetadata ReadPageMetadata(const GumboNode* document,
                              const GumboNode* content_root) {
  Collected c;
  ForEachElement(document, [&](const GumboNode* n) {
    CollectElement(n, &c);
    return false;
  });
  std::string root_time, root_h1;
  ForEachElement(content_root, [&](const GumboNode* n) {
    if (root_time.empty() && n->v.element.tag == GUMBO_TAG_TIME) {
      root_time = Attr(n, "datetime");
    }
    if (root_h1.empty() && n->v.element.tag == GUMBO_TAG_H1) {
      root_h1 = NodeTextLine(n);
    }
    return !root_time.empty() && !root_h1.empty();
  });
  if (root_h1.empty() && c.first_h1 != nullptr) {
    root_h1 = NodeTextLine(c.first_h1);
  }
  auto meta = [&](const char* key) -> std::string_view {
    auto it = c.meta.find(key);
    return it == c.meta.end() ? std::string_view() : it->second;
  };
  const JsonLdArticle& ld = c.json_ld;
  PageMetadata out;
  out.title = FirstValid({meta("og:title"), meta("twitter:title"), ld.headline,
                          c.title_tag, root_h1},
                         CollapseWhitespace);
  out.published =
      FirstValid({meta("article:published_time"), meta("og:published_time"),
                  ld.date_published, meta("datepublished"), c.time_pubdate,
                  meta("pubdate"), meta("publishdate"), meta("publish-date"),
                  meta("date"), meta("dc.date"), meta("dc.date.issued"),
                  meta("dcterms.date"), meta("dcterms.created"),
                  meta("sailthru.date"), meta("parsely-pub-date"), root_time},
                 NormalizeDate);
  out.url =
      FirstValid({meta("og:url"), c.canonical, ld.url},
                 [](std::string_view s) { return std::string(TrimAscii(s)); });
  out.language = FirstValid(
      {c.html_lang, meta("og:locale"), meta("http-equiv:content-language"),
       meta("language"), meta("dc.language"), ld.language},
      NormalizeLanguage);
  return out;
}

}  // namespace tocsin
