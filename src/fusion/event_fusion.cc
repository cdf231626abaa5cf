#include "fusion/event_fusion.h"

#include <algorithm>
#include <cctype>
#include <cstdlib>
#include <map>
#include <set>
#include <string_view>
#include <unordered_set>

#include "common/date.h"

namespace entente {
namespace {

int Precision(const std::string& d) { return d.size() >= 10 ? 3 : d.size() >= 7 ? 2 : d.size() >= 4 ? 1 : 0; }

long DayNumber(const std::string& d) {
  return DaysFromCivil(std::atoi(d.substr(0, 4).c_str()), std::atoi(d.substr(5, 2).c_str()),
                       std::atoi(d.substr(8, 2).c_str()));
}

bool DatesAgree(const std::string& a, const std::string& b, int window) {
  int pa = Precision(a), pb = Precision(b);
  if (pa == 0 || pb == 0) return pa == pb;
  if (pa == 3 && pb == 3) return std::labs(DayNumber(a) - DayNumber(b)) <= window;
  if (pa == 1 || pb == 1) return pa == pb && a.compare(0, 4, b, 0, 4) == 0;
  return a.compare(0, 7, b, 0, 7) == 0;
}

const std::unordered_set<std::string_view>& StopWords() {
  static const std::unordered_set<std::string_view> kWords = {
      "the", "and", "for", "with", "that", "this", "from", "was", "were", "are", "has", "have", "had",
      "its", "his", "her", "their", "they", "said", "says", "will", "would", "been", "into", "also",
      "which", "who", "on", "in", "of", "to", "a", "an", "at", "by", "as", "it", "is", "be", "but",
      "not", "after", "over", "about", "than", "more", "other", "on", "tuesday", "monday", "wednesday",
      "thursday", "friday", "saturday", "sunday"};
  return kWords;
}

std::set<std::string> ContentWords(const std::string& text) {
  std::set<std::string> out;
  std::string w;
  auto flush = [&] {
    if (w.size() >= 3 && !StopWords().count(w)) out.insert(w);
    w.clear();
  };
  for (unsigned char c : text) {
    if (std::isalnum(c) || c >= 0x80) w += static_cast<char>(std::tolower(c));
    else flush();
  }
  flush();
  return out;
}

double Overlap(const std::set<std::string>& a, const std::set<std::string>& b) {
  if (a.empty() || b.empty()) return 0;
  size_t shared = 0;
  for (const auto& w : a) shared += b.count(w);
  return static_cast<double>(shared) / static_cast<double>(std::min(a.size(), b.size()));
}

}  // namespace

std::string FusionKey(const std::string& source_actor, const std::string& target_actor, const std::string& root,
                      const std::string& factuality) {
  return source_actor + "|" + target_actor + "|" + root + "|" + factuality;
}

std::vector<std::vector<size_t>> FuseReports(const std::vector<FusionReport>& reports, const FusionOptions& options) {
  std::vector<std::set<std::string>> words(reports.size());
  for (size_t i = 0; i < reports.size(); ++i) words[i] = ContentWords(reports[i].text);
  std::vector<std::vector<size_t>> groups;
  for (size_t i = 0; i < reports.size(); ++i) {
    const FusionReport& r = reports[i];
    bool placed = false;
    // Newest groups first: reports are in date order, so a match is near the end.
    for (size_t g = groups.size(); g-- > 0 && !placed;) {
      const FusionReport& anchor = reports[groups[g][0]];
      if (!DatesAgree(anchor.date, r.date, options.window_days)) {
        // Groups are in anchor order: once a day-dated anchor is more than a window
        // behind and in an earlier month, no earlier group can match either.
        if (Precision(anchor.date) == 3 && Precision(r.date) == 3 &&
            DayNumber(r.date) - DayNumber(anchor.date) > options.window_days &&
            anchor.date.compare(0, 7, r.date, 0, 7) != 0)
          break;
        continue;
      }
      for (size_t m : groups[g]) {
        if (reports[m].code == r.code || Overlap(words[m], words[i]) >= options.min_overlap) {
          groups[g].push_back(i);
          placed = true;
          break;
        }
      }
    }
    if (!placed) groups.push_back({i});
  }
  return groups;
}

FusedSummary Summarize(const std::vector<FusionReport>& reports, const std::vector<size_t>& group) {
  FusedSummary out;
  std::map<std::string, int> codes;
  for (size_t i : group) ++codes[reports[i].code];
  int best = 0;
  for (size_t i : group) {  // first report with the most reported code
    int n = codes[reports[i].code];
    if (n > best) best = n, out.representative = i;
  }
  int precision = 0;
  for (size_t i : group) precision = std::max(precision, Precision(reports[i].date));
  std::map<std::string, int> dates;
  for (size_t i : group)
    if (Precision(reports[i].date) == precision) ++dates[reports[i].date];
  best = -1;
  for (const auto& [d, n] : dates)  // ascending: ties go to the earliest
    if (n > best) best = n, out.date = d;
  std::set<std::string> docs, publishers;
  for (size_t i : group) {
    docs.insert(reports[i].doc_id);
    publishers.insert(reports[i].publisher.empty() ? "\x01" + reports[i].doc_id : reports[i].publisher);
  }
  out.articles = static_cast<long long>(docs.size());
  out.sources = static_cast<long long>(publishers.size());
  return out;
}

}  // namespace entente
