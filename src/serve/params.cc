#include "serve/params.h"

#include <algorithm>
#include <cctype>
#include <charconv>

namespace entente::serve {
namespace {

const std::vector<std::string> kFactuality = {"asserted", "negated", "future", "hypothetical", "alleged"};

// The value of `name`, or nullptr when absent.
const std::string* Get(const Query& q, const std::string& name) {
  auto it = q.find(name);
  return it == q.end() ? nullptr : &it->second;
}

// A value quoted for an error message: short and printable.
std::string Quote(const std::string& v) {
  std::string out = "'";
  for (size_t i = 0; i < v.size() && i < 40; ++i) {
    unsigned char c = static_cast<unsigned char>(v[i]);
    out += (c < 0x20 || c == 0x7f) ? '?' : static_cast<char>(c);
  }
  if (v.size() > 40) out += "...";
  return out + "'";
}

bool AllDigits(const std::string& s, size_t from, size_t n) {
  if (from + n > s.size()) return false;
  for (size_t i = from; i < from + n; ++i)
    if (!std::isdigit(static_cast<unsigned char>(s[i]))) return false;
  return true;
}

ParamResult Actor(const Query& q, const std::string& name, std::string* out) {
  const std::string* v = Get(q, name);
  if (!v) return std::nullopt;
  if (!IsActorCode(*v))
    return ParamError{name, name + ": " + Quote(*v) + " is not an actor code (3-16 letters or digits, e.g. PRK, IGOUNO)"};
  *out = *v;
  for (char& c : *out) c = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
  return std::nullopt;
}

ParamResult Date(const Query& q, const std::string& name, std::string* out) {
  const std::string* v = Get(q, name);
  if (!v) return std::nullopt;
  if (!IsDatePrefix(*v))
    return ParamError{name, name + ": " + Quote(*v) + " is not a date (YYYY, YYYY-MM or YYYY-MM-DD)"};
  *out = *v;
  return std::nullopt;
}

}  // namespace

bool IsActorCode(const std::string& s) {
  if (s.size() < 3 || s.size() > 16) return false;
  return std::all_of(s.begin(), s.end(), [](char c) { return std::isalnum(static_cast<unsigned char>(c)) != 0; });
}

bool IsCameoCode(const std::string& s) {
  return s.size() >= 2 && s.size() <= 4 && AllDigits(s, 0, s.size());
}

bool IsDatePrefix(const std::string& s) {
  if (!(s.size() == 4 || s.size() == 7 || s.size() == 10) || !AllDigits(s, 0, 4)) return false;
  if (s.size() == 4) return true;
  if (s[4] != '-' || !AllDigits(s, 5, 2)) return false;
  int year = std::stoi(s.substr(0, 4)), month = std::stoi(s.substr(5, 2));
  if (month < 1 || month > 12) return false;
  if (s.size() == 7) return true;
  if (s[7] != '-' || !AllDigits(s, 8, 2)) return false;
  int day = std::stoi(s.substr(8, 2));
  static const int kDays[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  bool leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
  int last = kDays[month - 1] + (month == 2 && leap ? 1 : 0);
  return day >= 1 && day <= last;
}

ParamResult CheckParams(const Query& q, const std::vector<std::string>& known) {
  for (auto it = q.begin(); it != q.end(); it = q.upper_bound(it->first)) {
    if (std::find(known.begin(), known.end(), it->first) == known.end()) {
      std::string list;
      for (const std::string& k : known) list += (list.empty() ? "" : ", ") + k;
      return ParamError{it->first, "unknown parameter " + Quote(it->first) +
                                       (list.empty() ? " (this endpoint takes none)" : " (known: " + list + ")")};
    }
    if (q.count(it->first) > 1) return ParamError{it->first, it->first + ": given more than once"};
  }
  return std::nullopt;
}

ParamResult ParseFilter(const Query& q, EventFilter* f) {
  if (auto e = Actor(q, "source", &f->source)) return e;
  if (auto e = Actor(q, "target", &f->target)) return e;
  if (auto e = Actor(q, "actor", &f->actor)) return e;
  if (const std::string* v = Get(q, "code")) {
    if (!IsCameoCode(*v)) return ParamError{"code", "code: " + Quote(*v) + " is not a CAMEO code (2-4 digits, e.g. 04, 042)"};
    f->code = *v;
  }
  if (auto e = Date(q, "from", &f->from)) return e;
  if (auto e = Date(q, "to", &f->to)) return e;
  if (!f->from.empty() && !f->to.empty()) {
    size_t n = std::min(f->from.size(), f->to.size());
    if (f->from.compare(0, n, f->to, 0, n) > 0)
      return ParamError{"from", "from: " + Quote(f->from) + " is after to " + Quote(f->to)};
  }
  if (const std::string* v = Get(q, "factuality")) {
    f->factuality.clear();
    size_t start = 0;
    while (true) {
      size_t comma = v->find(',', start);
      std::string item = v->substr(start, comma == std::string::npos ? std::string::npos : comma - start);
      if (std::find(kFactuality.begin(), kFactuality.end(), item) == kFactuality.end())
        return ParamError{"factuality", "factuality: " + Quote(item) +
                                            " is not one of asserted, negated, future, hypothetical, alleged"};
      if (std::find(f->factuality.begin(), f->factuality.end(), item) == f->factuality.end())
        f->factuality.push_back(item);
      if (comma == std::string::npos) break;
      start = comma + 1;
    }
  }
  if (const std::string* v = Get(q, "directed")) {
    if (*v != "0" && *v != "1") return ParamError{"directed", "directed: " + Quote(*v) + " is not 0 or 1"};
    f->both_directions = *v == "0";
  }
  if (auto e = ParseInt(q, "limit", 1, 1000, &f->limit)) return e;
  if (auto e = ParseInt(q, "offset", 0, 1000000000, &f->offset)) return e;
  return std::nullopt;
}

ParamResult ParseChoice(const Query& q, const std::string& name, const std::vector<std::string>& choices,
                        std::string* out) {
  const std::string* v = Get(q, name);
  if (!v) return std::nullopt;
  if (std::find(choices.begin(), choices.end(), *v) == choices.end()) {
    std::string list;
    for (const std::string& c : choices) list += (list.empty() ? "" : ", ") + c;
    return ParamError{name, name + ": " + Quote(*v) + " is not one of " + list};
  }
  *out = *v;
  return std::nullopt;
}

ParamResult ParseInt(const Query& q, const std::string& name, long long lo, long long hi, int* out) {
  const std::string* v = Get(q, name);
  if (!v) return std::nullopt;
  long long n = 0;
  auto [end, ec] = std::from_chars(v->data(), v->data() + v->size(), n);
  if (v->empty() || ec != std::errc() || end != v->data() + v->size())
    return ParamError{name, name + ": " + Quote(*v) + " is not a whole number"};
  if (n < lo || n > hi)
    return ParamError{name, name + ": " + std::to_string(n) + " is out of range [" + std::to_string(lo) + ", " +
                                std::to_string(hi) + "]"};
  *out = static_cast<int>(n);
  return std::nullopt;
}

}  // namespace entente::serve
