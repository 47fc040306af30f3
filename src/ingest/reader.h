// The machinery behind ReadInputs (tocsin/ingest.h), split into steps that
// tests can drive one at a time (a JSON Lines stream, in-memory content).
#ifndef TOCSIN_INGEST_READER_H_
#define TOCSIN_INGEST_READER_H_

#include <filesystem>
#include <string>
#include <string_view>

#include "ingest/byte_source.h"
#include "ingest/sniff.h"
#include "tocsin/ingest.h"

namespace tocsin {

// Reads inputs and reports documents and failures through the callbacks,
// counting them in stats(). Thread-compatible; callbacks run on the calling
// thread. REQUIRES: the callbacks outlive the reader.
class InputReader {
 public:
  InputReader(const ReadOptions& options, const DocumentCallback& on_document,
              const ErrorCallback& on_error)
      : options_(options), on_document_(on_document), on_error_(on_error) {}

  // One input as ReadInputs understands it: "-" (JSON Lines on stdin), an
  // http(s) URL, a directory or a file.
  void ReadInput(const std::string& input);

  // JSON Lines from `src`; documents get source "<source>:<line>". Blank
  // lines are skipped; lines over the size limit are reported and skipped.
  void ReadJsonLines(ByteSource& src, std::string_view source,
                     std::string head = {});

  // Content already in memory (a fetched URL, a small file), in `format`.
  // `id` becomes the id of single-document formats (text, HTML).
  void ReadContent(std::string_view bytes, InputFormat format,
                   const std::string& source, const std::string& id);

  const ReadStats& stats() const { return stats_; }

 private:
  // ReadJsonLines without counting bytes_read; returns the bytes read.
  uint64_t StreamJsonLines(ByteSource& src, std::string_view source,
                           std::string head = {});
  void ReadDirectory(const std::filesystem::path& root);
  void ReadFile(const std::string& path, const std::string& id);
  void ReadUrl(const std::string& url);
  void ReadText(std::string_view bytes, const std::string& source,
                const std::string& id);
  void ReadFeed(std::string_view bytes, const std::string& source);
  void ReadJson(std::string_view bytes, const std::string& source);

  void Deliver(Document&& doc);
  void Fail(const std::string& source, uint32_t line, Status status);

  ReadOptions options_;
  const DocumentCallback& on_document_;
  const ErrorCallback& on_error_;
  ReadStats stats_;
};

}  // namespace tocsin

#endif  // TOCSIN_INGEST_READER_H_
