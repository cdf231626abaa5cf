#include "store/store_json.h"

#include <cmath>

namespace entente {
namespace {

// Sums of Goldstein scores are decimals: round away binary noise (6 places).
double Clean(double v) {
  double r = std::round(v * 1e6) / 1e6;
  return r == 0 ? 0 : r;
}

nlohmann::ordered_json OrNull(const std::string& s) { return s.empty() ? nlohmann::ordered_json() : nlohmann::ordered_json(s); }

}  // namespace

nlohmann::ordered_json DyadRowJson(const DyadRow& r) {
  return {{"source", r.source}, {"target", r.target}, {"period", r.period}, {"events", r.events},
          {"goldstein_mean", Clean(r.goldstein_mean)}};
}

nlohmann::ordered_json SeriesPointJson(const SeriesPoint& p) {
  return {{"period", p.period},
          {"events", p.events},
          {"mentions", p.mentions},
          {"goldstein_sum", Clean(p.goldstein_sum)},
          {"goldstein_mean", Clean(p.goldstein_mean)},
          {"quad", {p.quad[0], p.quad[1], p.quad[2], p.quad[3]}},
          {"cooperation", Clean(CooperationIndex(p))}};
}

nlohmann::ordered_json ChangePointJson(const ChangePoint& c) {
  return {{"period", c.period}, {"before", Clean(c.before)}, {"after", Clean(c.after)},
          {"events_before", c.events_before}, {"events_after", c.events_after}, {"score", Clean(c.score)}};
}

nlohmann::ordered_json NetworkJson(const Network& n) {
  nlohmann::ordered_json nodes = nlohmann::ordered_json::array(), edges = nlohmann::ordered_json::array();
  for (const auto& x : n.nodes) nodes.push_back({{"actor", x.actor}, {"events", x.events}});
  for (const auto& e : n.edges)
    edges.push_back({{"source", e.source}, {"target", e.target}, {"events", e.events},
                     {"cooperation", e.cooperation}, {"conflict", e.conflict},
                     {"goldstein_sum", Clean(e.goldstein_sum)}});
  return {{"nodes", nodes}, {"edges", edges}};
}

nlohmann::ordered_json EvidenceJson(const Evidence& e) {
  return {{"report", e.event_id},     {"doc", e.doc_id},         {"title", e.title},
          {"url", OrNull(e.url)},     {"publisher", OrNull(e.publisher)}, {"published", e.published},
          {"sentence", e.sentence},   {"text", e.text},          {"span", {e.span_start, e.span_end}},
          {"source_text", e.source_text}, {"target_text", OrNull(e.target_text)}, {"pattern", e.pattern},
          {"factuality", e.factuality}, {"reporter", OrNull(e.reporter)}};
}

nlohmann::ordered_json StoredEventJson(const StoredEvent& e) {
  nlohmann::ordered_json j = {
      {"id", e.id},
      {"date", e.date},
      {"source", {{"actor", e.source_actor}, {"code", e.source_code}, {"name", e.source_name}}},
      {"target", e.target_actor.empty()
                     ? nlohmann::ordered_json()
                     : nlohmann::ordered_json{{"actor", e.target_actor}, {"code", e.target_code}, {"name", e.target_name}}},
      {"code", e.code},
      {"root", e.root},
      {"quad", e.quad},
      {"goldstein", e.goldstein},
      {"plover", e.plover},
      {"factuality", e.factuality},
      {"mentions", e.mentions},
      {"articles", e.articles},
      {"sources", e.sources},
      {"text", e.text}};
  if (!e.evidence.empty()) {
    auto& ev = j["evidence"] = nlohmann::ordered_json::array();
    for (const auto& x : e.evidence) ev.push_back(EvidenceJson(x));
  }
  return j;
}

nlohmann::ordered_json DocumentRowJson(const DocumentRow& d) {
  return {{"id", d.id},           {"origin", d.origin},       {"url", OrNull(d.url)},
          {"publisher", OrNull(d.publisher)}, {"title", d.title}, {"byline", d.byline},
          {"published", d.published}, {"language", d.language}, {"events", d.events}};
}

}  // namespace entente
