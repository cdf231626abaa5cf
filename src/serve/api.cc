#include "serve/api.h"

#include <algorithm>
#include <map>

#include "analysis/change_points.h"
#include "serve/json.h"

namespace entente::serve {
namespace {

const std::vector<std::string> kFilterParams = {"source", "target", "actor", "code",
                                                "from",   "to",     "factuality", "directed"};

std::vector<std::string> With(std::vector<std::string> a, const std::vector<std::string>& b) {
  a.insert(a.end(), b.begin(), b.end());
  return a;
}

ApiResponse Ok(const Json& j) { return {200, Body(j)}; }
ApiResponse Bad(const ParamError& e) { return {400, Body(ErrorJson(e.message, e.param))}; }
ApiResponse StoreError(const Status& s) {
  return {s.code() == StatusCode::kUnsupported ? 501 : 500, Body(ErrorJson("store: " + s.message()))};
}

}  // namespace

ApiResponse Api::Handle(const std::string& path, const Query& q, Store& store) const {
  if (path == "/api/health") return Health(q, store);
  if (path == "/api/actors") return Actors(q, store);
  if (path == "/api/dyads") return Dyads(q, store);
  if (path == "/api/series") return Series(q, store);
  if (path == "/api/network") return NetworkOf(q, store);
  if (path == "/api/events") return Events(q, store);
  if (path == "/api/documents") return Documents(q, store);
  return {404, Body(ErrorJson("no such endpoint: " + path.substr(0, 80) +
                              " (see /api/health, /api/actors, /api/dyads, /api/series, /api/network, "
                              "/api/events, /api/documents)"))};
}

ApiResponse Api::Health(const Query& q, Store& store) const {
  if (auto e = CheckParams(q, {})) return Bad(*e);
  auto events = store.CountEvents();
  if (!events.ok()) return StoreError(events.status());
  auto fused = store.CountFusedEvents();
  if (!fused.ok()) return StoreError(fused.status());
  return Ok({{"status", "ok"}, {"events", *events}, {"fused_events", *fused}});
}

ApiResponse Api::Actors(const Query& q, Store& store) const {
  if (auto e = CheckParams(q, {"with", "code", "from", "to", "factuality"})) return Bad(*e);
  EventFilter f;
  if (auto e = ParseFilter(q, &f)) return Bad(*e);
  std::string with;
  if (auto it = q.find("with"); it != q.end()) {
    if (!IsActorCode(it->second))
      return Bad({"with", "with: '" + it->second.substr(0, 40) + "' is not an actor code (e.g. PRK)"});
    with = it->second;
    std::transform(with.begin(), with.end(), with.begin(), [](unsigned char c) { return std::toupper(c); });
  }
  auto net = store.NetworkOf(f);
  if (!net.ok()) return StoreError(net.status());
  std::map<std::string, long long> counts;
  if (with.empty()) {
    for (const NetworkNode& n : net->nodes) counts[n.actor] += n.events;
  } else {
    for (const NetworkEdge& e : net->edges) {
      if (e.source == with && e.target != with) counts[e.target] += e.events;
      if (e.target == with && e.source != with) counts[e.source] += e.events;
    }
  }
  std::vector<std::pair<std::string, long long>> rows(counts.begin(), counts.end());
  std::stable_sort(rows.begin(), rows.end(), [](const auto& a, const auto& b) { return a.second > b.second; });
  Json actors = Json::array();
  for (const auto& [code, n] : rows) actors.push_back({{"actor", code}, {"name", names_.Name(code)}, {"events", n}});
  Json j = {{"actors", std::move(actors)}};
  if (!with.empty()) j["with"] = with;
  return Ok(j);
}

ApiResponse Api::Dyads(const Query& q, Store& store) const {
  if (auto e = CheckParams(q, {"by", "source", "target"})) return Bad(*e);
  std::string by = "month";
  if (auto e = ParseChoice(q, "by", {"day", "month", "year"}, &by)) return Bad(*e);
  EventFilter f;
  if (auto e = ParseFilter(q, &f)) return Bad(*e);
  auto rows = store.Dyads(by);
  if (!rows.ok()) return StoreError(rows.status());
  Json out = Json::array();
  for (const DyadRow& r : *rows) {
    if (!f.source.empty() && r.source != f.source) continue;
    if (!f.target.empty() && r.target != f.target) continue;
    out.push_back(DyadRowJson(r));
  }
  return Ok({{"by", by}, {"rows", std::move(out)}});
}

ApiResponse Api::Series(const Query& q, Store& store) const {
  if (auto e = CheckParams(q, With(kFilterParams, {"by", "window", "top"}))) return Bad(*e);
  std::string by = "month";
  if (auto e = ParseChoice(q, "by", {"day", "week", "month", "year"}, &by)) return Bad(*e);
  EventFilter f;
  if (auto e = ParseFilter(q, &f)) return Bad(*e);
  int window = 3, top = 5;
  if (auto e = ParseInt(q, "window", 1, 60, &window)) return Bad(*e);
  if (auto e = ParseInt(q, "top", 0, 100, &top)) return Bad(*e);
  auto series = store.Series(f, by);
  if (!series.ok()) return StoreError(series.status());
  Json points = Json::array(), changes = Json::array();
  for (const SeriesPoint& p : *series) points.push_back(SeriesPointJson(p));
  for (const ChangePoint& c : DetectChanges(*series, window, top)) changes.push_back(ChangePointJson(c));
  return Ok({{"by", by}, {"filter", FilterJson(f)}, {"points", std::move(points)}, {"changes", std::move(changes)}});
}

ApiResponse Api::NetworkOf(const Query& q, Store& store) const {
  if (auto e = CheckParams(q, {"actor", "code", "from", "to", "factuality"})) return Bad(*e);
  EventFilter f;
  if (auto e = ParseFilter(q, &f)) return Bad(*e);
  auto net = store.NetworkOf(f);
  if (!net.ok()) return StoreError(net.status());
  Json j = NetworkJson(*net);
  for (Json& n : j["nodes"]) n["name"] = names_.Name(n["actor"].get<std::string>());
  j["filter"] = FilterJson(f);
  return Ok(j);
}

ApiResponse Api::Events(const Query& q, Store& store) const {
  if (auto e = CheckParams(q, With(kFilterParams, {"limit", "offset", "evidence"}))) return Bad(*e);
  EventFilter f;
  if (auto e = ParseFilter(q, &f)) return Bad(*e);
  std::string evidence = "1";
  if (auto e = ParseChoice(q, "evidence", {"0", "1"}, &evidence)) return Bad(*e);
  auto events = store.Events(f, evidence == "1");
  if (!events.ok()) return StoreError(events.status());
  Json out = Json::array();
  for (const StoredEvent& e : *events) out.push_back(StoredEventJson(e));
  return Ok({{"filter", FilterJson(f)}, {"limit", f.limit}, {"offset", f.offset}, {"events", std::move(out)}});
}

ApiResponse Api::Documents(const Query& q, Store& store) const {
  if (auto e = CheckParams(q, {"limit", "offset"})) return Bad(*e);
  int limit = 100, offset = 0;
  if (auto e = ParseInt(q, "limit", 1, 1000, &limit)) return Bad(*e);
  if (auto e = ParseInt(q, "offset", 0, 1000000000, &offset)) return Bad(*e);
  auto docs = store.Documents(limit, offset);
  if (!docs.ok()) return StoreError(docs.status());
  Json out = Json::array();
  for (const DocumentRow& d : *docs) out.push_back(DocumentRowJson(d));
  return Ok({{"limit", limit}, {"offset", offset}, {"documents", std::move(out)}});
}

}  // namespace entente::serve
