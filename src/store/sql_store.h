// The Store over a SqlDb: one implementation for SQLite and PostgreSQL.
#pragma once

#include <memory>
#include <set>
#include <string>
#include <vector>

#include "store/sql_db.h"
#include "store/store.h"

namespace entente {

class SqlStore : public Store {
 public:
  SqlStore(std::unique_ptr<SqlDb> db, bool read_only) : db_(std::move(db)), read_only_(read_only) {}

  Status Put(const Analysis& analysis, const std::string& origin) override;
  Status PutBatch(const std::vector<std::pair<const Analysis*, std::string>>& documents) override;
  Result<std::vector<DyadRow>> Dyads(const std::string& by) override;
  Result<std::vector<SeriesPoint>> Series(const EventFilter& filter, const std::string& by) override;
  Result<Network> NetworkOf(const EventFilter& filter) override;
  Result<std::vector<StoredEvent>> Events(const EventFilter& filter, bool with_evidence) override;
  Result<std::vector<DocumentRow>> Documents(int limit, int offset) override;
  Result<long long> CountEvents() override;
  Result<long long> CountFusedEvents() override;
  Result<long long> WriteCount() override;

 private:
  Status WriteDocument(const Analysis& a, const std::string& origin, std::set<std::string>& keys);
  Status Refuse(const std::string& key);
  Status AddToMonths(const std::string& key, int sign, std::vector<std::vector<SqlParam>>* touched);

  std::unique_ptr<SqlDb> db_;
  bool read_only_;
};

}  // namespace entente
