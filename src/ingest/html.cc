#include "ingest/html.h"

#include <gumbo.h>

#include <memory>

#include "ingest/html_meta.h"
#include "ingest/html_text.h"

namespace tocsin {
namespace {

struct GumboDeleter {
  void operator()(GumboOutput* out) const {
    gumbo_destroy_output(&kGumboDefaultOptions, out);
  }
};
using GumboPtr = std::unique_ptr<GumboOutput, GumboDeleter>;

GumboPtr ParseGumbo(std::string_view html) {
  GumboOptions options = kGumboDefaultOptions;
  // Each recorded parse error copies the open-element stack; we never read
  // them, and on deep pages they cost gigabytes.
  options.max_errors = 0;
  html = html.substr(0, HtmlSafePrefixLength(html));
  return GumboPtr(gumbo_parse_with_options(&options, html.data(), html.size()));
}

}  // namespace

StatusOr<Document> ParseHtml(std::string_view utf8_html,
                             std::string_view source) {
  GumboPtr out = ParseGumbo(utf8_html);
  if (out == nullptr) return InternalError("HTML parser failed");
  const TextLengths lengths(out->document);
  const GumboNode* root = ChooseContentRoot(out->document, lengths);
  Document doc;
  doc.text = ExtractText(root, lengths);
  if (doc.text.empty() && root->type != GUMBO_NODE_DOCUMENT) {
    // The chosen block held only boilerplate: look at the whole page.
    doc.text = ExtractText(out->document, lengths);
  }
  if (doc.text.empty()) return InvalidArgumentError("no article text");
  PageMetadata meta = ReadPageMetadata(out->document, root);
  doc.source = std::string(source);
  doc.id = doc.source;
  doc.title = std::move(meta.title);
  doc.published = std::move(meta.published);
  doc.url = std::move(meta.url);
  doc.language = std::move(meta.language);
  doc.encoding = "UTF-8";
  return doc;
}

std::string HtmlFragmentToText(std::string_view utf8_html) {
  GumboPtr out = ParseGumbo(utf8_html);
  if (out == nullptr) return "";
  const TextLengths lengths(out->document);
  return ExtractText(out->document, lengths);
}

}  // namespace tocsin
