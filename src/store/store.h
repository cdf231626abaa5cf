// The store stage: documents, sentences, mentions and events kept in a database, and
// the questions asked of them (dyad series, networks, fused events with their evidence).
//
// SQLite is the embedded default; PostgreSQL is selected by a `postgresql://` target.
// Both hold the same schema (docs/schema.md) and answer the same SQL. Writing a document
// replaces any earlier version of it in one transaction (a failure leaves the old version
// intact) and re-fuses the events it touches: the same event reported by several
// articles is one row of `event_groups` with its mentions, articles and sources.
#pragma once

#include <memory>
#include <string>
#include <utility>
#include <vector>

#include "entente/analysis.h"
#include "entente/status.h"

namespace entente {

// Which events a query looks at. Empty fields do not filter.
struct EventFilter {
  std::string source, target;   // dyad actors (country part: "PRK", "IGOUNO")
  bool both_directions = true;  // with source and target: also target -> source
  std::string actor;            // either side is this actor
  std::string code;             // CAMEO code prefix: "04", "042"
  std::string from, to;         // inclusive date bounds, compared as ISO prefixes ("2018", "2018-06")
  std::vector<std::string> factuality;  // asserted, negated, future, hypothetical, alleged
  int limit = 100, offset = 0;  // for event lists
};

struct DyadRow {
  std::string source, target, period;
  long long events = 0;
  double goldstein_mean = 0;
};

// One period of a dyad's (or any filter's) series, counted in fused events.
struct SeriesPoint {
  std::string period;  // "2024-03-21", "2024-W12", "2024-03", "2024"
  long long events = 0, mentions = 0;
  double goldstein_sum = 0, goldstein_mean = 0;
  long long quad[4] = {0, 0, 0, 0};  // verbal coop, material coop, verbal conflict, material conflict
};

struct NetworkNode {
  std::string actor;
  long long events = 0;
};
struct NetworkEdge {
  std::string source, target;
  long long events = 0, cooperation = 0, conflict = 0;
  double goldstein_sum = 0;
};
struct Network {
  std::vector<NetworkNode> nodes;
  std::vector<NetworkEdge> edges;
};

// One sentence that reported a fused event.
struct Evidence {
  long long event_id = 0;
  std::string doc_id, title, url, publisher, published;
  uint32_t sentence = 0;
  std::string text;                     // the sentence
  uint32_t span_start = 0, span_end = 0;  // evidence inside `text`, byte offsets
  std::string source_text, target_text, pattern, factuality, reporter;
};

// A fused event: every report of one happening.
struct StoredEvent {
  long long id = 0;
  std::string date;  // YYYY-MM-DD, YYYY-MM, YYYY or ""
  std::string source_actor, source_code, source_name;
  std::string target_actor, target_code, target_name;  // "" without a target
  std::string code, root, plover, factuality;
  int quad = 0;
  double goldstein = 0;
  long long mentions = 0, articles = 0, sources = 0;
  std::string text;  // the first report's sentence
  std::vector<Evidence> evidence;
};

struct DocumentRow {
  std::string id, origin, url, publisher, title, byline, published, language;
  long long events = 0;
};

class Store {
 public:
  virtual ~Store() = default;
  // Opens (creating if needed) the database named by `target`: a file path for SQLite,
  // a `postgresql://` (or `postgres://`) URI for PostgreSQL. With `read_only` nothing is
  // created and every write fails (what `entente serve` uses). A Store is not thread-safe:
  // open one per thread.
  static Result<std::unique_ptr<Store>> Open(const std::string& target, bool read_only = false);

  // Stores one document (replacing an earlier version) and re-fuses its events.
  virtual Status Put(const Analysis& analysis, const std::string& origin) = 0;
  // The same for many documents (with their origins) in one transaction: faster, and
  // all or nothing.
  virtual Status PutBatch(const std::vector<std::pair<const Analysis*, std::string>>& documents) = 0;

  // Per (source country, target country, period): fused event count and mean Goldstein.
  // `by` is "day", "month" or "year".
  virtual Result<std::vector<DyadRow>> Dyads(const std::string& by) = 0;
  // A series of fused events by "day", "week", "month" or "year". Events dated less
  // precisely than the period (a month-dated event in a daily series) are left out.
  virtual Result<std::vector<SeriesPoint>> Series(const EventFilter& filter, const std::string& by) = 0;
  virtual Result<Network> NetworkOf(const EventFilter& filter) = 0;
  // Fused events, newest first, with their evidence sentences when `with_evidence`.
  virtual Result<std::vector<StoredEvent>> Events(const EventFilter& filter, bool with_evidence) = 0;
  virtual Result<std::vector<DocumentRow>> Documents(int limit, int offset) = 0;
  virtual Result<long long> CountEvents() = 0;       // event reports (one per coded sentence)
  virtual Result<long long> CountFusedEvents() = 0;  // fused events
  // A counter every write transaction increments: an answer cached at one value is
  // still right while the counter has not moved (cheap: one row of `meta`).
  virtual Result<long long> WriteCount() = 0;
};

// The country part used for dyads: "PRKGOV" -> "PRK"; IGOs keep their organisation code.
std::string DyadActor(const std::string& code);

// The publisher of a document: the URL's host without "www." ("koreatimes.co.kr"),
// else "".
std::string Publisher(const std::string& url);

}  // namespace entente
