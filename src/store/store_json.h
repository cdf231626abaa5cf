// JSON renderings of the store's answers, shared by the CLI (one object per line), the
// HTTP API and the Python bindings, so that every front end says the same thing.
#pragma once

#include <nlohmann/json.hpp>

#include "analysis/change_points.h"
#include "store/store.h"

namespace entente {

nlohmann::ordered_json DyadRowJson(const DyadRow& r);
nlohmann::ordered_json SeriesPointJson(const SeriesPoint& p);  // + "quad": [4], "cooperation"
nlohmann::ordered_json ChangePointJson(const ChangePoint& c);
nlohmann::ordered_json NetworkJson(const Network& n);          // {"nodes": [...], "edges": [...]}
nlohmann::ordered_json EvidenceJson(const Evidence& e);
nlohmann::ordered_json StoredEventJson(const StoredEvent& e);  // + "evidence" when it has any
nlohmann::ordered_json DocumentRowJson(const DocumentRow& d);

}  // namespace entente
