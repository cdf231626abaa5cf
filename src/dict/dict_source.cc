#include "dict/dict_source.h"

#include "common/date.h"
#include "common/text.h"

namespace entente {

namespace {
struct FormatName {
  DictFormat f;
  const char* name;
};
constexpr FormatName kFormatNames[] = {
    {DictFormat::kEntenteActors, "entente-actors"},     {DictFormat::kEntenteVerbs, "entente-verbs"},
    {DictFormat::kTabariActors, "tabari-actors"},       {DictFormat::kTabariAgents, "tabari-agents"},
    {DictFormat::kTabariVerbs, "tabari-verbs"},         {DictFormat::kTabariOptions, "tabari-options"},
    {DictFormat::kTabariProject, "tabari-project"},     {DictFormat::kPetrarchActors, "petrarch-actors"},
    {DictFormat::kPetrarchAgents, "petrarch-agents"},   {DictFormat::kPetrarchVerbs, "petrarch-verbs"},
    {DictFormat::kPetrarchDiscards, "petrarch-discards"},
};
}  // namespace

const char* DictFormatName(DictFormat f) {
  for (const auto& n : kFormatNames)
    if (n.f == f) return n.name;
  return "unknown";
}

DictFormat DictFormatFromName(std::string_view name) {
  for (const auto& n : kFormatNames)
    if (name == n.name) return n.f;
  return DictFormat::kUnknown;
}

size_t ReadStats::skipped_total() const {
  size_t n = 0;
  for (const auto& [why, count] : skipped) n += count;
  return n;
}

std::optional<int> ParseCompactDate(std::string_view s) {
  s = Trim(s);
  if (s.size() != 6 && s.size() != 8) return std::nullopt;
  for (char c : s)
    if (c < '0' || c > '9') return std::nullopt;
  auto num = [&](size_t at, size_t n) {
    int v = 0;
    for (size_t i = at; i < at + n; ++i) v = v * 10 + (s[i] - '0');
    return v;
  };
  int y, m, d;
  if (s.size() == 6) {
    y = num(0, 2);
    y += y <= 30 ? 2000 : 1900;
    m = num(2, 2);
    d = num(4, 2);
  } else {
    y = num(0, 4);
    m = num(4, 2);
    d = num(6, 2);
  }
  if (m < 1 || m > 12 || d < 1 || d > 31) return std::nullopt;
  // "030231", "030431": CountryInfo ends periods on day 31 of every month; TABARI reads
  // them as day numbers, so the month's last day is meant.
  if (d > DaysInMonth(y, m)) d = DaysInMonth(y, m);
  return DaysFromCivil(y, m, d);
}

std::string ParseRestriction(std::string_view s, ActorEntry* e) {
  s = Trim(s);
  if (s.empty()) return "";
  auto bad = [&] { return "bad date restriction '" + std::string(s) + "'"; };
  if (s[0] == '<' || s[0] == '>') {
    auto d = ParseCompactDate(s.substr(1));
    if (!d) return bad();
    if (s[0] == '<') e->to = *d;
    else e->from = *d;
  } else {
    size_t dash = s.find('-');
    if (dash == std::string_view::npos) return bad();
    std::string_view first = Trim(s.substr(0, dash));
    auto a = ParseCompactDate(first);
    auto b = ParseCompactDate(s.substr(dash + 1));
    // "261225-890107": a two-digit start year read as 20YY that ends before it begins
    // is 19YY (Hirohito 1926-1989).
    if (a && b && *a > *b && first.size() == 6) {
      std::string earlier = "19" + std::string(first);
      a = ParseCompactDate(earlier);
    }
    if (!a || !b || *a > *b) return bad();
    e->from = *a;
    e->to = *b + 1;  // both days included
  }
  e->dated = true;
  return "";
}

bool IsAcronymName(std::string_view n) {
  size_t letters = 0, upper = 0;
  for (char c : n) {
    if (c >= 'A' && c <= 'Z') ++letters, ++upper;
    else if (c >= 'a' && c <= 'z') ++letters;
  }
  return letters >= 2 && upper == letters && n.size() <= 8;
}

std::string DisplayName(const std::vector<std::string>& words, const std::vector<bool>& stem) {
  std::string out;
  for (size_t i = 0; i < words.size(); ++i) {
    const std::string& w = words[i];
    if (w.empty()) continue;
    if (!out.empty()) out.push_back(' ');
    size_t letters = 0;
    for (char c : w) letters += (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z');
    static const char* kSmall[] = {"OF", "IN", "ON", "AT", "TO", "BY", "DE", "DU", "DA", "EL", "LA", "LE", "AL", "AN", "AS", "OR"};
    bool small = false;
    for (const char* k : kSmall) small = small || w == k;
    if (small && !out.empty()) {  // a function word inside a name: lower case
      for (char c : w) out.push_back(static_cast<char>((c >= 'A' && c <= 'Z') ? c | 0x20 : c));
      if (i < stem.size() && stem[i]) out.push_back('*');
      continue;
    }
    bool keep = w.find('.') != std::string::npos || letters <= 2;
    bool start = true;
    for (char c : w) {
      bool letter = (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z');
      if (keep) out.push_back(c);
      else if (letter) out.push_back(start ? static_cast<char>(c & ~0x20) : static_cast<char>(c | 0x20));
      else out.push_back(c);
      // A new word part starts after a hyphen or an apostrophe-less separator.
      start = !letter && c != '\'';
    }
    if (i < stem.size() && stem[i]) out.push_back('*');
  }
  return out;
}

std::vector<std::string> SplitLines(std::string_view text, bool xml_comments) {
  std::vector<std::string> lines;
  size_t pos = 0;
  bool in_comment = false;
  while (pos <= text.size()) {
    size_t eol = text.find('\n', pos);
    if (eol == std::string_view::npos) eol = text.size();
    std::string line(text.substr(pos, eol - pos));
    if (!line.empty() && line.back() == '\r') line.pop_back();
    if (xml_comments) {
      std::string kept;
      size_t i = 0;
      while (i < line.size()) {
        if (in_comment) {
          size_t end = line.find("-->", i);
          if (end == std::string::npos) {
            i = line.size();
          } else {
            in_comment = false;
            i = end + 3;
          }
        } else {
          size_t start = line.find("<!--", i);
          if (start == std::string::npos) {
            kept += line.substr(i);
            i = line.size();
          } else {
            kept += line.substr(i, start - i);
            in_comment = true;
            i = start + 4;
          }
        }
      }
      line = kept;
    }
    lines.push_back(std::move(line));
    if (eol == text.size()) break;
    pos = eol + 1;
  }
  return lines;
}

std::string BadBytes(std::string_view line) {
  if (FindInvalidUtf8(line) != std::string_view::npos) return "invalid UTF-8";
  for (char c : line) {
    unsigned char u = static_cast<unsigned char>(c);
    if ((u < 0x20 && c != '\t') || u == 0x7F) return "control byte";
  }
  return "";
}

}  // namespace entente
