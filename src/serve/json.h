// The HTTP API's JSON (docs/api.md): the store's answers as store/store_json.h renders
// them for every front end, plus the request's filter and errors; and the body text:
// JSON with invalid UTF-8 replaced and '<', '>', '&' written as \u escapes, so article
// text can never be read as markup, whatever a client does with the body.
#pragma once

#include <nlohmann/json.hpp>
#include <string>

#include "store/store.h"
#include "store/store_json.h"

namespace entente::serve {

using Json = nlohmann::ordered_json;

Json FilterJson(const EventFilter& f);
Json ErrorJson(const std::string& message, const std::string& param = "");

// The response body for `j`.
std::string Body(const Json& j);

}  // namespace entente::serve
