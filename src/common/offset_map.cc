#include <algorithm>

#include "entente/document.h"

namespace entente {

void OffsetMap::Add(uint32_t clean, uint32_t source, uint32_t len) {
  if (len == 0) return;
  if (!runs_.empty()) {
    Run& last = runs_.back();
    if (last.clean + last.len == clean && last.source + last.len == source) {
      last.len += len;
      return;
    }
  }
  runs_.push_back({clean, source, len});
}

uint32_t OffsetMap::ToSource(uint32_t clean) const {
  if (runs_.empty()) return clean;
  auto it = std::upper_bound(runs_.begin(), runs_.end(), clean,
                             [](uint32_t c, const Run& r) { return c < r.clean; });
  if (it == runs_.begin()) return runs_.front().source;
  --it;
  if (clean < it->clean + it->len) return it->source + (clean - it->clean);
  return it->source + it->len;
}

}  // namespace entente
