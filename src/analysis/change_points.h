// Change detection on a dyad's series: the periods where cooperation shifts most.
//
// For every boundary between two periods, the cooperation index — (cooperative events -
// conflictual events) / events, in [-1, 1] — of the `window` periods before is compared
// with that of the `window` periods after. The shift is weighted by how much evidence
// both sides hold (sqrt of the smaller event count), so one stray event in a quiet month
// does not make a change. The strongest local maxima are returned, strongest first.
#pragma once

#include <string>
#include <vector>

#include "store/store.h"

namespace entente {

struct ChangePoint {
  std::string period;              // first period after the change
  double before = 0, after = 0;    // cooperation index before / after
  long long events_before = 0, events_after = 0;
  double score = 0;                // |after - before| * sqrt(min(events_before, events_after))
};

// `series` must be in period order; windows count points as given (Store::Series returns
// only periods with events, so a quiet gap is skipped over, not read as calm).
std::vector<ChangePoint> DetectChanges(const std::vector<SeriesPoint>& series, int window = 3, int top = 5);

// Cooperation index of one point: (quad1 + quad2 - quad3 - quad4) / events, 0 when empty.
double CooperationIndex(const SeriesPoint& p);

}  // namespace entente
