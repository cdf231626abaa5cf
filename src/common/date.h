// Proleptic Gregorian calendar arithmetic on day numbers (days since 1970-01-01).
#pragma once

#include <optional>
#include <string>
#include <string_view>

#include "entente/analysis.h"

namespace entente {

int DaysFromCivil(int y, int m, int d);
void CivilFromDays(int z, int& y, int& m, int& d);
int Weekday(int days);  // 0 = Monday ... 6 = Sunday
int DaysInMonth(int y, int m);
// ISO 8601 week of a day, as TIMEX3 writes it: "2024-W12" (the year of the week's Thursday).
std::string IsoWeek(int days);

// Parses "YYYY-MM-DD", "YYYY-MM", "YYYY" (and a leading ISO date of a timestamp).
std::optional<DateValue> ParseIsoDate(std::string_view s);
DateValue DayValue(int days);  // day precision
int ToDays(const DateValue& v);  // first day of the period

}  // namespace entente
