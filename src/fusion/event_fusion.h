// Event fusion: the same happening reported by several articles becomes one event.
//
// Reports are fused only within one fusion key — same source and target (country part;
// either way round for mutual acts: meetings, negotiations, agreements — 040/044/046/057),
// same CAMEO root, same factuality (see FusionKey) — and then when their dates agree:
//   * both dated to the day: at most `window_days` apart (the first report of the group
//     is the anchor, so a week of daily talks does not chain into one event);
//   * otherwise both at month precision or finer in the same month, or both at year
//     precision in the same year; undated reports fuse only with undated reports;
// and when their evidence overlaps: the same CAMEO code, or evidence sentences sharing
// at least `min_overlap` of the shorter one's content words.
#pragma once

#include <string>
#include <vector>

namespace entente {

struct FusionReport {
  std::string doc_id, publisher, date, code, text;
};

struct FusionOptions {
  int window_days = 2;
  double min_overlap = 0.3;
};

// "PRK|CHN|04|asserted": reports with different keys are never fused.
std::string FusionKey(const std::string& source_actor, const std::string& target_actor, const std::string& root,
                      const std::string& factuality);

// Groups of indexes into `reports`, which must be in date order (undated first). Every
// report is in exactly one group; groups come in the order of their first report.
std::vector<std::vector<size_t>> FuseReports(const std::vector<FusionReport>& reports,
                                             const FusionOptions& options = {});

// What a group says as one event: its code (the most reported), its date (the most
// reported among the most precise), how many articles and publishers reported it
// (a document without a publisher counts as its own).
struct FusedSummary {
  size_t representative = 0;  // index of the report whose code, actors and text stand for the group
  std::string date;
  long long articles = 0, sources = 0;
};
FusedSummary Summarize(const std::vector<FusionReport>& reports, const std::vector<size_t>& group);

}  // namespace entente
