#include "store/store_json.h"

#include <algorithm>
#include <cmath>

#include "common/text.h"

namespace entente {
namespace {

// Sums and means of Goldstein scores are decimals: round away binary noise (6 places).
double Clean(double v) {
  double r = std::round(v * 1e6) / 1e6;
  return r == 0 ? 0 : r;
}

double Mean(double sum, long long n) { return n ? Clean(sum / static_cast<double>(n)) : 0.0; }

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
          {"cooperation", p.quad[0] + p.quad[1]},
          {"conflict", p.quad[2] + p.quad[3]},
          {"cooperation_index", Clean(CooperationIndex(p))}};
}

nlohmann::ordered_json ChangePointJson(const ChangePoint& c) {
  return {{"period", c.period}, {"before", Clean(c.before)}, {"after", Clean(c.after)},
          {"events_before", c.events_before}, {"events_after", c.events_after}, {"score", Clean(c.score)}};
}

nlohmann::ordered_json NetworkJson(const Network& n) {
  nlohmann::ordered_json nodes = nlohmann::ordered_json::array(), edges = nlohmann::ordered_json::array();
  for (const auto& x : n.nodes) nodes.push_back({{"actor", x.actor}, {"events", x.events}});
  for (const auto& e : n.edges)
    edges.push_back({{"source", e.source},
                     {"target", e.target},
                     {"events", e.events},
                     {"cooperation", e.cooperation},
                     {"conflict", e.conflict},
                     {"cooperation_index", Mean(static_cast<double>(e.cooperation - e.conflict), e.events)},
                     {"goldstein_sum", Clean(e.goldstein_sum)},
                     {"goldstein_mean", Mean(e.goldstein_sum, e.events)}});
  return {{"nodes", nodes}, {"edges", edges}};
}

nlohmann::ordered_json EvidenceJson(const Evidence& e) {
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
          {"span_utf16", {Utf16Length(e.text, start), Utf16Length(e.text, end)}},
          {"evidence", e.text.substr(start, end - start)},
          {"source_code", e.source_code},
          {"source_text", e.source_text},
          {"target_code", e.target_code},
          {"target_text", e.target_text},
          {"pattern", e.pattern},
          {"factuality", e.factuality},
          {"reporter", e.reporter}};
}

nlohmann::ordered_json StoredEventJson(const StoredEvent& e) {
  nlohmann::ordered_json evidence = nlohmann::ordered_json::array();
  for (const auto& x : e.evidence) evidence.push_back(EvidenceJson(x));
  nlohmann::ordered_json target = nullptr;
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

nlohmann::ordered_json DocumentRowJson(const DocumentRow& d) {
  return {{"id", d.id},           {"origin", d.origin},       {"url", d.url},
          {"publisher", d.publisher}, {"title", d.title},     {"byline", d.byline},
          {"published", d.published}, {"language", d.language}, {"events", d.events}};
}

}  // namespace entente
