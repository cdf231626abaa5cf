#include "serve/json.h"

#include <algorithm>

namespace entente::serve {

Json FilterJson(const EventFilter& f) {
  Json j = Json::object();
  if (!f.source.empty()) j["source"] = f.source;
  if (!f.target.empty()) j["target"] = f.target;
  if (!f.source.empty() && !f.target.empty()) j["directed"] = !f.both_directions;
  if (!f.actor.empty()) j["actor"] = f.actor;
  if (!f.code.empty()) j["code"] = f.code;
  if (!f.from.empty()) j["from"] = f.from;
  if (!f.to.empty()) j["to"] = f.to;
  if (!f.factuality.empty()) j["factuality"] = f.factuality;
  return j;
}

Json ErrorJson(const std::string& message, const std::string& param) {
  Json j = {{"error", message}};
  if (!param.empty()) j["param"] = param;
  return j;
}

std::string Body(const Json& j) {
  std::string s = j.dump(-1, ' ', false, Json::error_handler_t::replace);
  // '<', '>' and '&' occur in JSON text only inside strings, where \u escapes mean the same.
  std::string out;
  out.reserve(s.size() + 16);
  for (char c : s) {
    switch (c) {
      case '<': out += "\\u003c"; break;
      case '>': out += "\\u003e"; break;
      case '&': out += "\\u0026"; break;
      default: out += c;
    }
  }
  return out;
}

}  // namespace entente::serve
