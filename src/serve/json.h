// The HTTP API's JSON for each result type of the store (docs/api.md), and the body
// text: JSON with invalid UTF-8 replaced and '<', '>', '&' written as \u escapes, so
// article text can never be read as markup, whatever a client does with the body.
#pragma once

#include <nlohmann/json.hpp>
#include <string>

#include "analysis/change_points.h"
#include "store/store.h"

namespace entente::serve {

using Json = nlohmann::ordered_json;

Json FilterJson(const EventFilter& f);
Json DyadJson(const DyadRow& r);
Json SeriesPointJson(const SeriesPoint& p);  // + cooperation, conflict, cooperation_index
Json ChangePointJson(const ChangePoint& c);
Json NetworkJson(const Network& n);  // edges + cooperation_index, goldstein_mean
// One evidence sentence: `span` in bytes of `text` (as stored), `span_utf16` the same in
// UTF-16 code units (JavaScript string indices), `evidence` the spanned text.
Json EvidenceJson(const Evidence& e);
Json EventJson(const StoredEvent& e);  // with "evidence": [...]
Json DocumentJson(const DocumentRow& d);
Json ErrorJson(const std::string& message, const std::string& param = "");

// The response body for `j`.
std::string Body(const Json& j);

// UTF-16 code units in the first `byte` bytes of UTF-8 `s` (clamped to s.size()).
size_t Utf16Offset(const std::string& s, size_t byte);

}  // namespace entente::serve
