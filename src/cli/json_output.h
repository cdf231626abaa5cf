// JSON Lines renderings of the pipeline's results (the CLI's stable output contract).
#pragma once

#include <nlohmann/json.hpp>

#include "entente/analysis.h"

namespace entente {

nlohmann::ordered_json ArticleJson(const Article& a);
nlohmann::ordered_json MentionJson(const Analysis& a, const Mention& m);
nlohmann::ordered_json EventJson(const Analysis& a, const Event& e, bool explain);
// One line of JSON, invalid UTF-8 replaced, no ASCII escaping.
std::string Line(const nlohmann::ordered_json& j);

}  // namespace entente
