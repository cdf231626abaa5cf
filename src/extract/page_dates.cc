#include "extract/page_dates.h"

#include <cstdio>
#include <cstring>

#include "common/date.h"
#include "common/text.h"

namespace entente {
namespace {

std::string Iso(int y, int m, int d) {
  if (y < 1000 || y > 2999 || m < 1 || m > 12 || d < 1 || d > DaysInMonth(y, m)) return "";
  char buf[40];
  std::snprintf(buf, sizeof buf, "%04d-%02d-%02d", y, m, d);
  return buf;
}

bool IsDigit(char c) { return c >= '0' && c <= '9'; }
bool IsAlpha(char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }

// Reads 1..max digits at s[i]; advances i.
bool Num(std::string_view s, size_t& i, int min_digits, int max_digits, int& out) {
  size_t j = i;
  out = 0;
  while (j < s.size() && IsDigit(s[j]) && static_cast<int>(j - i) < max_digits) out = out * 10 + (s[j++] - '0');
  if (static_cast<int>(j - i) < min_digits) return false;
  if (j < s.size() && IsDigit(s[j])) return false;  // longer number
  i = j;
  return true;
}

struct Month {
  const char* name;
  int month;
};
// Folded (lowercase, no diacritics) month names and abbreviations, longest first per month.
constexpr Month kMonths[] = {
    {"january", 1}, {"janvier", 1}, {"januar", 1}, {"janner", 1}, {"enero", 1}, {"gennaio", 1}, {"janeiro", 1},
    {"januari", 1}, {"jan", 1}, {"ene", 1},
    {"february", 2}, {"fevrier", 2}, {"februar", 2}, {"febrero", 2}, {"febbraio", 2}, {"fevereiro", 2},
    {"februari", 2}, {"feb", 2}, {"fev", 2},
    {"march", 3}, {"mars", 3}, {"marz", 3}, {"maerz", 3}, {"marzo", 3}, {"marco", 3}, {"maart", 3}, {"mar", 3},
    {"april", 4}, {"avril", 4}, {"abril", 4}, {"aprile", 4}, {"apr", 4}, {"avr", 4}, {"abr", 4},
    {"may", 5}, {"mai", 5}, {"mayo", 5}, {"maggio", 5}, {"maio", 5}, {"mei", 5},
    {"june", 6}, {"juin", 6}, {"juni", 6}, {"junio", 6}, {"giugno", 6}, {"junho", 6}, {"jun", 6},
    {"july", 7}, {"juillet", 7}, {"juli", 7}, {"julio", 7}, {"luglio", 7}, {"julho", 7}, {"jul", 7}, {"juil", 7},
    {"august", 8}, {"aout", 8}, {"agosto", 8}, {"augustus", 8}, {"aug", 8}, {"ago", 8},
    {"september", 9}, {"septembre", 9}, {"septiembre", 9}, {"settembre", 9}, {"setembro", 9}, {"sept", 9},
    {"sep", 9}, {"set", 9},
    {"october", 10}, {"octobre", 10}, {"oktober", 10}, {"octubre", 10}, {"ottobre", 10}, {"outubro", 10},
    {"oct", 10}, {"okt", 10}, {"ott", 10}, {"out", 10},
    {"november", 11}, {"novembre", 11}, {"noviembre", 11}, {"novembro", 11}, {"nov", 11},
    {"december", 12}, {"decembre", 12}, {"dezember", 12}, {"diciembre", 12}, {"dicembre", 12},
    {"dezembro", 12}, {"dec", 12}, {"dez", 12}, {"dic", 12},
};

// A month name at s[i] (folded text); advances i past it (and a '.').
int MonthAt(std::string_view s, size_t& i) {
  if (i > 0 && IsAlpha(s[i - 1])) return 0;
  size_t j = i;
  while (j < s.size() && IsAlpha(s[j])) ++j;
  std::string_view word = s.substr(i, j - i);
  if (word.size() < 3) return 0;
  for (const Month& m : kMonths) {
    if (word == m.name) {
      i = j;
      if (i < s.size() && s[i] == '.') ++i;
      return m.month;
    }
  }
  return 0;
}

void SkipSpace(std::string_view s, size_t& i) {
  while (i < s.size() && (s[i] == ' ' || s[i] == ',' || s[i] == '\t')) ++i;
}

bool SkipWord(std::string_view s, size_t& i, const char* w) {
  size_t n = std::strlen(w);
  if (s.substr(i, n) == w && (i + n >= s.size() || !IsAlpha(s[i + n]))) {
    i += n;
    return true;
  }
  return false;
}

int FourDigitYear(int y) { return y; }

// One date starting exactly at s[i] (folded text), or "". Advances i past it.
std::string DateAt(std::string_view s, size_t& i) {
  size_t k = i;
  int a = 0, b = 0, c = 0;
  if (IsDigit(s[k])) {
    if (k > 0 && (IsDigit(s[k - 1]) || s[k - 1] == '.' || s[k - 1] == '/' || s[k - 1] == '-')) return "";
    size_t start = k;
    if (!Num(s, k, 1, 4, a)) return "";
    size_t alen = k - start;
    if (alen == 4 && k < s.size() && (s[k] == '-' || s[k] == '/' || s[k] == '.')) {
      // YYYY-MM-DD, YYYY/MM/DD, YYYY.MM.DD
      char sep = s[k++];
      if (!Num(s, k, 1, 2, b) || k >= s.size() || s[k] != sep) return "";
      ++k;
      if (!Num(s, k, 1, 2, c)) return "";
      i = k;
      return Iso(a, b, c);
    }
    if (alen == 8 && a == 0) return "";
    if (alen <= 2 && k < s.size() && (s[k] == '.' || s[k] == '/' || s[k] == '-')) {
      char sep = s[k];
      size_t save = k;
      ++k;
      if (Num(s, k, 1, 2, b) && k < s.size() && s[k] == sep) {
        ++k;
        int y;
        size_t ys = k;
        if (Num(s, k, 2, 4, y) && (k - ys == 4 || k - ys == 2)) {
          if (k - ys == 2) y += y < 50 ? 2000 : 1900;
          i = k;
          // DD.MM.YYYY (dots: European); with slashes, MM/DD/YYYY unless the first cannot be a month.
          if (sep == '.' || sep == '-') return Iso(y, b, a);
          if (a > 12) return Iso(y, b, a);
          return Iso(y, a, b);
        }
      }
      k = save;
      // "5. März 2019"
      if (sep == '.') {
        ++k;
        SkipSpace(s, k);
        int m = MonthAt(s, k);
        if (m) {
          SkipSpace(s, k);
          int y;
          if (Num(s, k, 4, 4, y)) {
            i = k;
            return Iso(y, m, a);
          }
        }
      }
      return "";
    }
    if (alen <= 2) {
      // "5 March 2019", "5 de marzo de 2019", "5th March 2019"
      if (s.substr(k, 2) == "st" || s.substr(k, 2) == "nd" || s.substr(k, 2) == "rd" || s.substr(k, 2) == "th") k += 2;
      SkipSpace(s, k);
      SkipWord(s, k, "de");
      SkipSpace(s, k);
      int m = MonthAt(s, k);
      if (!m) return "";
      SkipSpace(s, k);
      SkipWord(s, k, "de");
      SkipSpace(s, k);
      int y;
      if (Num(s, k, 4, 4, y)) {
        i = k;
        return Iso(y, m, a);
      }
      return "";
    }
    return "";
  }
  if (IsAlpha(s[k])) {
    // "March 5, 2019", "Mar. 5th 2019"
    int m = MonthAt(s, k);
    if (!m) return "";
    SkipSpace(s, k);
    if (!Num(s, k, 1, 2, a)) return "";
    if (s.substr(k, 2) == "st" || s.substr(k, 2) == "nd" || s.substr(k, 2) == "rd" || s.substr(k, 2) == "th") k += 2;
    SkipSpace(s, k);
    int y;
    if (!Num(s, k, 4, 4, y)) return "";
    i = k;
    return Iso(FourDigitYear(y), m, a);
  }
  return "";
}

}  // namespace

std::string NormalizeDate(std::string_view s) {
  s = Trim(s);
  if (s.empty() || s.size() > 200) return "";
  if (s.size() >= 10 && IsDigit(s[0]) && IsDigit(s[3]) && (s[4] == '-' || s[4] == '/')) {
    size_t i = 0;
    std::string d = DateAt(s, i);
    if (!d.empty()) return d;
  }
  // Unix timestamps (seconds or milliseconds).
  bool digits = s.size() >= 9 && s.size() <= 13;
  for (char ch : s) digits = digits && IsDigit(ch);
  if (digits) {
    long long v = std::atoll(std::string(s).c_str());
    if (s.size() == 13) v /= 1000;
    if (v > 788918400LL && v < 4102444800LL) return DayValue(static_cast<int>(v / 86400)).ToString();
  }
  if (s.size() == 8) {  // 20190305
    bool all = true;
    for (char ch : s) all = all && IsDigit(ch);
    if (all) return Iso(std::atoi(std::string(s.substr(0, 4)).c_str()), std::atoi(std::string(s.substr(4, 2)).c_str()),
                        std::atoi(std::string(s.substr(6, 2)).c_str()));
  }
  return FindTextDate(s);
}

std::string DateFromUrl(std::string_view url, std::string* month_only) {
  // Skip scheme and host.
  size_t p = url.find("://");
  p = p == std::string_view::npos ? 0 : url.find('/', p + 3);
  if (p == std::string_view::npos) return "";
  std::string_view path = url.substr(p);
  for (size_t i = 0; i + 4 <= path.size(); ++i) {
    if (!IsDigit(path[i]) || (i > 0 && IsDigit(path[i - 1]))) continue;
    if (path[i] != '1' && path[i] != '2') continue;
    size_t k = i;
    int y;
    if (!Num(path, k, 4, 4, y) || y < 1995 || y > 2100) {
      // 20190305
      size_t q = i;
      int v;
      if (i > 0 && (path[i - 1] == '/' || path[i - 1] == '-' || path[i - 1] == '_') && Num(path, q, 8, 8, v)) {
        std::string d = Iso(v / 10000, v / 100 % 100, v % 100);
        if (!d.empty() && v / 10000 >= 1995) return d;
      }
      continue;
    }
    if (i == 0 || (path[i - 1] != '/' && path[i - 1] != '-' && path[i - 1] != '_')) continue;
    if (k >= path.size() || (path[k] != '/' && path[k] != '-' && path[k] != '_')) continue;
    char sep = path[k];
    ++k;
    int m;
    if (!Num(path, k, 2, 2, m) || m < 1 || m > 12) continue;
    if (k < path.size() && path[k] == sep) {
      size_t q = k + 1;
      int d;
      if (Num(path, q, 2, 2, d) && (q >= path.size() || !IsDigit(path[q]))) {
        std::string iso = Iso(y, m, d);
        if (!iso.empty()) return iso;
      }
    }
    if (month_only && month_only->empty() && (k >= path.size() || path[k] == '/')) {
      char buf[32];
      std::snprintf(buf, sizeof buf, "%04d-%02d", y, m);
      *month_only = buf;
    }
  }
  return "";
}

std::string FindTextDate(std::string_view text, size_t* pos) {
  if (text.size() > 4000) text = text.substr(0, 4000);
  std::string folded = FoldText(text);
  std::string_view s(folded);
  for (size_t i = 0; i < s.size(); ++i) {
    if (!IsDigit(s[i]) && !IsAlpha(s[i])) continue;
    if (IsAlpha(s[i]) && i > 0 && IsAlpha(s[i - 1])) continue;
    size_t k = i;
    std::string d = DateAt(s, k);
    if (!d.empty()) {
      if (pos) *pos = i;  // offset in the folded text; close enough for short lines
      return d;
    }
  }
  return "";
}

bool PlausibleDate(std::string_view iso, std::string_view latest) {
  auto d = ParseIsoDate(iso);
  if (!d || d->year < 1995) return false;
  if (!latest.empty()) {
    auto l = ParseIsoDate(latest.substr(0, 10));
    if (l && l->precision == d->precision && ToDays(*d) > ToDays(*l) + 1) return false;
  }
  return true;
}

}  // namespace entente
