#include "store/hash.h"

#include <openssl/evp.h>

#include <array>

namespace tocsin {

namespace {

// Fetched once: OpenSSL 3 looks EVP_sha256() up in its provider tables on
// every EVP_DigestInit_ex, which costs more than hashing a short key.
const EVP_MD* Sha256Md() {
  static const EVP_MD* md = [] {
    const EVP_MD* fetched = EVP_MD_fetch(nullptr, "SHA256", nullptr);
    return fetched != nullptr ? fetched : EVP_sha256();
  }();
  return md;
}

}  // namespace

Sha256::Sha256() : ctx_(EVP_MD_CTX_new()) {
  EVP_DigestInit_ex(static_cast<EVP_MD_CTX*>(ctx_), Sha256Md(), nullptr);
}

Sha256::~Sha256() { EVP_MD_CTX_free(static_cast<EVP_MD_CTX*>(ctx_)); }

void Sha256::Update(std::string_view bytes) {
  EVP_DigestUpdate(static_cast<EVP_MD_CTX*>(ctx_), bytes.data(), bytes.size());
}

void Sha256::UpdateField(std::string_view field) {
  std::array<char, 8> length;
  uint64_t n = field.size();
  for (char& c : length) {
    c = static_cast<char>(n & 0xff);
    n >>= 8;
  }
  Update(std::string_view(length.data(), length.size()));
  Update(field);
}

std::string Sha256::FinishHex() {
  std::array<unsigned char, EVP_MAX_MD_SIZE> digest;
  unsigned int size = 0;
  EVP_DigestFinal_ex(static_cast<EVP_MD_CTX*>(ctx_), digest.data(), &size);
  static constexpr char kHex[] = "0123456789abcdef";
  std::string hex;
  hex.reserve(2 * size);
  for (unsigned int i = 0; i < size; ++i) {
    hex += kHex[digest[i] >> 4];
    hex += kHex[digest[i] & 0xf];
  }
  return hex;
}

std::string HashFields(std::initializer_list<std::string_view> fields) {
  Sha256 sha;
  for (std::string_view f : fields) sha.UpdateField(f);
  return sha.FinishHex();
}

std::string Base64Encode(std::string_view bytes) {
  std::string text(4 * ((bytes.size() + 2) / 3), '\0');
  const int n =
      EVP_EncodeBlock(reinterpret_cast<unsigned char*>(text.data()),
                      reinterpret_cast<const unsigned char*>(bytes.data()),
                      static_cast<int>(bytes.size()));
  text.resize(static_cast<size_t>(n));
  return text;
}

StatusOr<std::string> Base64Decode(std::string_view text) {
  if (text.size() % 4 != 0) {
    return DataLossError("base64 text of " + std::to_string(text.size()) +
                         " bytes: not a multiple of 4");
  }
  // EVP_DecodeBlock skips blanks and decodes padding as zero bytes: check
  // the alphabet here, trim the padding below.
  for (size_t i = 0; i < text.size(); ++i) {
    const char c = text[i];
    const bool letter = (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') ||
                        (c >= '0' && c <= '9') || c == '+' || c == '/';
    const bool pad = c == '=' && i + 2 >= text.size() &&
                     (i + 1 == text.size() || text[i + 1] == '=');
    if (!letter && !pad) return DataLossError("not base64 text");
  }
  std::string bytes(3 * (text.size() / 4), '\0');
  const int n =
      EVP_DecodeBlock(reinterpret_cast<unsigned char*>(bytes.data()),
                      reinterpret_cast<const unsigned char*>(text.data()),
                      static_cast<int>(text.size()));
  if (n < 0) return DataLossError("not base64 text");
  size_t padding = 0;
  while (padding < 2 && padding < text.size() &&
         text[text.size() - 1 - padding] == '=') {
    ++padding;
  }
  bytes.resize(static_cast<size_t>(n) - padding);
  return bytes;
}

}  // namespace tocsin
