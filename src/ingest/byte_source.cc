#include "ingest/byte_source.h"

#include <zlib.h>

#include <algorithm>
#include <cerrno>
#include <climits>
#include <cstring>

namespace tocsin {
namespace {

constexpr size_t kChunkBytes = 256 * 1024;

gzFile AsGz(void* f) { return static_cast<gzFile>(f); }

}  // namespace

StatusOr<std::unique_ptr<FileSource>> FileSource::Open(
    const std::string& path) {
  errno = 0;
  gzFile file = gzopen(path.c_str(), "rb");
  if (file == nullptr) {
    const int err = errno;
    std::string why = err != 0 ? std::strerror(err) : "cannot open";
    if (err == ENOENT) return NotFoundError(path + ": " + why);
    return UnavailableError(path + ": " + why);
  }
  gzbuffer(file, kChunkBytes);
  return std::unique_ptr<FileSource>(new FileSource(file));
}

FileSource::~FileSource() { gzclose(AsGz(file_)); }

StatusOr<size_t> FileSource::Read(char* buf, size_t n) {
  const int got = gzread(AsGz(file_), buf,
                         static_cast<unsigned>(std::min<size_t>(n, INT_MAX)));
  int errnum = Z_OK;
  const char* message = gzerror(AsGz(file_), &errnum);
  if (got < 0 || (errnum != Z_OK && errnum != Z_BUF_ERROR)) {
    return DataLossError(std::string("corrupt gzip data: ") + message);
  }
  if (got == 0 && errnum == Z_BUF_ERROR) {
    return DataLossError("truncated gzip data");
  }
  return static_cast<size_t>(got);
}

bool FileSource::compressed() const { return gzdirect(AsGz(file_)) == 0; }

StatusOr<size_t> IstreamSource::Read(char* buf, size_t n) {
  in_->read(buf, static_cast<std::streamsize>(n));
  if (in_->bad()) return UnavailableError("read error on input stream");
  return static_cast<size_t>(in_->gcount());
}

StatusOr<size_t> StringSource::Read(char* buf, size_t n) {
  n = std::min(n, data_.size());
  std::memcpy(buf, data_.data(), n);
  data_.remove_prefix(n);
  return n;
}

Status ReadAtMost(ByteSource& src, uint64_t max, std::string* out) {
  const size_t start = out->size();
  for (;;) {
    // One byte past the limit is enough to know the input is too big.
    const uint64_t remaining = max - (out->size() - start);
    const size_t room = remaining < kChunkBytes ? remaining + 1 : kChunkBytes;
    const size_t old = out->size();
    out->resize(old + room);
    StatusOr<size_t> got = src.Read(out->data() + old, room);
    out->resize(old + (got.ok() ? *got : 0));
    if (!got.ok()) return got.status();
    if (*got == 0) return Status::OK();
    if (out->size() - start > max) {
      return ResourceExhaustedError("input exceeds the limit of " +
                                    std::to_string(max) + " bytes");
    }
  }
}

StreamLineReader::StreamLineReader(ByteSource* src, uint64_t max_line_bytes,
                                   std::string initial)
    : src_(src),
      max_line_bytes_(max_line_bytes),
      buffer_(initial.begin(), initial.end()),
      end_(buffer_.size()),
      bytes_read_(initial.size()) {}

Status StreamLineReader::Refill() {
  buffer_.resize(kChunkBytes);
  begin_ = end_ = 0;
  TOCSIN_ASSIGN_OR_RETURN(const size_t got,
                          src_->Read(buffer_.data(), kChunkBytes));
  end_ = got;
  eof_ = got == 0;
  bytes_read_ += got;
  return Status::OK();
}

// Hot loop for JSON Lines input: one memchr per line in the common case
// where the line sits inside the buffer, and no copy.
StatusOr<bool> StreamLineReader::Next() {
  partial_.clear();
  too_long_ = false;
  bool overflow = false;
  bool any = false;
  bool complete = false;
  while (!complete) {
    if (begin_ == end_) {
      if (eof_) break;
      TOCSIN_RETURN_IF_ERROR(Refill());
      continue;
    }
    const char* start = buffer_.data() + begin_;
    const auto* nl =
        static_cast<const char*>(std::memchr(start, '\n', end_ - begin_));
    const size_t len = nl != nullptr ? nl - start : end_ - begin_;
    any = true;
    if (!overflow && partial_.size() + len > max_line_bytes_) {
      overflow = true;
      partial_.clear();
      partial_.shrink_to_fit();
    }
    begin_ += len;
    if (nl != nullptr) {
      ++begin_;
      complete = true;
      if (!overflow && partial_.empty()) {
        line_ = std::string_view(start, len);
        break;
      }
    }
    if (!overflow) partial_.append(start, len);
    line_ = partial_;
  }
  if (!any) return false;
  ++line_number_;
  if (overflow) {
    too_long_ = true;
    line_ = {};
  } else if (!line_.empty() && line_.back() == '\r') {
    line_.remove_suffix(1);
  }
  return true;
}

}  // namespace tocsin
