#include "actors/ner_eval.h"

#include <algorithm>
#include <fstream>
#include <sstream>

#include "util/lines.h"

namespace tocsin {
namespace {

std::string_view TrimLine(std::string_view line) {
  while (!line.empty() &&
         (line.back() == '\r' || line.back() == ' ' || line.back() == '\t')) {
    line.remove_suffix(1);
  }
  return line;
}

bool IsBlank(std::string_view line) {
  return line.find_first_not_of(" \t\r") == std::string_view::npos;
}

// Splits on runs of spaces and tabs.
std::vector<std::string_view> Fields(std::string_view line) {
  std::vector<std::string_view> out;
  size_t i = 0;
  while (i < line.size()) {
    size_t start = line.find_first_not_of(" \t", i);
    if (start == std::string_view::npos) break;
    size_t end = line.find_first_of(" \t", start);
    if (end == std::string_view::npos) end = line.size();
    out.push_back(line.substr(start, end - start));
    i = end;
  }
  return out;
}

std::vector<std::string_view> SplitOn(std::string_view s, char sep) {
  std::vector<std::string_view> out;
  size_t start = 0;
  for (;;) {
    size_t end = s.find(sep, start);
    out.push_back(s.substr(start, end == std::string_view::npos
                                      ? std::string_view::npos
                                      : end - start));
    if (end == std::string_view::npos) return out;
    start = end + 1;
  }
}

// A parsed tag: 'O', or 'B'/'I'/'E'/'S' with a type.
struct Tag {
  char prefix = 'O';
  std::string type;
};

bool ParseTag(std::string_view label, Tag* tag) {
  tag->type.clear();
  if (label == "O" || label == "_") {
    tag->prefix = 'O';
    return true;
  }
  if (label.size() < 3 || label[1] != '-' ||
      std::string_view("BIES").find(label[0]) == std::string_view::npos) {
    return false;
  }
  tag->prefix = label[0];
  for (char c : label.substr(2)) {
    tag->type.push_back(c >= 'a' && c <= 'z' ? static_cast<char>(c - 32) : c);
  }
  if (tag->type == "PERS") tag->type = "PER";
  return true;
}

// Builds one document's text and gold spans token by token.
class DocumentBuilder {
 public:
  // Appends `token` after `separator` (nothing before the first token).
  void AddToken(std::string_view token, std::string_view separator,
                const Tag& tag) {
    if (!doc_.text.empty()) doc_.text.append(separator);
    const auto begin = static_cast<uint32_t>(doc_.text.size());
    doc_.text.append(token);
    const auto end = static_cast<uint32_t>(doc_.text.size());
    const bool continues = open_ && (tag.prefix == 'I' || tag.prefix == 'E') &&
                           tag.type == open_type_;
    if (tag.prefix == 'O' || !continues) CloseSpan();
    if (tag.prefix != 'O' && !continues) {
      open_ = true;
      open_type_ = tag.type;
      open_begin_ = begin;
    }
    open_end_ = end;
    if (tag.prefix == 'E' || tag.prefix == 'S') CloseSpan();
    ++tokens_;
  }
  void CloseSpan() {
    if (open_) doc_.gold.push_back({open_begin_, open_end_, open_type_});
    open_ = false;
  }
  // Closes the document; appends it to *out when it has tokens.
  void Finish(std::vector<NerDocument>* out) {
    CloseSpan();
    if (tokens_ > 0) {
      out->push_back(std::move(doc_));
    }
    doc_ = NerDocument();
    tokens_ = 0;
  }
  NerDocument& doc() { return doc_; }
  uint32_t tokens() const { return tokens_; }
  bool open() const { return open_; }

