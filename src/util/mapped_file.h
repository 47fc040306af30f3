// A read-only memory mapping of a whole file.
#ifndef TOCSIN_UTIL_MAPPED_FILE_H_
#define TOCSIN_UTIL_MAPPED_FILE_H_

#include <memory>
#include <string>
#include <string_view>

#include "tocsin/status.h"

namespace tocsin {

// Immutable; data() stays valid until the MappedFile is destroyed. Safe to
// read from many threads. The file must not be modified while mapped (the
// build replaces data files by writing a new file, never in place).
class MappedFile {
 public:
  // NotFound if `path` does not exist; Unavailable for other OS errors.
  // An empty file maps to an empty view.
  static StatusOr<std::unique_ptr<MappedFile>> Open(const std::string& path);

  MappedFile(const MappedFile&) = delete;
  MappedFile& operator=(const MappedFile&) = delete;
  ~MappedFile();

  std::string_view data() const { return {data_, size_}; }
  const std::string& path() const { return path_; }

 private:
  MappedFile(std::string path, const char* data, size_t size)
      : path_(std::move(path)), data_(data), size_(size) {}

  std::string path_;
  const char* data_;
  size_t size_;
};

}  // namespace tocsin

#endif  // TOCSIN_UTIL_MAPPED_FILE_H_
