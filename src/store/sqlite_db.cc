// SqlDb over SQLite: statements prepared once and cached; typed columns as they come.
#include <sqlite3.h>

#include <unordered_map>

#include "store/sql_db.h"

namespace entente {
namespace {

class SqliteDb : public SqlDb {
 public:
  SqliteDb(sqlite3* db, std::string path) : db_(db), path_(std::move(path)) {}
  ~SqliteDb() override {
    for (auto& [sql, st] : cache_) sqlite3_finalize(st);
    sqlite3_close(db_);
  }
  Dialect dialect() const override { return Dialect::kSqlite; }
  const std::string& name() const override { return path_; }

  Status Exec(const std::string& script) override {
    char* err = nullptr;
    if (sqlite3_exec(db_, script.c_str(), nullptr, nullptr, &err) != SQLITE_OK) {
      std::string m = err ? err : sqlite3_errmsg(db_);
      sqlite3_free(err);
      return Status::IoError(path_ + ": " + m);
    }
    return Status::Ok();
  }

  Result<SqlRows> Query(const std::string& sql, const std::vector<SqlParam>& params) override {
    sqlite3_stmt* st = nullptr;
    auto it = cache_.find(sql);
    if (it != cache_.end()) {
      st = it->second;
    } else {
      if (sqlite3_prepare_v2(db_, sql.c_str(), static_cast<int>(sql.size()), &st, nullptr) != SQLITE_OK)
        return Status::IoError(path_ + ": " + sqlite3_errmsg(db_) + " in: " + sql.substr(0, 80));
      cache_.emplace(sql, st);
    }
    for (size_t i = 0; i < params.size(); ++i) {
      int k = static_cast<int>(i + 1);
      const SqlParam& p = params[i];
      if (std::holds_alternative<long long>(p)) sqlite3_bind_int64(st, k, std::get<long long>(p));
      else if (std::holds_alternative<double>(p)) sqlite3_bind_double(st, k, std::get<double>(p));
      else if (std::holds_alternative<std::string>(p)) {
        const std::string& s = std::get<std::string>(p);
        sqlite3_bind_text(st, k, s.data(), static_cast<int>(s.size()), SQLITE_TRANSIENT);
      } else sqlite3_bind_null(st, k);
    }
    SqlRows rows;
    int rc;
    int ncol = sqlite3_column_count(st);
    while ((rc = sqlite3_step(st)) == SQLITE_ROW) {
      auto& row = rows.rows().emplace_back(ncol);
      for (int c = 0; c < ncol; ++c) {
        SqlCell& cell = row[c];
        switch (sqlite3_column_type(st, c)) {
          case SQLITE_INTEGER: cell.type = SqlCell::Type::kInt; cell.i = sqlite3_column_int64(st, c); break;
          case SQLITE_FLOAT: cell.type = SqlCell::Type::kReal; cell.d = sqlite3_column_double(st, c); break;
          case SQLITE_NULL: break;
          default: {
            cell.type = SqlCell::Type::kText;
            const char* t = reinterpret_cast<const char*>(sqlite3_column_text(st, c));
            cell.s.assign(t ? t : "", sqlite3_column_bytes(st, c));
          }
        }
      }
    }
    sqlite3_reset(st);
    sqlite3_clear_bindings(st);
    if (rc != SQLITE_DONE) return Status::IoError(path_ + ": " + sqlite3_errmsg(db_) + " in: " + sql.substr(0, 80));
    return rows;
  }

  Status BeginWrite() override { return Exec("BEGIN IMMEDIATE"); }
  Status Commit() override { return Exec("COMMIT"); }
  Status Rollback() override { return Exec("ROLLBACK"); }

 private:
  sqlite3* db_;
  std::string path_;
  std::unordered_map<std::string, sqlite3_stmt*> cache_;
};

}  // namespace

Result<std::unique_ptr<SqlDb>> OpenSqlite(const std::string& path, bool read_only) {
  sqlite3* db = nullptr;
  int flags = read_only ? SQLITE_OPEN_READONLY : (SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE);
  if (sqlite3_open_v2(path.c_str(), &db, flags | SQLITE_OPEN_NOMUTEX, nullptr) != SQLITE_OK) {
    std::string m = db ? sqlite3_errmsg(db) : "out of memory";
    sqlite3_close(db);
    return Status::IoError(path + ": " + m);
  }
  sqlite3_busy_timeout(db, 10000);
  auto out = std::make_unique<SqliteDb>(db, path);
  ENTENTE_RETURN_IF_ERROR(out->Exec("PRAGMA foreign_keys=ON"));
  return std::unique_ptr<SqlDb>(std::move(out));
}

}  // namespace entente
