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

Json DyadJson(const DyadRow& r) {
  return {{"source", r.source}, {"target", r.target}, {"period", r.period},
          {"events", r.events}, {"goldstein_mean", r.goldstein_mean}};
}

Json SeriesPointJson(const SeriesPoint& p) {
  return {{"period", p.period},
          {"events", p.events},
          {"mentions", p.mentions},
          {"goldstein_sum", p.goldstein_sum},
          {"goldstein_mean", p.goldstein_mean},
          {"quad", {p.quad[0], p.quad[1], p.quad[2], p.quad[3]}},
          {"cooperation", p.quad[0] + p.quad[1]},
          {"conflict", p.quad[2] + p.quad[3]},
          {"cooperation_index", CooperationIndex(p)}};
}

Json ChangePointJson(const ChangePoint& c) {
  return {{"period", c.period},         {"before", c.before},
          {"after", c.after},           {"events_before", c.events_before},
          {"events_after", c.events_after}, {"score", c.score}};
}

Json NetworkJson(const Network& n) {
  Json nodes = Json::array(), edges = Json::array();
  for (const NetworkNode& v : n.nodes) nodes.push_back({{"actor", v.actor}, {"events", v.events}});
  for (const NetworkEdge& e : n.edges) {
    double index = e.events ? static_cast<double>(e.cooperation - e.conflict) / static_cast<double>(e.events) : 0;
    edges.push_back({{"source", e.source},
                     {"target", e.target},
                     {"events", e.events},
                     {"cooperation", e.cooperation},
                     {"conflict", e.conflict},
                     {"cooperation_index", index},
                     {"goldstein_sum", e.goldstein_sum},
                     {"goldstein_mean", e.events ? e.goldstein_sum / static_cast<double>(e.events) : 0.0}});
  }
  return {{"nodes", std::move(nodes)}, {"edges", std::move(edges)}};
}

Json EvidenceJson(const Evidence& e) {
  size_t start = std::min<size_t>(e.span_start, e.text.size());
  size_t end = std::clamp<size_t>(e.span_end, start, e.text.size());
  return {{"event_id", e.event_id},
          {"doc", e.doc_id},
          {"title", e.title},
          {"url", e.url},
          {"publisher", e.publisher},
          {"published", e.published},
          {"sentence", e.sentence},
          {"text", e.text},
          {"span", {start, end}},
          {"span_utf16", {Utf16Offset(e.text, start), Utf16Offset(e.text, end)}},
          {"evidence", e.text.substr(start, end - start)},
          {"source_text", e.source_text},
          {"target_text", e.target_text},
          {"pattern", e.pattern},
          {"factuality", e.factuality},
          {"reporter", e.reporter}};
}

Json EventJson(const StoredEvent& e) {
  Json evidence = Json::array();
  for (const Evidence& ev : e.evidence) evidence.push_back(EvidenceJson(ev));
  Json target = nullptr;
  if (!e.target_code.empty() || !e.target_actor.empty())
    target = {{"actor", e.target_actor}, {"code", e.target_code}, {"name", e.target_name}};
  return {{"id", e.id},
          {"date", e.date},
          {"source", {{"actor", e.source_actor}, {"code", e.source_code}, {"name", e.source_name}}},
          {"target", std::move(target)},
          {"code", e.code},
          {"root", e.root},
          {"plover", e.plover},
          {"quad", e.quad},
          {"goldstein", e.goldstein},
          {"factuality", e.factuality},
          {"mentions", e.mentions},
          {"articles", e.articles},
          {"sources", e.sources},
          {"text", e.text},
          {"evidence", std::move(evidence)}};
}

Json DocumentJson(const DocumentRow& d) {
  return {{"id", d.id},         {"origin", d.origin},     {"url", d.url},
          {"publisher", d.publisher}, {"title", d.title}, {"byline", d.byline},
          {"published", d.published}, {"language", d.language}, {"events", d.events}};
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

size_t Utf16Offset(const std::string& s, size_t byte) {
  byte = std::min(byte, s.size());
  size_t units = 0;
  for (size_t i = 0; i < byte; ++i) {
    unsigned char c = static_cast<unsigned char>(s[i]);
    if ((c & 0xC0) == 0x80) continue;  // continuation byte
    units += (c >= 0xF0 && c <= 0xF4) ? 2 : 1;
  }
  return units;
}

}  // namespace entente::serve
