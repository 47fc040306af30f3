#include "ingest/jsonl.h"

#include <initializer_list>
#include <nlohmann/json.hpp>
#include <string>

#include "ingest/decode.h"
#include "ingest/normalize.h"
#include "ingest/paragraphs.h"

namespace tocsin {
namespace {

using Json = nlohmann::json;

// Reads the first present, non-null field among `keys` into `out`.
Status GetString(const Json& obj, std::initializer_list<const char*> keys,
                 std::string* out) {
  for (const char* key : keys) {
    auto it = obj.find(key);
    if (it == obj.end() || it->is_null()) continue;
    if (!it->is_string()) {
      return InvalidArgumentError(std::string("field \"") + key +
                                  "\" is not a string");
    }
    *out = it->get<std::string>();
    return Status::OK();
  }
  return Status::OK();
}

Status GetId(const Json& obj, std::string* out) {
  auto it = obj.find("id");
  if (it != obj.end() && it->is_number_integer()) {
    *out = it->dump();
    return Status::OK();
  }
  return GetString(obj, {"id"}, out);
}

// nlohmann's message without its "[json.exception...] parse error at line
// 1, column 14: " preamble, which repeats the position we report.
std::string JsonMessage(const char* what) {
  std::string_view m(what);
  const size_t close = m.find("] ");
  if (m.substr(0, 1) == "[" && close != std::string_view::npos) {
    m.remove_prefix(close + 2);
  }
  if (m.rfind("parse error", 0) == 0) {
    const size_t colon = m.find(": ");
    if (colon != std::string_view::npos) m.remove_prefix(colon + 2);
  }
  return std::string(m);
}

StatusOr<Document> DocumentFromJson(const Json& obj, std::string where) {
  if (!obj.is_object()) {
    return InvalidArgumentError("record is not a JSON object");
  }
  Document doc;
  std::string date, lang, publisher;
  TOCSIN_RETURN_IF_ERROR(GetString(obj, {"text"}, &doc.text));
  TOCSIN_RETURN_IF_ERROR(GetId(obj, &doc.id));
  TOCSIN_RETURN_IF_ERROR(GetString(obj, {"url"}, &doc.url));
  TOCSIN_RETURN_IF_ERROR(GetString(obj, {"title"}, &doc.title));
  TOCSIN_RETURN_IF_ERROR(GetString(obj, {"date", "published"}, &date));
  TOCSIN_RETURN_IF_ERROR(GetString(obj, {"lang", "language"}, &lang));
  TOCSIN_RETURN_IF_ERROR(GetString(obj, {"source"}, &publisher));
  if (TrimAscii(doc.text).empty()) {
    return InvalidArgumentError("field \"text\" is missing or empty");
  }
  doc.invalid_bytes = ReplaceControlChars(&doc.text);
  doc.title = CollapseWhitespace(doc.title);
  ReplaceControlChars(&doc.title);
  doc.published = NormalizeDate(date);
  doc.language = NormalizeLanguage(lang);
  doc.url = std::string(TrimAscii(doc.url));
  doc.source = std::move(where);
  if (doc.id.empty()) doc.id = doc.source;
  doc.encoding = "UTF-8";
  return doc;
}

}  // namespace

StatusOr<Document> ParseJsonLine(std::string_view line, std::string_view source,
                                 uint32_t line_number) {
  // nlohmann-json validates UTF-8 itself, so well-formed lines (nearly all)
  // are read once; only a line it rejects for its bytes is decoded and read
  // again.
  DecodedText decoded;
  Json obj;
  for (int attempt = 0;; ++attempt) {
    try {
      obj = Json::parse(line);
      break;
    } catch (const Json::parse_error& e) {
      const std::string message = JsonMessage(e.what());
      if (attempt == 0 && message.find("UTF-8") != std::string::npos &&
          !IsValidUtf8(line)) {
        decoded = DecodeToUtf8(line);
        line = decoded.utf8;
        continue;
      }
      // nlohmann counts bytes from 1.
      return InvalidArgumentError("malformed JSON at byte " +
                                  std::to_string(e.byte) + ": " + message);
    } catch (const std::exception& e) {
      return InvalidArgumentError(std::string("malformed JSON: ") + e.what());
    }
  }
  if (!obj.is_object()) {
    return InvalidArgumentError("line is not a JSON object");
  }
  StatusOr<Document> doc = DocumentFromJson(
      obj, std::string(source) + ":" + std::to_string(line_number));
  if (doc.ok() && !decoded.encoding.empty()) {
    doc->encoding = decoded.encoding;
    doc->invalid_bytes += decoded.invalid_bytes;
  }
  return doc;
}

StatusOr<std::vector<Document>> ParseJsonDocuments(
    std::string_view utf8, std::string_view source,
    std::vector<InputError>* errors) {
  Json root = Json::parse(utf8, nullptr, /*allow_exceptions=*/false);
  if (root.is_discarded()) return InvalidArgumentError("malformed JSON");
  std::vector<Document> docs;
  if (root.is_object()) {
    TOCSIN_ASSIGN_OR_RETURN(Document doc,
                            DocumentFromJson(root, std::string(source)));
    docs.push_back(std::move(doc));
    return docs;
  }
  if (!root.is_array()) {
    return InvalidArgumentError("JSON is neither an object nor an array");
  }
  for (size_t i = 0; i < root.size(); ++i) {
    const std::string where = std::string(source) + "#" + std::to_string(i);
    StatusOr<Document> doc = DocumentFromJson(root[i], where);
    if (doc.ok()) {
      docs.push_back(std::move(doc).value());
    } else {
      errors->push_back(
          {std::string(source), 0,
           Status(doc.status().code(), "record " + std::to_string(i) + ": " +
                                           doc.status().message())});
    }
  }
  return docs;
}

}  // namespace tocsin
