#include <cstdio>
#include <cstdlib>

#include "store/sql_db.h"

namespace entente {

long long SqlRows::Int(size_t r, size_t c) const {
  const SqlCell& x = rows_[r][c];
  switch (x.type) {
    case SqlCell::Type::kInt: return x.i;
    case SqlCell::Type::kReal: return static_cast<long long>(x.d);
    case SqlCell::Type::kText: return std::strtoll(x.s.c_str(), nullptr, 10);
    default: return 0;
  }
}

double SqlRows::Real(size_t r, size_t c) const {
  const SqlCell& x = rows_[r][c];
  switch (x.type) {
    case SqlCell::Type::kInt: return static_cast<double>(x.i);
    case SqlCell::Type::kReal: return x.d;
    case SqlCell::Type::kText: return std::strtod(x.s.c_str(), nullptr);
    default: return 0;
  }
}

std::string SqlRows::Text(size_t r, size_t c) const {
  const SqlCell& x = rows_[r][c];
  switch (x.type) {
    case SqlCell::Type::kInt: return std::to_string(x.i);
    case SqlCell::Type::kReal: {
      char buf[32];
      std::snprintf(buf, sizeof buf, "%.17g", x.d);
      return buf;
    }
    case SqlCell::Type::kText: return x.s;
    default: return "";
  }
}

std::string NumberPlaceholders(const std::string& sql) {
  std::string out;
  out.reserve(sql.size() + 16);
  int n = 0;
  char quote = 0;
  for (char ch : sql) {
    if (quote) {
      if (ch == quote) quote = 0;
      out += ch;
    } else if (ch == '\'' || ch == '"') {
      quote = ch;
      out += ch;
    } else if (ch == '?') {
      out += '$' + std::to_string(++n);
    } else {
      out += ch;
    }
  }
  return out;
}

}  // namespace entente
