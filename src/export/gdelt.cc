// GDELT 2.0 event table rows (the 61 columns of the GDELT Event Codebook V2.0).
#include <charconv>
#include <cstdio>

#include "export/export.h"

namespace entente::exports {
namespace {

constexpr std::array<const char*, kGdeltColumns> kNames = {
    "GLOBALEVENTID", "SQLDATE", "MonthYear", "Year", "FractionDate",
    "Actor1Code", "Actor1Name", "Actor1CountryCode", "Actor1KnownGroupCode", "Actor1EthnicCode",
    "Actor1Religion1Code", "Actor1Religion2Code", "Actor1Type1Code", "Actor1Type2Code", "Actor1Type3Code",
    "Actor2Code", "Actor2Name", "Actor2CountryCode", "Actor2KnownGroupCode", "Actor2EthnicCode",
    "Actor2Religion1Code", "Actor2Religion2Code", "Actor2Type1Code", "Actor2Type2Code", "Actor2Type3Code",
    "IsRootEvent", "EventCode", "EventBaseCode", "EventRootCode", "QuadClass", "GoldsteinScale",
    "NumMentions", "NumSources", "NumArticles", "AvgTone",
    "Actor1Geo_Type", "Actor1Geo_FullName", "Actor1Geo_CountryCode", "Actor1Geo_ADM1Code",
    "Actor1Geo_ADM2Code", "Actor1Geo_Lat", "Actor1Geo_Long", "Actor1Geo_FeatureID",
    "Actor2Geo_Type", "Actor2Geo_FullName", "Actor2Geo_CountryCode", "Actor2Geo_ADM1Code",
    "Actor2Geo_ADM2Code", "Actor2Geo_Lat", "Actor2Geo_Long", "Actor2Geo_FeatureID",
    "ActionGeo_Type", "ActionGeo_FullName", "ActionGeo_CountryCode", "ActionGeo_ADM1Code",
    "ActionGeo_ADM2Code", "ActionGeo_Lat", "ActionGeo_Long", "ActionGeo_FeatureID",
    "DATEADDED", "SOURCEURL"};

bool AllDigits(const std::string& s, size_t from, size_t n) {
  if (s.size() < from + n) return false;
  for (size_t i = from; i < from + n; ++i)
    if (s[i] < '0' || s[i] > '9') return false;
  return true;
}

// GDELT prints actor names in capitals ("UNITED STATES", "KIM JONG UN"): ASCII letters are
// upper-cased, other characters kept.
std::string Upper(std::string s) {
  for (char& c : s)
    if (c >= 'a' && c <= 'z') c = static_cast<char>(c - 'a' + 'A');
  return s;
}

// Fills the 10 actor columns starting at `at`.
void PutActor(std::array<std::string, kGdeltColumns>& f, size_t at, const std::string& code,
              const std::string& name) {
  if (code.empty()) return;
  CameoActorParts p = ParseCameoActor(code);
  f[at] = code;
  f[at + 1] = Upper(name);
  f[at + 2] = p.country;
  f[at + 3] = p.known_group;
  f[at + 4] = p.ethnic;
  f[at + 5] = p.religion1;
  f[at + 6] = p.religion2;
  f[at + 7] = p.type1;
  f[at + 8] = p.type2;
  f[at + 9] = p.type3;
}

}  // namespace

const std::array<const char*, kGdeltColumns>& GdeltColumnNames() { return kNames; }

std::string FormatNumber(double v) {
  char buf[64];
  auto r = std::to_chars(buf, buf + sizeof buf, v);
  return std::string(buf, r.ptr);
}

std::array<std::string, kGdeltColumns> GdeltFields(const StoredEvent& e) {
  std::array<std::string, kGdeltColumns> f;
  f[0] = std::to_string(e.id);
  // Dates: YYYYMMDD. A month-precise date has day 00 (20240300), a year-precise one month
  // and day 00 (20240000); MonthYear and Year stay exact; no date leaves all four empty.
  const std::string& d = e.date;
  if (AllDigits(d, 0, 4)) {
    std::string y = d.substr(0, 4), m = "00", day = "00";
    if (d.size() >= 7 && d[4] == '-' && AllDigits(d, 5, 2)) {
      m = d.substr(5, 2);
      if (d.size() >= 10 && d[7] == '-' && AllDigits(d, 8, 2)) day = d.substr(8, 2);
    }
    f[1] = y + m + day;
    f[2] = y + m;
    f[3] = y;
    // FractionDate as GDELT computes it: YYYY + ((month - 1) * 30 + day) / 365, 4 decimals
    // (2015-02-18 -> 2015.1315); unknown parts count as 0.
    int mi = std::stoi(m), di = std::stoi(day);
    double frac = (mi > 0 ? (mi - 1) * 30 + di : 0) / 365.0;
    char buf[32];
    std::snprintf(buf, sizeof buf, "%s.%04d", y.c_str(), static_cast<int>(frac * 10000 + 0.5));
    f[4] = buf;
  }
  PutActor(f, 5, e.source_code, e.source_name);
  PutActor(f, 15, e.target_code, e.target_name);
  // IsRootEvent: GDELT marks events of an article's lead paragraph; ours, events reported
  // in the first sentence of some article.
  bool root = false;
  for (const Evidence& ev : e.evidence) root = root || ev.sentence == 0;
  f[25] = root ? "1" : "0";
  f[26] = e.code;
  f[27] = e.code.size() > 3 ? e.code.substr(0, 3) : e.code;
  f[28] = !e.root.empty() ? e.root : e.code.substr(0, std::min<size_t>(2, e.code.size()));
  f[29] = e.quad > 0 ? std::to_string(e.quad) : "";
  f[30] = FormatNumber(e.goldstein);
  f[31] = std::to_string(e.mentions);
  f[32] = std::to_string(e.sources);
  f[33] = std::to_string(e.articles);
  // 34 AvgTone and 35..58 the three geographies: not computed by entente, left empty.
  // 59 DATEADDED: not kept per event, left empty.
  if (!e.evidence.empty()) f[60] = e.evidence.front().url;
  return f;
}

std::string TsvField(const std::string& s) {
  std::string out = s;
  for (char& c : out)
    if (c == '\t' || c == '\n' || c == '\r') c = ' ';
  return out;
}

void WriteGdeltHeader(std::ostream& os) {
  for (int i = 0; i < kGdeltColumns; ++i) os << (i ? "\t" : "") << kNames[i];
  os << '\n';
}

void WriteGdeltRow(const StoredEvent& e, std::ostream& os) {
  auto f = GdeltFields(e);
  for (int i = 0; i < kGdeltColumns; ++i) os << (i ? "\t" : "") << TsvField(f[i]);
  os << '\n';
}

std::string EvidenceText(const Evidence& ev) {
  if (ev.span_end <= ev.span_start || ev.span_end > ev.text.size()) return "";
  return ev.text.substr(ev.span_start, ev.span_end - ev.span_start);
}

}  // namespace entente::exports