 private:
  NerDocument doc_;
  uint32_t tokens_ = 0;
  bool open_ = false;
  std::string open_type_;
  uint32_t open_begin_ = 0, open_end_ = 0;
};

bool NoSpaceBefore(std::string_view token) {
  static constexpr std::string_view kClosing[] = {
      ",", ".", ";",  ":",  "!",   "?",   ")",   "]",   "}",  "»",  "...",
      "…", "%", "'s", "'S", "n't", "'re", "'ve", "'ll", "'d", "'m", "’s"};
  return std::find(std::begin(kClosing), std::end(kClosing), token) !=
         std::end(kClosing);
}

bool NoSpaceAfter(std::string_view token) {
  if (token == "(" || token == "[" || token == "{" || token == "«") {
    return true;
  }
  // French elisions: l' d' qu' jusqu' (one to seven letters, then ').
  if (token.size() >= 2 && token.size() <= 8 &&
      (token.back() == '\'' || token.ends_with("’"))) {
    return token != "'" && token != "’";
  }
  return false;
}

bool EndsSentence(std::string_view token) {
  return token == "." || token == "!" || token == "?";
}

// True when a blank line separates two non-blank lines somewhere.
bool HasInnerBlankLine(std::string_view content) {
  bool seen_text = false, blank_after_text = false;
  for (std::string_view line : SplitOn(content, '\n')) {
    if (IsBlank(line)) {
      blank_after_text = seen_text;
    } else {
      if (blank_after_text) return true;
      seen_text = true;
    }
  }
  return false;
}

}  // namespace

StatusOr<std::vector<NerDocument>> ReadBio(std::string_view content,
                                           std::string_view name,
                                           const NerReadOptions& options) {
  std::vector<NerDocument> docs;
  const bool sentences = HasInnerBlankLine(content);
  DocumentBuilder builder;
  uint32_t sentence_count = 0;
  bool new_sentence = false;
  std::string_view previous;
  auto finish = [&] {
    if (builder.tokens() == 0) return;
    builder.doc().id =
        std::string(name) + "#" + std::to_string(docs.size() + 1);
    builder.Finish(&docs);
    sentence_count = 0;
    new_sentence = false;
  };
  uint64_t line_no = 0;
  Tag tag;
  for (std::string_view raw : SplitOn(content, '\n')) {
    ++line_no;
    std::string_view line = TrimLine(raw);
    if (IsBlank(line)) {
      if (builder.tokens() == 0 || new_sentence) continue;
      builder.CloseSpan();
      new_sentence = true;
      if (++sentence_count >=
          std::max<uint32_t>(1, options.sentences_per_document)) {
        finish();
      }
      continue;
    }
    std::vector<std::string_view> fields = Fields(line);
    if (fields[0] == "-DOCSTART-") {
      finish();
      continue;
    }
    if (fields.size() < 2)
      return LineError(name, line_no, "expected a token and a label");
    if (!ParseTag(fields.back(), &tag)) {
      return LineError(name, line_no,
                       "bad label '" + std::string(fields.back()) + "'");
    }
    std::string_view token = fields[0];
    std::string_view separator =
        new_sentence                                       ? "\n"
        : (NoSpaceBefore(token) || NoSpaceAfter(previous)) ? ""
                                                           : " ";
    builder.AddToken(token, separator, tag);
    new_sentence = false;
    previous = token;
    if (!sentences && EndsSentence(token) && !builder.open() &&
        builder.tokens() >= options.max_document_tokens) {
      finish();
    }
  }
  finish();
  return docs;
}

StatusOr<std::vector<NerDocument>> ReadHipe(std::string_view content,
                                            std::string_view name) {
  std::vector<NerDocument> docs;
  DocumentBuilder builder;
  int token_col = -1, label_col = -1, misc_col = -1;
  std::string separator;
  auto finish = [&] {
    builder.Finish(&docs);
    separator.clear();
  };
  uint64_t line_no = 0;
  Tag tag;
  for (std::string_view raw : SplitOn(content, '\n')) {
    ++line_no;
    std::string_view line = raw;
    if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
    if (IsBlank(line)) continue;
    std::vector<std::string_view> cols = SplitOn(line, '\t');
    if (cols.size() == 1 && line[0] == '#') {
      static constexpr std::string_view kId = "# hipe2022:document_id = ";
      static constexpr std::string_view kDate = "# hipe2022:date = ";
      static constexpr std::string_view kLanguage = "# hipe2022:language = ";
      if (line.starts_with(kId)) {
        finish();
        builder.doc().id = std::string(line.substr(kId.size()));
      } else if (line.starts_with(kDate)) {
        builder.doc().date = std::string(line.substr(kDate.size()));
      } else if (line.starts_with(kLanguage)) {
        builder.doc().language = std::string(line.substr(kLanguage.size()));
      }
      continue;
    }
    if (cols[0] == "TOKEN") {
      token_col = label_col = misc_col = -1;
      for (size_t i = 0; i < cols.size(); ++i) {
        if (cols[i] == "TOKEN") token_col = static_cast<int>(i);
        if (cols[i] == "NE-COARSE-LIT") label_col = static_cast<int>(i);
        if (cols[i] == "MISC") misc_col = static_cast<int>(i);
      }
      if (label_col < 0)
        return LineError(name, line_no, "no NE-COARSE-LIT column");
      continue;
    }
    if (label_col < 0)
      return LineError(name, line_no, "token line before the header");
    const int needed = std::max({token_col, label_col, misc_col}) + 1;
    if (static_cast<int>(cols.size()) < needed) {
      return LineError(name, line_no,
                       "expected " + std::to_string(needed) + " columns");
    }
    if (!ParseTag(cols[label_col], &tag)) {
      return LineError(name, line_no,
                       "bad label '" + std::string(cols[label_col]) + "'");
    }
    if (cols[token_col].empty()) return LineError(name, line_no, "empty token");
    builder.AddToken(cols[token_col], separator, tag);
    separator = " ";
    if (misc_col >= 0) {
      for (std::string_view flag : SplitOn(cols[misc_col], '|')) {
        if (flag == "NoSpaceAfter") {
          separator.clear();
          break;
        }
        if (flag == "EndOfLine") separator = "\n";
      }
    }
  }
  finish();
  return docs;
}

StatusOr<std::vector<NerDocument>> ReadNerFile(const std::string& path,
                                               NerFormat format,
                                               const NerReadOptions& options) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return NotFoundError(path + ": cannot open");
  std::stringstream buffer;
  buffer << in.rdbuf();
  const std::string content = buffer.str();
  return format == NerFormat::kHipe ? ReadHipe(content, path)
                                    : ReadBio(content, path, options);
}

}  // namespace tocsin
