// JSON renderings of the store's answers, shared by the CLI (one object per line), the
// HTTP API and the Python bindings, so that every front end says the same thing.
#pragma once

#include <nlohmann/json.hpp>

#include "analysis/change_points.h"
#include "store/store.h"

namespace entente {

nlohmann::ordered_json DyadRowJson(const DyadRow& r);
// + "quad": [4 counts], "cooperation"/"conflict" (counts), "cooperation_index" in [-1, 1]
nlohmann::ordered_json SeriesPointJson(const SeriesPoint& p);
nlohmann::ordered_json ChangePointJson(const ChangePoint& c);
nlohmann::ordered_json NetworkJson(const Network& n);  // {"nodes": [...], "edges": [...]}
// One report: `span` in bytes of `text`, `span_utf16` the same in UTF-16 code units
// (JavaScript string indices), `evidence` the spanned words.
nlohmann::ordered_json EvidenceJson(const Evidence& e);
nlohmann::ordered_json StoredEventJson(const StoredEvent& e);  // with "evidence": [...]
nlohmann::ordered_json DocumentRowJson(const DocumentRow& d);

}  // namespace entente
