#include "util/paths.h"

#include <cstdlib>

namespace tocsin {
namespace {

std::string FromEnvOr(const char* name, const char* fallback) {
  const char* value = std::getenv(name);
  if (value != nullptr && *value != '\0') return value;
  return fallback;
}

}  // namespace

std::string DictDir() { return FromEnvOr("TOCSIN_DICT_DIR", TOCSIN_SOURCE_DICT_DIR); }

std::string DataDir() { return FromEnvOr("TOCSIN_DATA_DIR", TOCSIN_BUILD_DATA_DIR); }

}  // namespace tocsin
