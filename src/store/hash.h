// SHA-256 digests of field lists, for the store's content hashes and event
// ids. Fields are length-prefixed before hashing, so ("ab", "c") and
// ("a", "bc") never collide by construction.
#ifndef TOCSIN_STORE_HASH_H_
#define TOCSIN_STORE_HASH_H_

#include <cstdint>
#include <initializer_list>
#include <string>
#include <string_view>

#include "tocsin/status.h"

namespace tocsin {

// Incremental SHA-256 (OpenSSL EVP). Not copyable.
class Sha256 {
 public:
  Sha256();
  ~Sha256();
  Sha256(const Sha256&) = delete;
  Sha256& operator=(const Sha256&) = delete;

  void Update(std::string_view bytes);
  // Appends the field's length (8 bytes, little endian) then its bytes.
  void UpdateField(std::string_view field);
  // 64 lower-case hex digits. The object is spent afterwards.
  std::string FinishHex();

 private:
  void* ctx_;  // EVP_MD_CTX
};

// Hex SHA-256 of the length-prefixed fields.
std::string HashFields(std::initializer_list<std::string_view> fields);

// Standard base64 (RFC 4648, padded; OpenSSL's EVP_EncodeBlock): binary
// values the store keeps in text columns, which every backend and the
// table digests handle alike (PostgreSQL's text refuses NUL bytes).
std::string Base64Encode(std::string_view bytes);
// The inverse; DataLoss when `text` is not padded base64.
StatusOr<std::string> Base64Decode(std::string_view text);

}  // namespace tocsin

#endif  // TOCSIN_STORE_HASH_H_
