// Streams of input bytes (files, gzip files, stdin, memory) and a line
// reader over them, so big inputs are never read whole when they need not be.
#ifndef TOCSIN_INGEST_BYTE_SOURCE_H_
#define TOCSIN_INGEST_BYTE_SOURCE_H_

#include <cstdint>
#include <istream>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "tocsin/status.h"

namespace tocsin {

class ByteSource {
 public:
  virtual ~ByteSource() = default;
  // Reads up to `n` bytes into `buf`; returns 0 only at the end of input.
  virtual StatusOr<size_t> Read(char* buf, size_t n) = 0;
};

// A file read through zlib: gzip data is decompressed on the fly, anything
// else is passed through unchanged.
class FileSource : public ByteSource {
 public:
  // NotFound when the file does not exist, Unavailable when it cannot be
  // opened.
  static StatusOr<std::unique_ptr<FileSource>> Open(const std::string& path);
  ~FileSource() override;
  FileSource(const FileSource&) = delete;
  FileSource& operator=(const FileSource&) = delete;

  // DataLoss when the gzip stream is corrupt or truncated.
  StatusOr<size_t> Read(char* buf, size_t n) override;
  // True when the file is gzip data. Meaningful after the first Read.
  bool compressed() const;

 private:
  explicit FileSource(void* file) : file_(file) {}
  void* file_;  // gzFile
};

// Reads from a std::istream the caller owns (stdin in production).
class IstreamSource : public ByteSource {
 public:
  explicit IstreamSource(std::istream* in) : in_(in) {}
  StatusOr<size_t> Read(char* buf, size_t n) override;

 private:
  std::istream* in_;
};

// Reads from a string the caller keeps alive.
class StringSource : public ByteSource {
 public:
  explicit StringSource(std::string_view data) : data_(data) {}
  StatusOr<size_t> Read(char* buf, size_t n) override;

 private:
  std::string_view data_;
};

// Reads from `src` into `out` (appending) until the end of input or until
// more than `max` bytes came. Returns ResourceExhausted in the second case,
// with everything read (up to one chunk past `max`) left in `out`.
Status ReadAtMost(ByteSource& src, uint64_t max, std::string* out);

// Splits a ByteSource into lines ("\n", "\r\n") with a bounded line buffer.
class StreamLineReader {
 public:
  // `initial` holds bytes already taken from `src` (a sniffed head).
  // REQUIRES: `src` outlives the reader.
  StreamLineReader(ByteSource* src, uint64_t max_line_bytes,
                   std::string initial = {});

  // Moves to the next line; false at the end of input. A line longer than
  // the limit is skipped without being buffered: Next still returns true,
  // with too_long() set and an empty line().
  StatusOr<bool> Next();
  std::string_view line() const { return line_; }
  bool too_long() const { return too_long_; }
  uint32_t line_number() const { return line_number_; }
  // Bytes taken from the source so far, including `initial`.
  uint64_t bytes_read() const { return bytes_read_; }

 private:
  Status Refill();

  ByteSource* src_;
  uint64_t max_line_bytes_;
  std::vector<char> buffer_;
  size_t begin_ = 0, end_ = 0;
  bool eof_ = false;
  std::string partial_;  // a line that spans refills
  std::string_view line_;
  bool too_long_ = false;
  uint32_t line_number_ = 0;
  uint64_t bytes_read_ = 0;
};

}  // namespace tocsin

#endif  // TOCSIN_INGEST_BYTE_SOURCE_H_
