#include "ingest/sniff.h"

#include <algorithm>
#include <cctype>

#include "util/strings.h"

namespace tocsin {
namespace {

constexpr size_t kCharsetScanBytes = 4096;
constexpr size_t kSniffBytes = 1024;

std::string_view SkipBomAndSpace(std::string_view s) {
  if (s.substr(0, 3) == "\xEF\xBB\xBF") s.remove_prefix(3);
  while (!s.empty() && std::isspace(static_cast<unsigned char>(s[0]))) {
    s.remove_prefix(1);
  }
  return s;
}

bool IsLabelChar(char c) {
  return std::isalnum(static_cast<unsigned char>(c)) || c == '-' || c == '_' ||
         c == '.' || c == ':';
}

// The label after `key` `=` (quotes and spaces allowed) at `pos`, or "".
std::string LabelAfter(std::string_view s, size_t pos) {
  while (pos < s.size() && (s[pos] == ' ' || s[pos] == '\t')) ++pos;
  if (pos >= s.size() || s[pos] != '=') return "";
  ++pos;
  while (pos < s.size() && (s[pos] == ' ' || s[pos] == '"' || s[pos] == '\'')) {
    ++pos;
  }
  size_t end = pos;
  while (end < s.size() && IsLabelChar(s[end])) ++end;
  return std::string(s.substr(pos, end - pos));
}

std::string HtmlCharset(std::string_view head) {
  const std::string lower = ToLowerAscii(head.substr(0, kCharsetScanBytes));
  for (size_t pos = 0; (pos = lower.find("<meta", pos)) != std::string::npos;) {
    const size_t end = std::min(lower.find('>', pos), lower.size());
    const std::string_view tag = std::string_view(lower).substr(pos, end - pos);
    const size_t at = tag.find("charset");
    if (at != std::string_view::npos) {
      std::string label = LabelAfter(tag, at + 7);
      if (!label.empty()) return label;
    }
    pos = end;
  }
  return "";
}

std::string XmlCharset(std::string_view head) {
  head = SkipBomAndSpace(head);
  if (head.substr(0, 5) != "<?xml") return "";
  const std::string decl =
      ToLowerAscii(head.substr(0, std::min(head.find("?>"), size_t{200})));
  const size_t at = decl.find("encoding");
  return at == std::string::npos ? "" : LabelAfter(decl, at + 8);
}

}  // namespace

bool HasGzipExtension(std::string_view path) {
  return ToLowerAscii(path.substr(path.size() < 3 ? 0 : path.size() - 3)) ==
         ".gz";
}

InputFormat FormatFromPath(std::string_view path) {
  std::string name = ToLowerAscii(path.substr(path.find_last_of('/') + 1));
  if (name.ends_with(".gz")) name.resize(name.size() - 3);
  const size_t dot = name.find_last_of('.');
  if (dot == std::string::npos) return InputFormat::kUnknown;
  const std::string_view ext = std::string_view(name).substr(dot + 1);
  if (ext == "txt" || ext == "text") return InputFormat::kText;
  if (ext == "html" || ext == "htm" || ext == "xhtml") {
    return InputFormat::kHtml;
  }
  if (ext == "jsonl" || ext == "ndjson") return InputFormat::kJsonLines;
  if (ext == "json") return InputFormat::kJson;
  if (ext == "xml" || ext == "rss" || ext == "atom") return InputFormat::kFeed;
  return InputFormat::kUnknown;
}

InputFormat SniffFormat(std::string_view head) {
  head = SkipBomAndSpace(head);
  if (head.empty()) return InputFormat::kText;
  if (head[0] == '{') return InputFormat::kJsonLines;
  if (head[0] == '[') return InputFormat::kJson;
  if (head[0] != '<') return InputFormat::kText;
  const std::string lower = ToLowerAscii(head.substr(0, kSniffBytes));
  if (lower.find("<html") != std::string::npos ||
      lower.find("<!doctype html") != std::string::npos) {
    return InputFormat::kHtml;
  }
  if (lower.find("<rss") != std::string::npos ||
      lower.find("<feed") != std::string::npos ||
      lower.find("<rdf:rdf") != std::string::npos ||
      lower.rfind("<?xml", 0) == 0) {
    return InputFormat::kFeed;
  }
  if (lower.size() > 1 &&
      (std::isalpha(static_cast<unsigned char>(lower[1])) || lower[1] == '!')) {
    return InputFormat::kHtml;
  }
  return InputFormat::kText;
}

bool LooksBinary(std::string_view head) {
  if (head.substr(0, 2) == "\xFF\xFE" || head.substr(0, 2) == "\xFE\xFF" ||
      head.substr(0, 4) == std::string_view("\0\0\xFE\xFF", 4)) {
    return false;
  }
  size_t controls = 0;
  for (char ch : head) {
    const auto c = static_cast<unsigned char>(ch);
    if (c == 0) return true;
    controls += c < 0x20 && !std::isspace(c) && c != 0x1B;
  }
  return controls * 10 > head.size();
}

std::string DeclaredCharset(std::string_view head, InputFormat format) {
  if (format == InputFormat::kHtml) {
    std::string meta = HtmlCharset(head);
    return meta.empty() ? XmlCharset(head) : meta;  // XHTML
  }
  if (format == InputFormat::kFeed) return XmlCharset(head);
  return "";
}

}  // namespace tocsin
