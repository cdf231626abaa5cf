#include "common/date.h"

#include <cstdio>

namespace entente {

int DaysFromCivil(int y, int m, int d) {
  y -= m <= 2;
  const int era = (y >= 0 ? y : y - 399) / 400;
  const unsigned yoe = static_cast<unsigned>(y - era * 400);
  const unsigned doy = (153 * static_cast<unsigned>(m + (m > 2 ? -3 : 9)) + 2) / 5 + static_cast<unsigned>(d) - 1;
  const unsigned doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
  return era * 146097 + static_cast<int>(doe) - 719468;
}

void CivilFromDays(int z, int& y, int& m, int& d) {
  z += 719468;
  const int era = (z >= 0 ? z : z - 146096) / 146097;
  const unsigned doe = static_cast<unsigned>(z - era * 146097);
  const unsigned yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
  const unsigned doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
  const unsigned mp = (5 * doy + 2) / 153;
  d = static_cast<int>(doy - (153 * mp + 2) / 5 + 1);
  m = static_cast<int>(mp < 10 ? mp + 3 : mp - 9);
  y = static_cast<int>(yoe) + era * 400 + (m <= 2);
}

int Weekday(int days) {
  // 1970-01-01 was a Thursday (3 when Monday = 0).
  int w = (days + 3) % 7;
  return w < 0 ? w + 7 : w;
}

int DaysInMonth(int y, int m) {
  static const int kDays[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  if (m == 2 && ((y % 4 == 0 && y % 100 != 0) || y % 400 == 0)) return 29;
  return kDays[(m - 1) % 12];
}

static bool Digits(std::string_view s, size_t pos, size_t n, int& out) {
  if (pos + n > s.size()) return false;
  out = 0;
  for (size_t i = pos; i < pos + n; ++i) {
    if (s[i] < '0' || s[i] > '9') return false;
    out = out * 10 + (s[i] - '0');
  }
  return true;
}

std::optional<DateValue> ParseIsoDate(std::string_view s) {
  DateValue v;
  if (!Digits(s, 0, 4, v.year)) return std::nullopt;
  v.precision = DateValue::Precision::kYear;
  if (s.size() == 4) return v;
  if (s.size() < 7 || s[4] != '-' || !Digits(s, 5, 2, v.month) || v.month < 1 || v.month > 12)
    return std::nullopt;
  v.precision = DateValue::Precision::kMonth;
  if (s.size() == 7) return v;
  if (s.size() < 10 || s[7] != '-' || !Digits(s, 8, 2, v.day) || v.day < 1 ||
      v.day > DaysInMonth(v.year, v.month))
    return std::nullopt;
  if (s.size() > 10 && s[10] != 'T' && s[10] != ' ') return std::nullopt;
  v.precision = DateValue::Precision::kDay;
  return v;
}

DateValue DayValue(int days) {
  DateValue v;
  CivilFromDays(days, v.year, v.month, v.day);
  v.precision = DateValue::Precision::kDay;
  return v;
}

int ToDays(const DateValue& v) {
  return DaysFromCivil(v.year, v.month ? v.month : 1, v.day ? v.day : 1);
}

std::string DateValue::ToString() const {
  char buf[16];
  switch (precision) {
    case Precision::kNone: return "";
    case Precision::kYear: std::snprintf(buf, sizeof buf, "%04d", year); break;
    case Precision::kMonth: std::snprintf(buf, sizeof buf, "%04d-%02d", year, month); break;
    case Precision::kDay: std::snprintf(buf, sizeof buf, "%04d-%02d-%02d", year, month, day); break;
  }
  return buf;
}

std::string IsoWeek(int days) {
  int thursday = days - Weekday(days) + 3;
  int y, m, d;
  CivilFromDays(thursday, y, m, d);
  int week = (thursday - DaysFromCivil(y, 1, 1)) / 7 + 1;
  char buf[32];
  std::snprintf(buf, sizeof buf, "%04d-W%02d", y, week);
  return buf;
}

}  // namespace entente
