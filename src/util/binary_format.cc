#include "util/binary_format.h"

#include <zlib.h>

#include <bit>
#include <cstring>
#include <limits>

namespace tocsin {
namespace {

static_assert(std::endian::native == std::endian::little,
              "tocsin data files are little-endian");

struct Header {
  uint32_t magic;
  uint32_t version;
  uint64_t payload_size;
  uint32_t payload_crc32;
  uint32_t reserved0;
  uint64_t reserved1;
};
static_assert(sizeof(Header) == kBinaryHeaderSize);

Status Corrupt(std::string_view what, std::string_view problem) {
  return DataLossError(std::string(what) + ": " + std::string(problem));
}

}  // namespace

uint32_t Crc32(std::string_view bytes) {
  uLong crc = crc32(0L, Z_NULL, 0);
  // zlib takes uInt lengths; feed large inputs in chunks.
  constexpr size_t kChunk = 1u << 30;
  while (!bytes.empty()) {
    size_t n = bytes.size() < kChunk ? bytes.size() : kChunk;
    crc = crc32(crc, reinterpret_cast<const Bytef*>(bytes.data()),
                static_cast<uInt>(n));
    bytes.remove_prefix(n);
  }
  return static_cast<uint32_t>(crc);
}

std::string EncodeBinaryFile(uint32_t magic, uint32_t version,
                             std::string_view payload) {
  Header h{};
  h.magic = magic;
  h.version = version;
  h.payload_size = payload.size();
  h.payload_crc32 = Crc32(payload);
  std::string out(sizeof(h), '\0');
  std::memcpy(out.data(), &h, sizeof(h));
  out.append(payload);
  return out;
}

StatusOr<std::string_view> DecodeBinaryFile(std::string_view file,
                                            uint32_t magic, uint32_t version,
                                            std::string_view what) {
  if (file.size() < sizeof(Header)) {
    return Corrupt(what, "file shorter than its header (truncated?)");
  }
  Header h;
  std::memcpy(&h, file.data(), sizeof(h));
  if (h.magic != magic) return Corrupt(what, "bad magic number");
  if (h.version != version) {
    return Corrupt(what, "format version " + std::to_string(h.version) +
                             ", expected " + std::to_string(version) +
                             " (rebuild the data)");
  }
  std::string_view payload = file.substr(sizeof(Header));
  if (h.payload_size != payload.size()) {
    return Corrupt(what, "payload is " + std::to_string(payload.size()) +
                             " bytes, header says " +
                             std::to_string(h.payload_size) + " (truncated?)");
  }
  if (Crc32(payload) != h.payload_crc32) {
    return Corrupt(what, "checksum mismatch");
  }
  return payload;
}

}  // namespace tocsin
