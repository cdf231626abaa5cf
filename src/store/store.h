// The store stage: documents, sentences, mentions and events kept in a database.
// SQLite is the embedded default (schema in docs/schema.md). Writing a document replaces
// any earlier version of it in one transaction: a failure leaves the old version intact.
#pragma once

#include <memory>
#include <string>
#include <vector>

#include "entente/analysis.h"
#include "entente/status.h"

namespace entente {

struct DyadRow {
  std::string source, target, period;
  long long events = 0;
  double goldstein_mean = 0;
};

class Store {
 public:
  virtual ~Store() = default;
  // Opens (creating if needed) the database named by `target`: a file path for SQLite.
  static Result<std::unique_ptr<Store>> Open(const std::string& target);

  virtual Status Put(const Analysis& analysis, const std::string& origin) = 0;
  // Per (source country, target country, period): event count and mean Goldstein.
  // `by` is "month" or "year".
  virtual Result<std::vector<DyadRow>> Dyads(const std::string& by) = 0;
  virtual Result<long long> CountEvents() = 0;
};

// The country part used for dyads: "PRKGOV" -> "PRK"; IGOs keep their organisation code.
std::string DyadActor(const std::string& code);

}  // namespace entente
