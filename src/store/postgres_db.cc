// SqlDb over PostgreSQL (libpq): statements prepared once per connection, parameters and
// results in text form, result columns typed from their type OIDs.
#include <libpq-fe.h>

#include <cstdio>
#include <cstdlib>
#include <unordered_map>

#include "store/sql_db.h"

namespace entente {
namespace {

// Type OIDs from PostgreSQL's pg_type.h (stable across versions).
constexpr Oid kInt8 = 20, kInt2 = 21, kInt4 = 23, kFloat4 = 700, kFloat8 = 701, kNumeric = 1700, kBool = 16;

// The URI without its password, for messages.
std::string Redact(const std::string& uri) {
  size_t scheme = uri.find("://");
  size_t at = uri.find('@');
  if (scheme == std::string::npos || at == std::string::npos) return uri;
  size_t colon = uri.find(':', scheme + 3);
  if (colon == std::string::npos || colon > at) return uri;
  return uri.substr(0, colon) + ":***" + uri.substr(at);
}

class PostgresDb : public SqlDb {
 public:
  PostgresDb(PGconn* conn, std::string name) : conn_(conn), name_(std::move(name)) {}
  ~PostgresDb() override { PQfinish(conn_); }
  Dialect dialect() const override { return Dialect::kPostgres; }
  const std::string& name() const override { return name_; }

  Status Error(const std::string& what) {
    std::string m = PQerrorMessage(conn_);
    while (!m.empty() && (m.back() == '\n' || m.back() == ' ')) m.pop_back();
    return Status::IoError(name_ + ": " + what + ": " + m);
  }

  Status Exec(const std::string& script) override {
    PGresult* r = PQexec(conn_, script.c_str());
    ExecStatusType s = PQresultStatus(r);
    PQclear(r);
    if (s != PGRES_COMMAND_OK && s != PGRES_TUPLES_OK) return Error("exec");
    return Status::Ok();
  }

  Result<SqlRows> Query(const std::string& sql, const std::vector<SqlParam>& params) override {
    std::string* stmt;
    auto it = cache_.find(sql);
    if (it != cache_.end()) {
      stmt = &it->second;
    } else {
      std::string id = "e" + std::to_string(cache_.size() + 1);
      PGresult* r = PQprepare(conn_, id.c_str(), NumberPlaceholders(sql).c_str(), 0, nullptr);
      ExecStatusType s = PQresultStatus(r);
      PQclear(r);
      if (s != PGRES_COMMAND_OK) return Error("prepare " + sql.substr(0, 80));
      stmt = &cache_.emplace(sql, id).first->second;
    }
    std::vector<std::string> text(params.size());
    std::vector<const char*> values(params.size(), nullptr);
    for (size_t i = 0; i < params.size(); ++i) {
      const SqlParam& p = params[i];
      if (std::holds_alternative<long long>(p)) text[i] = std::to_string(std::get<long long>(p));
      else if (std::holds_alternative<double>(p)) {
        char buf[40];
        std::snprintf(buf, sizeof buf, "%.17g", std::get<double>(p));
        text[i] = buf;
      } else if (std::holds_alternative<std::string>(p)) text[i] = std::get<std::string>(p);
      else continue;
      values[i] = text[i].c_str();
    }
    PGresult* r = PQexecPrepared(conn_, stmt->c_str(), static_cast<int>(params.size()), values.data(), nullptr,
                                 nullptr, 0);
    ExecStatusType s = PQresultStatus(r);
    if (s != PGRES_COMMAND_OK && s != PGRES_TUPLES_OK) {
      PQclear(r);
      return Error(sql.substr(0, 80));
    }
    SqlRows rows;
    int nrow = PQntuples(r), ncol = PQnfields(r);
    std::vector<Oid> types(ncol);
    for (int c = 0; c < ncol; ++c) types[c] = PQftype(r, c);
    rows.rows().reserve(nrow);
    for (int i = 0; i < nrow; ++i) {
      auto& row = rows.rows().emplace_back(ncol);
      for (int c = 0; c < ncol; ++c) {
        if (PQgetisnull(r, i, c)) continue;
        const char* v = PQgetvalue(r, i, c);
        SqlCell& cell = row[c];
        switch (types[c]) {
          case kInt8: case kInt4: case kInt2:
            cell.type = SqlCell::Type::kInt; cell.i = std::strtoll(v, nullptr, 10); break;
          case kFloat4: case kFloat8: case kNumeric:
            cell.type = SqlCell::Type::kReal; cell.d = std::strtod(v, nullptr); break;
          case kBool:
            cell.type = SqlCell::Type::kInt; cell.i = v[0] == 't'; break;
          default:
            cell.type = SqlCell::Type::kText; cell.s.assign(v, PQgetlength(r, i, c));
        }
      }
    }
    PQclear(r);
    return rows;
  }

  Status BeginWrite() override {
    ENTENTE_RETURN_IF_ERROR(Exec("BEGIN"));
    // One writer at a time per database: fusion reads and rewrites groups.
    return Exec("SELECT pg_advisory_xact_lock(7345210)");
  }
  Status Commit() override { return Exec("COMMIT"); }
  Status Rollback() override { return Exec("ROLLBACK"); }

 private:
  PGconn* conn_;
  std::string name_;
  std::unordered_map<std::string, std::string> cache_;
};

}  // namespace

Result<std::unique_ptr<SqlDb>> OpenPostgres(const std::string& uri, bool read_only) {
  PGconn* conn = PQconnectdb(uri.c_str());
  std::string name = Redact(uri);
  if (!conn) return Status::IoError(name + ": out of memory");
  if (PQstatus(conn) != CONNECTION_OK) {
    std::string m = PQerrorMessage(conn);
    while (!m.empty() && (m.back() == '\n' || m.back() == ' ')) m.pop_back();
    PQfinish(conn);
    return Status::IoError(name + ": cannot connect: " + m);
  }
  auto db = std::make_unique<PostgresDb>(conn, name);
  ENTENTE_RETURN_IF_ERROR(db->Exec("SET client_min_messages = warning; SET client_encoding = 'UTF8'"));
  if (read_only) ENTENTE_RETURN_IF_ERROR(db->Exec("SET default_transaction_read_only = on"));
  return std::unique_ptr<SqlDb>(std::move(db));
}

}  // namespace entente
