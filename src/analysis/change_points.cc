#include "analysis/change_points.h"

#include <algorithm>
#include <cmath>

namespace entente {

double CooperationIndex(const SeriesPoint& p) {
  if (p.events == 0) return 0;
  return static_cast<double>(p.quad[0] + p.quad[1] - p.quad[2] - p.quad[3]) / static_cast<double>(p.events);
}

std::vector<ChangePoint> DetectChanges(const std::vector<SeriesPoint>& series, int window, int top) {
  std::vector<ChangePoint> all;
  if (series.size() < 2 || window < 1) return {};
  // Sums over windows of `window` points on each side of boundary i (between i-1 and i).
  for (size_t i = 1; i < series.size(); ++i) {
    long long n[2] = {0, 0}, coop[2] = {0, 0};
    for (int k = 0; k < window; ++k) {
      if (i >= static_cast<size_t>(k + 1)) {
        const SeriesPoint& b = series[i - 1 - k];
        n[0] += b.events, coop[0] += b.quad[0] + b.quad[1] - b.quad[2] - b.quad[3];
      }
      if (i + k < series.size()) {
        const SeriesPoint& a = series[i + k];
        n[1] += a.events, coop[1] += a.quad[0] + a.quad[1] - a.quad[2] - a.quad[3];
      }
    }
    if (n[0] == 0 || n[1] == 0) continue;
    ChangePoint c;
    c.period = series[i].period;
    c.before = static_cast<double>(coop[0]) / static_cast<double>(n[0]);
    c.after = static_cast<double>(coop[1]) / static_cast<double>(n[1]);
    c.events_before = n[0], c.events_after = n[1];
    c.score = std::fabs(c.after - c.before) * std::sqrt(static_cast<double>(std::min(n[0], n[1])));
    all.push_back(c);
  }
  // Local maxima only: a change is one boundary, not the run of boundaries around it.
  std::vector<ChangePoint> peaks;
  for (size_t i = 0; i < all.size(); ++i) {
    bool left = i == 0 || all[i - 1].score <= all[i].score;
    bool right = i + 1 == all.size() || all[i + 1].score < all[i].score;
    if (left && right && all[i].score > 0) peaks.push_back(all[i]);
  }
  std::stable_sort(peaks.begin(), peaks.end(), [](const ChangePoint& a, const ChangePoint& b) { return a.score > b.score; });
  if (peaks.size() > static_cast<size_t>(std::max(top, 0))) peaks.resize(static_cast<size_t>(std::max(top, 0)));
  return peaks;
}

}  // namespace entente
