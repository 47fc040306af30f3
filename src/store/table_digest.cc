#include "store/table_digest.h"

#include <cstdio>

namespace tocsin {
namespace {

// 0: NULL, 1: number, 2: text.
int Rank(const SqlValue& v) {
  switch (v.index()) {
    case 0:
      return 0;
    case 1:
    case 2:
      return 1;
    default:
      return 2;
  }
}

double Number(const SqlValue& v) {
  return v.index() == 1 ? static_cast<double>(std::get<int64_t>(v))
                        : std::get<double>(v);
}

}  // namespace

void HashSqlValue(const SqlValue& value, Sha256* sha) {
  char buffer[40];
  switch (value.index()) {
    case 0:
      sha->UpdateField("N");
      break;
    case 1:
      std::snprintf(buffer, sizeof buffer, "I%lld",
                    static_cast<long long>(std::get<int64_t>(value)));
      sha->UpdateField(buffer);
      break;
    case 2:
      std::snprintf(buffer, sizeof buffer, "R%.17g", std::get<double>(value));
      sha->UpdateField(buffer);
      break;
    default:
      sha->UpdateField("T");
      sha->UpdateField(SqlText(value));
  }
}

bool SqlValueLess(const SqlValue& a, const SqlValue& b) {
  const int ra = Rank(a), rb = Rank(b);
  if (ra != rb) return ra < rb;
  if (ra == 0) return false;
  if (ra == 1) {
    if (a.index() == 1 && b.index() == 1) {
      return std::get<int64_t>(a) < std::get<int64_t>(b);
    }
    return Number(a) < Number(b);
  }
  return SqlText(a) < SqlText(b);  // string_view compares bytes as unsigned
}

}  // namespace tocsin
