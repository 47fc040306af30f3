// The envelope every compiled tocsin data file shares: a fixed 32-byte
// header (magic number, format version, payload size, CRC32 of the payload)
// followed by the payload.
//
// Files are written and read on little-endian machines only (checked at
// compile time); the payload starts 32 bytes in, so a page-aligned mapping
// keeps 8-byte alignment for the structures inside it.
#ifndef TOCSIN_UTIL_BINARY_FORMAT_H_
#define TOCSIN_UTIL_BINARY_FORMAT_H_

#include <cstdint>
#include <string>
#include <string_view>

#include "tocsin/status.h"

namespace tocsin {

inline constexpr size_t kBinaryHeaderSize = 32;

// CRC-32 (zlib's polynomial) of `bytes`.
uint32_t Crc32(std::string_view bytes);

// Returns header + payload, ready to be written to disk.
std::string EncodeBinaryFile(uint32_t magic, uint32_t version,
                             std::string_view payload);

// Checks the header of `file` (magic, version, declared size, checksum) and
// returns the payload, a view into `file`. Every mismatch is a DataLoss error
// whose message starts with `what` (e.g. the file name).
StatusOr<std::string_view> DecodeBinaryFile(std::string_view file,
                                            uint32_t magic, uint32_t version,
                                            std::string_view what);

}  // namespace tocsin

#endif  // TOCSIN_UTIL_BINARY_FORMAT_H_
