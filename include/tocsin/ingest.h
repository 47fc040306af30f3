// Reading documents from the outside world.
//
// ReadInputs() accepts what a news analyst has lying around: plain text,
// HTML pages, JSON Lines, RSS 2.0 / Atom feeds (files or http(s) URLs),
// directories (recursively) and .gz files, in UTF-8 (with or without BOM),
// Windows-1252 or ISO-8859-1. Bad input never stops the run: each failing
// document is reported through `on_error` with its file (and line, where there
// is one), and reading continues with the rest.
#ifndef TOCSIN_INGEST_H_
#define TOCSIN_INGEST_H_

#include <cstdint>
#include <functional>
#include <string>
#include <vector>

#include "tocsin/document.h"
#include "tocsin/status.h"

namespace tocsin {

struct ReadOptions {
  // Files (after decompression) larger than this are refused without being
  // read into memory whole.
  uint64_t max_input_bytes = 64ull << 20;
  // Network fetches of feeds time out after this many seconds.
  int fetch_timeout_seconds = 20;
};

struct InputError {
  std::string source;  // file path or URL
  uint32_t line = 0;   // 1-based line, 0 when not applicable
  Status status;       // what went wrong
};

struct ReadStats {
  uint64_t documents = 0;      // documents delivered to on_document
  uint64_t failed = 0;         // documents or inputs reported to on_error
  uint64_t invalid_bytes = 0;  // bytes replaced by U+FFFD, over all documents
  uint64_t bytes_read = 0;
};

using DocumentCallback = std::function<void(Document&&)>;
using ErrorCallback = std::function<void(const InputError&)>;

// Reads every input in order. An input is a path (file or directory), "-" for
// JSON Lines on stdin, or an http(s) URL of a feed. Thread-compatible: the
// callbacks run on the calling thread.
ReadStats ReadInputs(const std::vector<std::string>& inputs,
                     const ReadOptions& options,
                     const DocumentCallback& on_document,
                     const ErrorCallback& on_error);

}  // namespace tocsin

#endif  // TOCSIN_INGEST_H_
