#include "eval/csv_reader.h"

#include <algorithm>

namespace tocsin {

CsvReader::CsvReader(std::string_view text, std::string_view name)
    : text_(text), name_(name) {
  if (text_.starts_with("\xEF\xBB\xBF")) text_.remove_prefix(3);
}

bool CsvReader::Next(std::vector<std::string>* fields, Status* status) {
  fields->clear();
  *status = Status::OK();
  if (pos_ >= text_.size()) return false;
  record_line_ = line_;
  bool malformed = false;
  while (true) {
    std::string& field = fields->emplace_back();
    if (pos_ < text_.size() && text_[pos_] == '"') {
      const uint32_t open_line = line_;
      ++pos_;
      if (!ReadQuoted(&field)) {
        *status = Error(StatusCode::kDataLoss, open_line,
                        "unterminated quoted field");
        return true;
      }
      // `"ab"c`: keep reading the field as data so that the next record
      // starts where the writer meant it to, but flag the record.
      if (!AtFieldEnd()) malformed = true;
    }
    ReadUnquoted(&field);
    if (pos_ < text_.size() && text_[pos_] == ',') {
      ++pos_;
      continue;
    }
    break;
  }
  if (pos_ < text_.size() && text_[pos_] == '\r') ++pos_;
  if (pos_ < text_.size() && text_[pos_] == '\n') {
    ++pos_;
    ++line_;
  }
  if (malformed) {
    *status = Error(StatusCode::kInvalidArgument, record_line_,
                    "text after a closing quote");
  }
  return true;
}

bool CsvReader::ReadQuoted(std::string* field) {
  while (true) {
    const size_t quote = text_.find('"', pos_);
    const std::string_view chunk = text_.substr(
        pos_, quote == std::string_view::npos ? std::string_view::npos
                                              : quote - pos_);
    line_ +=
        static_cast<uint32_t>(std::count(chunk.begin(), chunk.end(), '\n'));
    field->append(chunk);
    if (quote == std::string_view::npos) {
      pos_ = text_.size();
      return false;
    }
    pos_ = quote + 1;
    if (pos_ < text_.size() && text_[pos_] == '"') {
      field->push_back('"');
      ++pos_;
      continue;
    }
    return true;
  }
}

void CsvReader::ReadUnquoted(std::string* field) {
  while (pos_ < text_.size()) {
    const size_t stop = text_.find_first_of(",\n\r", pos_);
    if (stop == std::string_view::npos) {
      field->append(text_.substr(pos_));
      pos_ = text_.size();
      return;
    }
    field->append(text_.substr(pos_, stop - pos_));
    pos_ = stop;
    if (AtFieldEnd()) return;
    field->push_back('\r');  // a lone '\r' inside a field is data
    ++pos_;
  }
}

bool CsvReader::AtFieldEnd() const {
  if (pos_ >= text_.size()) return true;
  const char c = text_[pos_];
  if (c == ',' || c == '\n') return true;
  return c == '\r' && (pos_ + 1 == text_.size() || text_[pos_ + 1] == '\n');
}

Status CsvReader::Error(StatusCode code, uint32_t line,
                        std::string_view why) const {
  return Status(code,
                name_ + ":" + std::to_string(line) + ": " + std::string(why));
}

}  // namespace tocsin
