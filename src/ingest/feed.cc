#include "ingest/feed.h"

#include <algorithm>
#include <cstring>
#include <pugixml.hpp>
#include <sstream>
#include <string>

#include "ingest/html.h"
#include "ingest/normalize.h"
#include "ingest/paragraphs.h"

namespace tocsin {
namespace {

// Feeds mix namespaces freely (content:encoded, dc:date, atom:link), and
// pugixml does not resolve them; matching on the local name accepts every
// prefix a publisher may have chosen.
std::string_view LocalName(const char* name) {
  const char* colon = std::strrchr(name, ':');
  return colon == nullptr ? std::string_view(name)
                          : std::string_view(colon + 1);
}

pugi::xml_node Child(pugi::xml_node parent, std::string_view local) {
  for (pugi::xml_node c : parent.children()) {
    if (c.type() == pugi::node_element && LocalName(c.name()) == local) {
      return c;
    }
  }
  return {};
}

// Concatenated text and CDATA directly under `node`.
std::string OwnText(pugi::xml_node node) {
  std::string out;
  for (pugi::xml_node c : node.children()) {
    if (c.type() == pugi::node_pcdata || c.type() == pugi::node_cdata) {
      out += c.value();
    }
  }
  return out;
}

std::string InnerXml(pugi::xml_node node) {
  std::ostringstream os;
  for (pugi::xml_node c : node.children()) {
    c.print(os, "", pugi::format_raw);
  }
  return os.str();
}

enum class Markup { kText, kHtml, kXhtml, kGuess };

Markup MarkupOf(pugi::xml_node node, bool atom) {
  if (!atom) return Markup::kGuess;  // RSS says "may contain HTML"
  const std::string_view type = node.attribute("type").value();
  if (type == "html" || type == "text/html") return Markup::kHtml;
  if (type == "xhtml" || type == "application/xhtml+xml") return Markup::kXhtml;
  return Markup::kText;
}

// Body text as paragraphs joined by "\n\n".
std::string BodyText(pugi::xml_node node, bool atom) {
  if (!node) return "";
  const Markup markup = MarkupOf(node, atom);
  if (markup == Markup::kXhtml) return HtmlFragmentToText(InnerXml(node));
  const std::string raw = OwnText(node);
  if (markup == Markup::kHtml ||
      (markup == Markup::kGuess &&
       raw.find_first_of("<&") != std::string::npos)) {
    return HtmlFragmentToText(raw);
  }
  return PlainTextToParagraphs(raw);
}

std::string LineText(pugi::xml_node node, bool atom) {
  return CollapseWhitespace(BodyText(node, atom));
}

// Atom's link to the entry itself: rel="alternate" or no rel.
std::string AtomLink(pugi::xml_node entry) {
  for (pugi::xml_node c : entry.children()) {
    if (c.type() != pugi::node_element || LocalName(c.name()) != "link") {
      continue;
    }
    const std::string_view rel = c.attribute("rel").value();
    if (rel.empty() || rel == "alternate") return c.attribute("href").value();
  }
  return "";
}

std::string XmlLang(pugi::xml_node node) {
  for (; node; node = node.parent()) {
    if (pugi::xml_attribute lang = node.attribute("xml:lang")) {
      return NormalizeLanguage(lang.value());
    }
  }
  return "";
}

Document ItemDocument(pugi::xml_node item, bool atom) {
  Document doc;
  doc.title = LineText(Child(item, "title"), atom);
  if (atom) {
    doc.url = AtomLink(item);
    doc.id = OwnText(Child(item, "id"));
    doc.published = NormalizeDate(OwnText(Child(item, "published")));
    if (doc.published.empty()) {
      doc.published = NormalizeDate(OwnText(Child(item, "updated")));
    }
    pugi::xml_node body = Child(item, "content");
    doc.text = BodyText(body, atom);
    if (doc.text.empty()) doc.text = BodyText(Child(item, "summary"), atom);
    doc.language = XmlLang(body ? body : item);
  } else {
    doc.url = OwnText(Child(item, "link"));
    doc.id = OwnText(Child(item, "guid"));
    doc.published = NormalizeDate(OwnText(Child(item, "pubDate")));
    if (doc.published.empty()) {
      doc.published = NormalizeDate(OwnText(Child(item, "date")));
    }
    doc.text = BodyText(Child(item, "encoded"), atom);
    if (doc.text.empty()) doc.text = BodyText(Child(item, "description"), atom);
  }
  doc.url = std::string(TrimAscii(doc.url));
  doc.id = std::string(TrimAscii(doc.id));
  if (doc.id.empty()) doc.id = doc.url;
  doc.encoding = "UTF-8";
  return doc;
}

// Turns byte offsets into 1-based line numbers; offsets usually grow, so
// each call only counts the newlines since the previous one.
class LineCounter {
 public:
  explicit LineCounter(std::string_view text) : text_(text) {}
  uint32_t LineAt(ptrdiff_t offset) {
    if (offset < 0) return 0;
    const size_t off = std::min<size_t>(offset, text_.size());
    if (off < pos_) pos_ = 0, line_ = 1;
    line_ += std::count(text_.begin() + pos_, text_.begin() + off, '\n');
    pos_ = off;
    return line_;
  }

 private:
  std::string_view text_;
  size_t pos_ = 0;
  uint32_t line_ = 1;
};

}  // namespace

StatusOr<std::vector<Document>> ParseFeed(
    std::string_view utf8_xml, std::string_view source,
    std::vector<InputError>* item_errors) {
  pugi::xml_document xml;
  LineCounter lines(utf8_xml);
  const pugi::xml_parse_result parsed = xml.load_buffer(
      utf8_xml.data(), utf8_xml.size(),
      pugi::parse_default | pugi::parse_ws_pcdata, pugi::encoding_utf8);
  if (!parsed) {
    return InvalidArgumentError(std::string("malformed XML at byte ") +
                                std::to_string(parsed.offset) + " (line " +
                                std::to_string(lines.LineAt(parsed.offset)) +
                                "): " + parsed.description());
  }
  const pugi::xml_node root = xml.document_element();
  const std::string_view kind = LocalName(root.name());
  const bool atom = kind == "feed";
  pugi::xml_node container = root;
  std::string_view item_name = atom ? "entry" : "item";
  std::string channel_lang;
  if (kind == "rss") {
    container = Child(root, "channel");
    channel_lang = NormalizeLanguage(OwnText(Child(container, "language")));
  } else if (kind != "RDF" && !atom) {
    return InvalidArgumentError("not an RSS or Atom feed (root element <" +
                                std::string(root.name()) + ">)");
  }
  std::vector<Document> docs;
  uint32_t items = 0;
  for (pugi::xml_node item : container.children()) {
    if (item.type() != pugi::node_element ||
        LocalName(item.name()) != item_name) {
      continue;
    }
    ++items;
    const uint32_t line = lines.LineAt(item.offset_debug());
    Document doc = ItemDocument(item, atom);
    doc.source = std::string(source) + ":" + std::to_string(line);
    if (doc.text.empty()) {
      if (item_errors != nullptr) {
        item_errors->push_back(
            {std::string(source), line,
             InvalidArgumentError("feed item " + std::to_string(items) +
                                  " has no text")});
      }
      continue;
    }
    if (doc.id.empty()) {
      doc.id = std::string(source) + "#" + std::to_string(items);
    }
    if (doc.language.empty()) doc.language = channel_lang;
    docs.push_back(std::move(doc));
  }
  if (items == 0) return InvalidArgumentError("feed has no items");
  return docs;
}

}  // namespace tocsin
