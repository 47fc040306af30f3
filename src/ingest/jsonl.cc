#include "ingest/jsonl.h"

#include <simdjson.h>

#include <initializer_list>
#include <nlohmann/json.hpp>
#include <optional>
#include <string>

#include "ingest/decode.h"
#include "ingest/normalize.h"
#include "ingest/paragraphs.h"

namespace tocsin {
namespace {

using Json = nlohmann::json;

// A record's fields as the JSON wrote them, before DocumentFromFields checks
// and normalises them; both parsers fill it. Strings view the parser's
// storage. Null counts as absent.
struct FieldValue {
  enum class Kind { kAbsent, kString, kInteger, kOther };
  Kind kind = Kind::kAbsent;
  std::string_view string;  // kString
  std::string integer;      // kInteger, in decimal
};

struct RecordFields {
  FieldValue text, id, url, title, date, published, lang, language, source;

  // The member a key names, or null for a field the record format ignores.
  FieldValue* Named(std::string_view key) {
    if (key == "text") return &text;
    if (key == "id") return &id;
    if (key == "url") return &url;
    if (key == "title") return &title;
    if (key == "date") return &date;
    if (key == "published") return &published;
    if (key == "lang") return &lang;
    if (key == "language") return &language;
    if (key == "source") return &source;
    return nullptr;
  }
};

// Reads the first present field among `fields` into `out`: a string, or for
// `integer_ok` (the id) an integer in decimal.
Status GetString(
    std::initializer_list<std::pair<const char*, const FieldValue*>> fields,
    std::string* out, bool integer_ok = false) {
  for (const auto& [key, field] : fields) {
    switch (field->kind) {
      case FieldValue::Kind::kAbsent:
        continue;
      case FieldValue::Kind::kString:
        out->assign(field->string);
        return Status::OK();
      case FieldValue::Kind::kInteger:
        if (integer_ok) {
          *out = field->integer;
          return Status::OK();
        }
        [[fallthrough]];
      case FieldValue::Kind::kOther:
        return InvalidArgumentError(std::string("field \"") + key +
                                    "\" is not a string");
    }
  }
  return Status::OK();
}

StatusOr<Document> DocumentFromFields(const RecordFields& f,
                                      std::string where) {
  Document doc;
  std::string date, lang, publisher;
  TOCSIN_RETURN_IF_ERROR(GetString({{"text", &f.text}}, &doc.text));
  TOCSIN_RETURN_IF_ERROR(GetString({{"id", &f.id}}, &doc.id,
                                   /*integer_ok=*/true));
  TOCSIN_RETURN_IF_ERROR(GetString({{"url", &f.url}}, &doc.url));
  TOCSIN_RETURN_IF_ERROR(GetString({{"title", &f.title}}, &doc.title));
  TOCSIN_RETURN_IF_ERROR(
      GetString({{"date", &f.date}, {"published", &f.published}}, &date));
  TOCSIN_RETURN_IF_ERROR(
      GetString({{"lang", &f.lang}, {"language", &f.language}}, &lang));
  TOCSIN_RETURN_IF_ERROR(GetString({{"source", &f.source}}, &publisher));
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

// nlohmann-json's view of a record. For a duplicated key the last value
// counts, as nlohmann keeps it.
StatusOr<Document> DocumentFromJson(const Json& obj, std::string where) {
  if (!obj.is_object()) {
    return InvalidArgumentError("record is not a JSON object");
  }
  RecordFields fields;
  for (auto it = obj.begin(); it != obj.end(); ++it) {
    FieldValue* field = fields.Named(it.key());
    if (field == nullptr) continue;
    const Json& value = it.value();
    *field = FieldValue();
    if (value.is_null()) continue;
    if (value.is_string()) {
      field->kind = FieldValue::Kind::kString;
      field->string = value.get_ref<const std::string&>();
    } else if (value.is_number_integer()) {
      field->kind = FieldValue::Kind::kInteger;
      field->integer = value.dump();
    } else {
      field->kind = FieldValue::Kind::kOther;
    }
  }
  return DocumentFromFields(fields, std::move(where));
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

std::string Where(std::string_view source, uint32_t line_number) {
  return std::string(source) + ":" + std::to_string(line_number);
}

// The fast path: simdjson reads a well-formed UTF-8 line (nearly every line)
// at several times nlohmann's speed. Nothing when simdjson rejects the line:
// the reference parser then reads it again, for its UTF-8 repair and its
// error messages with byte positions.
std::optional<StatusOr<Document>> ParseWithSimdjson(std::string_view line,
                                                    std::string_view source,
                                                    uint32_t line_number) {
  thread_local simdjson::dom::parser parser;
  thread_local std::string padded;  // simdjson reads past the end
  padded.reserve(line.size() + simdjson::SIMDJSON_PADDING);
  padded.assign(line);
  simdjson::dom::element root;
  if (parser.parse(padded.data(), padded.size(), false).get(root)) {
    return std::nullopt;
  }
  simdjson::dom::object object;
  if (root.get_object().get(object)) {
    return InvalidArgumentError("line is not a JSON object");
  }
  RecordFields fields;
  for (const simdjson::dom::key_value_pair field : object) {
    FieldValue* value = fields.Named(field.key);
    if (value == nullptr) continue;
    *value = FieldValue();
    switch (field.value.type()) {
      case simdjson::dom::element_type::NULL_VALUE:
        break;
      case simdjson::dom::element_type::STRING:
        value->kind = FieldValue::Kind::kString;
        value->string = field.value.get_string().value_unsafe();
        break;
      case simdjson::dom::element_type::INT64:
        value->kind = FieldValue::Kind::kInteger;
        value->integer = std::to_string(field.value.get_int64().value_unsafe());
        break;
      case simdjson::dom::element_type::UINT64:
        value->kind = FieldValue::Kind::kInteger;
        value->integer =
            std::to_string(field.value.get_uint64().value_unsafe());
        break;
      default:
        value->kind = FieldValue::Kind::kOther;
    }
  }
  return DocumentFromFields(fields, Where(source, line_number));
}

}  // namespace

namespace jsonl_internal {

StatusOr<Document> ParseJsonLineReference(std::string_view line,
                                          std::string_view source,
                                          uint32_t line_number) {
  // nlohmann-json validates UTF-8 itself, so a well-formed line is read
  // once; only a line it rejects for its bytes is decoded and read again.
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
  StatusOr<Document> doc = DocumentFromJson(obj, Where(source, line_number));
  if (doc.ok() && !decoded.encoding.empty()) {
    doc->encoding = decoded.encoding;
    doc->invalid_bytes += decoded.invalid_bytes;
  }
  return doc;
}

}  // namespace jsonl_internal

StatusOr<Document> ParseJsonLine(std::string_view line, std::string_view source,
                                 uint32_t line_number) {
  if (std::optional<StatusOr<Document>> doc =
          ParseWithSimdjson(line, source, line_number)) {
    return *std::move(doc);
  }
  return jsonl_internal::ParseJsonLineReference(line, source, line_number);
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
