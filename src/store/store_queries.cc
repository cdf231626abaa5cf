// The questions asked of a store: dyads, series, networks, fused events, documents.
// All read `event_groups` (one row per fused event) unless they need the reports.
#include <algorithm>
#include <cmath>
#include <map>

#include "common/date.h"
#include "store/sql_store.h"

namespace entente {
namespace {

struct Where {
  std::string sql = "1 = 1";
  std::vector<SqlParam> params;
  void Add(const std::string& cond) { sql += " AND " + cond; }
};

// The conditions of `f` on a table with event columns, `p` being its alias prefix ("" or "g."),
// `date` the name of its date column.
Where BuildWhere(const EventFilter& f, const std::string& p = "", const std::string& date = "date") {
  Where w;
  if (!f.source.empty() && !f.target.empty()) {
    if (f.both_directions) {
      w.Add("((" + p + "source_actor = ? AND " + p + "target_actor = ?) OR (" + p + "source_actor = ? AND " + p +
            "target_actor = ?))");
      w.params.insert(w.params.end(), {f.source, f.target, f.target, f.source});
    } else {
      w.Add(p + "source_actor = ? AND " + p + "target_actor = ?");
      w.params.insert(w.params.end(), {f.source, f.target});
    }
  } else if (!f.source.empty()) {
    w.Add(p + "source_actor = ?");
    w.params.push_back(f.source);
  } else if (!f.target.empty()) {
    w.Add(p + "target_actor = ?");
    w.params.push_back(f.target);
  }
  if (!f.actor.empty()) {
    w.Add("(" + p + "source_actor = ? OR " + p + "target_actor = ?)");
    w.params.insert(w.params.end(), {f.actor, f.actor});
  }
  if (!f.code.empty()) {
    w.Add("substr(" + p + "code, 1, " + std::to_string(f.code.size()) + ") = ?");
    w.params.push_back(f.code);
  }
  if (!f.from.empty()) {
    w.Add(p + date + " >= ?");
    w.params.push_back(f.from);
  }
  if (!f.to.empty()) {
    w.Add(p + date + " <> '' AND substr(" + p + date + ", 1, " + std::to_string(f.to.size()) + ") <= ?");
    w.params.push_back(f.to);
  }
  if (!f.factuality.empty()) {
    std::string in;
    for (const auto& x : f.factuality) {
      in += in.empty() ? "?" : ", ?";
      w.params.push_back(x);
    }
    w.Add(p + "factuality IN (" + in + ")");
  }
  return w;
}

// The period of a date at `by`, or "" when the date is less precise than that.
std::string PeriodOf(const std::string& date, const std::string& by) {
  if (by == "year") return date.size() >= 4 ? date.substr(0, 4) : "";
  if (by == "month") return date.size() >= 7 ? date.substr(0, 7) : "";
  if (date.size() < 10) return "";
  if (by == "day") return date.substr(0, 10);
  auto v = ParseIsoDate(date);
  return v ? IsoWeek(ToDays(*v)) : "";
}

// Whether the monthly aggregate (dyad_months) can answer `f`: no code filter, and date
// bounds no finer than a month.
bool MonthsCanAnswer(const EventFilter& f) { return f.code.empty() && f.from.size() <= 7 && f.to.size() <= 7; }

Status CheckBy(const std::string& by, bool week_ok) {
  if (by == "day" || by == "month" || by == "year" || (week_ok && by == "week")) return Status::Ok();
  return Status::InvalidArgument(std::string("period must be day, ") + (week_ok ? "week, " : "") +
                                 "month or year, not '" + by + "'");
}

}  // namespace

Result<std::vector<DyadRow>> SqlStore::Dyads(const std::string& by) {
  ENTENTE_RETURN_IF_ERROR(CheckBy(by, false));
  size_t len = by == "year" ? 4 : by == "month" ? 7 : 10;
  auto rows = db_->Query(
      "SELECT source_actor, target_actor, date, count(*), sum(goldstein) FROM event_groups "
      "WHERE target_actor IS NOT NULL AND date <> '' AND source_actor <> target_actor "
      "GROUP BY source_actor, target_actor, date");
  if (!rows.ok()) return rows.status();
  std::map<std::tuple<std::string, std::string, std::string>, std::pair<long long, double>> agg;
  for (size_t r = 0; r < rows->size(); ++r) {
    std::string date = rows->Text(r, 2);
    if (date.size() < len) continue;
    auto& cell = agg[{rows->Text(r, 0), rows->Text(r, 1), date.substr(0, len)}];
    cell.first += rows->Int(r, 3);
    cell.second += rows->Real(r, 4);
  }
  std::vector<DyadRow> out;
  for (const auto& [k, v] : agg)
    out.push_back({std::get<0>(k), std::get<1>(k), std::get<2>(k), v.first, v.second / static_cast<double>(v.first)});
  return out;
}

Result<std::vector<SeriesPoint>> SqlStore::Series(const EventFilter& filter, const std::string& by) {
  ENTENTE_RETURN_IF_ERROR(CheckBy(by, true));
  bool months = (by == "month" || by == "year") && MonthsCanAnswer(filter);
  Where w = months ? BuildWhere(filter, "", "period") : BuildWhere(filter);
  auto rows = months ? db_->Query("SELECT period, quad, sum(events), sum(mentions), sum(goldstein_tenths) / 10.0 "
                                  "FROM dyad_months WHERE " + w.sql + " GROUP BY period, quad",
                                  w.params)
                     : db_->Query("SELECT date, quad, count(*), sum(mentions), sum(goldstein) FROM event_groups "
                                  "WHERE date <> '' AND " + w.sql + " GROUP BY date, quad",
                                  w.params);
  if (!rows.ok()) return rows.status();
  std::map<std::string, SeriesPoint> points;
  for (size_t r = 0; r < rows->size(); ++r) {
    std::string period = PeriodOf(rows->Text(r, 0), by);
    if (period.empty()) continue;
    SeriesPoint& p = points[period];
    long long n = rows->Int(r, 2);
    long long quad = rows->Int(r, 1);
    p.events += n;
    p.mentions += rows->Int(r, 3);
    p.goldstein_sum += rows->Real(r, 4);
    if (quad >= 1 && quad <= 4) p.quad[quad - 1] += n;
  }
  std::vector<SeriesPoint> out;
  out.reserve(points.size());
  for (auto& [period, p] : points) {
    p.period = period;
    p.goldstein_mean = p.events ? p.goldstein_sum / static_cast<double>(p.events) : 0;
    out.push_back(p);
  }
  return out;
}

Result<Network> SqlStore::NetworkOf(const EventFilter& filter) {
  // Without date bounds every fused event counts, undated ones too: only event_groups has them.
  bool months = MonthsCanAnswer(filter) && (!filter.from.empty() || !filter.to.empty());
  Where w = months ? BuildWhere(filter, "", "period") : BuildWhere(filter);
  auto rows = months
                  ? db_->Query("SELECT source_actor, target_actor, sum(events), "
                               "sum(CASE WHEN quad <= 2 THEN events ELSE 0 END), "
                               "sum(CASE WHEN quad >= 3 THEN events ELSE 0 END), sum(goldstein_tenths) / 10.0 "
                               "FROM dyad_months WHERE source_actor <> target_actor AND " + w.sql +
                                   " GROUP BY source_actor, target_actor",
                               w.params)
                  : db_->Query("SELECT source_actor, target_actor, count(*), sum(CASE WHEN quad <= 2 THEN 1 ELSE 0 END), "
                               "sum(CASE WHEN quad >= 3 THEN 1 ELSE 0 END), sum(goldstein) FROM event_groups "
                               "WHERE target_actor IS NOT NULL AND source_actor <> target_actor AND " + w.sql +
                                   " GROUP BY source_actor, target_actor",
                               w.params);
  if (!rows.ok()) return rows.status();
  Network net;
  std::map<std::string, long long> nodes;
  for (size_t r = 0; r < rows->size(); ++r) {
    NetworkEdge e{rows->Text(r, 0), rows->Text(r, 1), rows->Int(r, 2), rows->Int(r, 3), rows->Int(r, 4),
                  rows->Real(r, 5)};
    nodes[e.source] += e.events;
    nodes[e.target] += e.events;
    net.edges.push_back(std::move(e));
  }
  std::sort(net.edges.begin(), net.edges.end(), [](const NetworkEdge& a, const NetworkEdge& b) {
    return a.events != b.events ? a.events > b.events : std::tie(a.source, a.target) < std::tie(b.source, b.target);
  });
  for (const auto& [actor, n] : nodes) net.nodes.push_back({actor, n});
  std::sort(net.nodes.begin(), net.nodes.end(), [](const NetworkNode& a, const NetworkNode& b) {
    return a.events != b.events ? a.events > b.events : a.actor < b.actor;
  });
  return net;
}

Result<std::vector<StoredEvent>> SqlStore::Events(const EventFilter& filter, bool with_evidence) {
  static const std::string kColumns =
      "id, date, source_actor, source_code, source_name, target_actor, target_code, target_name, code, root, "
      "plover, factuality, quad, goldstein, mentions, articles, sources, text";
  long long limit = std::clamp(filter.limit, 0, 100000), offset = std::max(filter.offset, 0);
  std::string sql;
  std::vector<SqlParam> params;
  if (!filter.source.empty() && !filter.target.empty() && filter.both_directions) {
    // One index range per direction, each read newest first and cut at the page's end,
    // then merged: a page of a busy dyad never sorts the dyad's whole history.
    EventFilter there = filter, back = filter;
    there.both_directions = back.both_directions = false;
    std::swap(back.source, back.target);
    Where a = BuildWhere(there), b = BuildWhere(back);
    params = a.params;
    params.push_back(limit + offset);
    params.insert(params.end(), b.params.begin(), b.params.end());
    params.push_back(limit + offset);
    params.push_back(limit);
    params.push_back(offset);
    sql = "SELECT " + kColumns + " FROM (SELECT " + kColumns + " FROM event_groups WHERE " + a.sql +
          " ORDER BY date DESC, id DESC LIMIT ?) there UNION ALL SELECT " + kColumns + " FROM (SELECT " + kColumns +
          " FROM event_groups WHERE " + b.sql + " ORDER BY date DESC, id DESC LIMIT ?) back " +
          "ORDER BY date DESC, id DESC LIMIT ? OFFSET ?";
  } else {
    Where w = BuildWhere(filter);
    params = w.params;
    params.push_back(limit);
    params.push_back(offset);
    sql = "SELECT " + kColumns + " FROM event_groups WHERE " + w.sql + " ORDER BY date DESC, id DESC LIMIT ? OFFSET ?";
  }
  auto rows = db_->Query(sql, params);
  if (!rows.ok()) return rows.status();
  std::vector<StoredEvent> out(rows->size());
  std::map<long long, size_t> by_id;
  for (size_t r = 0; r < rows->size(); ++r) {
    StoredEvent& e = out[r];
    e.id = rows->Int(r, 0);
    e.date = rows->Text(r, 1);
    e.source_actor = rows->Text(r, 2), e.source_code = rows->Text(r, 3), e.source_name = rows->Text(r, 4);
    e.target_actor = rows->Text(r, 5), e.target_code = rows->Text(r, 6), e.target_name = rows->Text(r, 7);
    e.code = rows->Text(r, 8), e.root = rows->Text(r, 9), e.plover = rows->Text(r, 10);
    e.factuality = rows->Text(r, 11);
    e.quad = static_cast<int>(rows->Int(r, 12));
    e.goldstein = rows->Real(r, 13);
    e.mentions = rows->Int(r, 14), e.articles = rows->Int(r, 15), e.sources = rows->Int(r, 16);
    e.text = rows->Text(r, 17);
    by_id[e.id] = r;
  }
  if (!with_evidence || out.empty()) return out;
  std::string in;
  std::vector<SqlParam> ids;
  for (const auto& [id, r] : by_id) {
    in += in.empty() ? "?" : ", ?";
    ids.push_back(id);
  }
  auto ev = db_->Query(
      "SELECT e.group_id, e.id, e.doc_id, d.title, d.url, d.publisher, d.published, e.sentence, s.text, s.byte_start, "
      "e.span_start, e.span_end, e.source_text, e.target_text, e.pattern, e.factuality, e.reporter "
      "FROM events e JOIN documents d ON d.id = e.doc_id "
      "LEFT JOIN sentences s ON s.doc_id = e.doc_id AND s.idx = e.sentence "
      "WHERE e.group_id IN (" + in + ") ORDER BY e.group_id, d.published, e.doc_id, e.sentence, e.span_start",
      ids);
  if (!ev.ok()) return ev.status();
  for (size_t r = 0; r < ev->size(); ++r) {
    Evidence x;
    x.event_id = ev->Int(r, 1);
    x.doc_id = ev->Text(r, 2), x.title = ev->Text(r, 3), x.url = ev->Text(r, 4), x.publisher = ev->Text(r, 5);
    x.published = ev->Text(r, 6);
    x.sentence = static_cast<uint32_t>(ev->Int(r, 7));
    x.text = ev->Text(r, 8);
    long long base = ev->Int(r, 9), a = ev->Int(r, 10) - base, b = ev->Int(r, 11) - base;
    long long len = static_cast<long long>(x.text.size());
    x.span_start = static_cast<uint32_t>(std::clamp(a, 0LL, len));
    x.span_end = static_cast<uint32_t>(std::clamp(b, a < 0 ? 0LL : std::min(a, len), len));
    x.source_text = ev->Text(r, 12), x.target_text = ev->Text(r, 13), x.pattern = ev->Text(r, 14);
    x.factuality = ev->Text(r, 15), x.reporter = ev->Text(r, 16);
    out[by_id[ev->Int(r, 0)]].evidence.push_back(std::move(x));
  }
  return out;
}

Result<std::vector<DocumentRow>> SqlStore::Documents(int limit, int offset) {
  auto rows = db_->Query(
      "SELECT d.id, d.origin, d.url, d.publisher, d.title, d.byline, d.published, d.language, "
      "(SELECT count(*) FROM events e WHERE e.doc_id = d.id) FROM documents d "
      "ORDER BY d.published DESC, d.id LIMIT ? OFFSET ?",
      {static_cast<long long>(std::clamp(limit, 0, 100000)), static_cast<long long>(std::max(offset, 0))});
  if (!rows.ok()) return rows.status();
  std::vector<DocumentRow> out(rows->size());
  for (size_t r = 0; r < rows->size(); ++r) {
    DocumentRow& d = out[r];
    d.id = rows->Text(r, 0), d.origin = rows->Text(r, 1), d.url = rows->Text(r, 2), d.publisher = rows->Text(r, 3);
    d.title = rows->Text(r, 4), d.byline = rows->Text(r, 5), d.published = rows->Text(r, 6);
    d.language = rows->Text(r, 7);
    d.events = rows->Int(r, 8);
  }
  return out;
}

Result<long long> SqlStore::CountEvents() {
  auto r = db_->Query("SELECT count(*) FROM events");
  if (!r.ok()) return r.status();
  return r->Int(0, 0);
}

Result<long long> SqlStore::CountFusedEvents() {
  auto r = db_->Query("SELECT count(*) FROM event_groups");
  if (!r.ok()) return r.status();
  return r->Int(0, 0);
}

Result<long long> SqlStore::WriteCount() {
  auto r = db_->Query("SELECT value FROM meta WHERE key = 'writes'");
  if (!r.ok()) return r.status();
  return r->empty() ? 0 : r->Int(0, 0);
}

}  // namespace entente
