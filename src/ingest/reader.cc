// Reading one input: stat, sniff, size checks, decode, parse, report.
//
// Memory policy: JSON Lines are streamed line by line (the size limit
// applies per line), everything else is read whole, so the limit applies to
// the file — checked with stat() before reading for plain files, and while
// decompressing for gzip files, whose real size is unknown in advance.
#include "ingest/reader.h"

#include <algorithm>
#include <iostream>
#include <system_error>
#include <vector>

#include "ingest/decode.h"
#include "ingest/feed.h"
#include "ingest/fetch.h"
#include "ingest/html.h"
#include "ingest/jsonl.h"
#include "ingest/normalize.h"

namespace tocsin {
namespace {

namespace fs = std::filesystem;

constexpr size_t kHeadBytes = 8192;
// A first line longer than this is a paragraph, not a title.
constexpr size_t kMaxTitleBytes = 200;

// Plain text has no metadata; a short first line that is followed by more
// text and does not end like a sentence is taken as the title. The text
// itself is kept whole (spans index into the file as written).
std::string TitleOfPlainText(std::string_view text) {
  text = TrimAscii(text);
  const size_t eol = text.find('\n');
  if (eol == std::string_view::npos) return "";
  const std::string_view first = TrimAscii(text.substr(0, eol));
  if (first.empty() || first.size() >= kMaxTitleBytes) return "";
  const char last = first.back();
  if (last == '.' || last == ',' || last == ';' || last == ':') return "";
  return std::string(first);
}

Status TooBig(const std::string& path, uint64_t size, uint64_t limit) {
  return ResourceExhaustedError(path + " is " + std::to_string(size) +
                                " bytes, over the input limit of " +
                                std::to_string(limit) + " bytes");
}

}  // namespace

void InputReader::Deliver(Document&& doc) {
  ++stats_.documents;
  stats_.invalid_bytes += doc.invalid_bytes;
  on_document_(std::move(doc));
}

void InputReader::Fail(const std::string& source, uint32_t line,
                       Status status) {
  ++stats_.failed;
  on_error_(InputError{source, line, std::move(status)});
}

void InputReader::ReadInput(const std::string& input) {
  if (input == "-") {
    IstreamSource in(&std::cin);
    ReadJsonLines(in, "<stdin>");
    return;
  }
  if (IsHttpUrl(input)) {
    ReadUrl(input);
    return;
  }
  std::error_code ec;
  const fs::file_status st = fs::status(input, ec);
  if (ec || !fs::exists(st)) {
    Fail(input, 0, NotFoundError("no such file or directory: " + input));
  } else if (fs::is_directory(st)) {
    ReadDirectory(input);
  } else if (!fs::is_regular_file(st)) {
    Fail(input, 0, InvalidArgumentError("not a regular file: " + input));
  } else {
    ReadFile(input, input);
  }
}

void InputReader::ReadDirectory(const fs::path& root) {
  std::vector<fs::path> files;
  std::error_code ec;
  fs::recursive_directory_iterator it(
      root, fs::directory_options::skip_permission_denied, ec);
  for (; !ec && it != fs::recursive_directory_iterator(); it.increment(ec)) {
    const fs::path& path = it->path();
    if (path.filename().string().rfind('.', 0) == 0) {  // hidden
      if (it->is_directory(ec)) it.disable_recursion_pending();
      continue;
    }
    if (it->is_regular_file(ec)) files.push_back(path);
  }
  if (ec) Fail(root.string(), 0, UnavailableError(ec.message()));
  std::sort(files.begin(), files.end());
  for (const fs::path& file : files) {
    ReadFile(file.string(), file.lexically_relative(root).generic_string());
  }
}

void InputReader::ReadFile(const std::string& path, const std::string& id) {
  std::error_code ec;
  const uint64_t size = fs::file_size(path, ec);
  if (ec) return Fail(path, 0, NotFoundError(path + ": " + ec.message()));
  if (size == 0) return Fail(path, 0, InvalidArgumentError("empty file"));
  InputFormat format = FormatFromPath(path);
  const uint64_t limit = options_.max_input_bytes;
  const bool maybe_stream =
      format == InputFormat::kJsonLines || format == InputFormat::kUnknown;
  if (size > limit && !maybe_stream && !HasGzipExtension(path)) {
    return Fail(path, 0, TooBig(path, size, limit));
  }
  StatusOr<std::unique_ptr<FileSource>> opened = FileSource::Open(path);
  if (!opened.ok()) return Fail(path, 0, opened.status());
  FileSource& src = **opened;
  std::string head;
  Status read = ReadAtMost(src, kHeadBytes, &head);
  const bool more = read.code() == StatusCode::kResourceExhausted;
  if (!read.ok() && !more) return Fail(path, 0, read);
  if (head.empty()) return Fail(path, 0, InvalidArgumentError("empty file"));
  if (LooksBinary(head)) {
    return Fail(path, 0, InvalidArgumentError("binary file"));
  }
  if (format == InputFormat::kUnknown) format = SniffFormat(head);
  if (format == InputFormat::kJsonLines) {
    return ReadJsonLines(src, path, std::move(head));
  }
  if (!src.compressed() && size > limit) {
    return Fail(path, 0, TooBig(path, size, limit));
  }
  std::string content = std::move(head);
  if (more) {
    read = ReadAtMost(src, limit - std::min<uint64_t>(limit, content.size()),
                      &content);
  }
  stats_.bytes_read += content.size();
  if (read.code() == StatusCode::kResourceExhausted || content.size() > limit) {
    return Fail(path, 0,
                ResourceExhaustedError(path +
                                       ": decompressed size exceeds the "
                                       "input limit of " +
                                       std::to_string(limit) + " bytes"));
  }
  if (!read.ok()) return Fail(path, 0, read);
  ReadContent(content, format, path, id);
}

void InputReader::ReadUrl(const std::string& url) {
  StatusOr<std::string> body =
      FetchUrl(url, options_.fetch_timeout_seconds, options_.max_input_bytes);
  if (!body.ok()) return Fail(url, 0, body.status());
  stats_.bytes_read += body->size();
  if (body->empty()) {
    return Fail(url, 0, InvalidArgumentError("empty response"));
  }
  if (LooksBinary(body->substr(0, kHeadBytes))) {
    return Fail(url, 0, InvalidArgumentError("binary response"));
  }
  InputFormat format = SniffFormat(*body);
  if (format != InputFormat::kHtml && format != InputFormat::kJsonLines) {
    format = InputFormat::kFeed;  // feeds are what URLs are given for
  }
  ReadContent(*body, format, url, url);
}

void InputReader::ReadJsonLines(ByteSource& src, std::string_view source,
                                std::string head) {
  stats_.bytes_read += StreamJsonLines(src, source, std::move(head));
}

uint64_t InputReader::StreamJsonLines(ByteSource& src, std::string_view source,
                                      std::string head) {
  const std::string name(source);
  StreamLineReader lines(&src, options_.max_input_bytes, std::move(head));
  for (;;) {
    StatusOr<bool> more = lines.Next();
    if (!more.ok()) {
      Fail(name, lines.line_number() + 1, more.status());
      break;
    }
    if (!*more) break;
    if (lines.too_long()) {
      Fail(name, lines.line_number(),
           ResourceExhaustedError("line exceeds the input limit of " +
                                  std::to_string(options_.max_input_bytes) +
                                  " bytes"));
      continue;
    }
    if (TrimAscii(lines.line()).empty()) continue;
    StatusOr<Document> doc =
        ParseJsonLine(lines.line(), name, lines.line_number());
    if (doc.ok()) {
      Deliver(std::move(doc).value());
    } else {
      Fail(name, lines.line_number(), doc.status());
    }
  }
  return lines.bytes_read();
}

void InputReader::ReadContent(std::string_view bytes, InputFormat format,
                              const std::string& source,
                              const std::string& id) {
  switch (format) {
    case InputFormat::kJsonLines: {
      StringSource src(bytes);
      StreamJsonLines(src, source);
      return;
    }
    case InputFormat::kJson:
      return ReadJson(bytes, source);
    case InputFormat::kFeed:
      return ReadFeed(bytes, source);
    case InputFormat::kHtml: {
      DecodedText decoded = DecodeToUtf8(bytes, DeclaredCharset(bytes, format));
      StatusOr<Document> doc = ParseHtml(decoded.utf8, source);
      if (!doc.ok()) return Fail(source, 0, doc.status());
      doc->id = id;
      doc->encoding = std::move(decoded.encoding);
      doc->invalid_bytes = decoded.invalid_bytes;
      return Deliver(std::move(doc).value());
    }
    default:
      return ReadText(bytes, source, id);
  }
}

void InputReader::ReadText(std::string_view bytes, const std::string& source,
                           const std::string& id) {
  DecodedText decoded = DecodeToUtf8(bytes);
  if (TrimAscii(decoded.utf8).empty()) {
    return Fail(source, 0, InvalidArgumentError("no text"));
  }
  Document doc;
  doc.id = id;
  doc.source = source;
  doc.title = TitleOfPlainText(decoded.utf8);
  doc.text = std::move(decoded.utf8);
  doc.encoding = std::move(decoded.encoding);
  doc.invalid_bytes = decoded.invalid_bytes;
  Deliver(std::move(doc));
}

void InputReader::ReadFeed(std::string_view bytes, const std::string& source) {
  DecodedText decoded =
      DecodeToUtf8(bytes, DeclaredCharset(bytes, InputFormat::kFeed));
  std::vector<InputError> item_errors;
  StatusOr<std::vector<Document>> docs =
      ParseFeed(decoded.utf8, source, &item_errors);
  if (!docs.ok()) return Fail(source, 0, docs.status());
  // Bad bytes cannot be attributed to items; they are counted once.
  stats_.invalid_bytes += decoded.invalid_bytes;
  for (Document& doc : *docs) {
    doc.encoding = decoded.encoding;
    Deliver(std::move(doc));
  }
  for (InputError& e : item_errors) Fail(e.source, e.line, std::move(e.status));
}

void InputReader::ReadJson(std::string_view bytes, const std::string& source) {
  DecodedText decoded = DecodeToUtf8(bytes);
  std::vector<InputError> errors;
  StatusOr<std::vector<Document>> docs =
      ParseJsonDocuments(decoded.utf8, source, &errors);
  if (!docs.ok()) {
    // Many ".json" files are really JSON Lines.
    StringSource src(bytes);
    StreamJsonLines(src, source);
    return;
  }
  stats_.invalid_bytes += decoded.invalid_bytes;
  for (Document& doc : *docs) {
    doc.encoding = decoded.encoding;
    Deliver(std::move(doc));
  }
  for (InputError& e : errors) Fail(e.source, e.line, std::move(e.status));
}

}  // namespace tocsin
