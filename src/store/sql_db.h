// A thin SQL connection: the one place where SQLite and PostgreSQL differ.
//
// Statements are written once, with `?` placeholders, in the SQL both engines accept;
// the PostgreSQL connection rewrites `?` to `$1, $2, …`. Statements are prepared once per
// connection and cached by their text. Results come back typed (integer, real, text,
// null) whatever the engine, so callers never parse numbers.
#pragma once

#include <cstdint>
#include <memory>
#include <string>
#include <variant>
#include <vector>

#include "entente/status.h"

namespace entente {

using SqlParam = std::variant<std::monostate, long long, double, std::string>;

struct SqlCell {
  enum class Type { kNull, kInt, kReal, kText } type = Type::kNull;
  long long i = 0;
  double d = 0;
  std::string s;
};

class SqlRows {
 public:
  size_t size() const { return rows_.size(); }
  bool empty() const { return rows_.empty(); }
  bool IsNull(size_t r, size_t c) const { return rows_[r][c].type == SqlCell::Type::kNull; }
  long long Int(size_t r, size_t c) const;
  double Real(size_t r, size_t c) const;
  std::string Text(size_t r, size_t c) const;  // "" for NULL
  std::vector<std::vector<SqlCell>>& rows() { return rows_; }

 private:
  std::vector<std::vector<SqlCell>> rows_;
};

class SqlDb {
 public:
  enum class Dialect { kSqlite, kPostgres };
  virtual ~SqlDb() = default;
  virtual Dialect dialect() const = 0;
  virtual const std::string& name() const = 0;  // for messages: the file or the URI without password
  // Runs a script of statements without parameters or results.
  virtual Status Exec(const std::string& script) = 0;
  // Runs one statement with `?` placeholders and returns its rows (none for writes).
  virtual Result<SqlRows> Query(const std::string& sql, const std::vector<SqlParam>& params = {}) = 0;
  // A write transaction; PostgreSQL also takes an advisory lock so that two writers
  // never fuse the same events at once (SQLite's BEGIN IMMEDIATE does that already).
  virtual Status BeginWrite() = 0;
  virtual Status Commit() = 0;
  virtual Status Rollback() = 0;
};

Result<std::unique_ptr<SqlDb>> OpenSqlite(const std::string& path, bool read_only);
Result<std::unique_ptr<SqlDb>> OpenPostgres(const std::string& uri, bool read_only);

// `?` -> `$1`, `$2`, … outside quoted strings (exposed for tests).
std::string NumberPlaceholders(const std::string& sql);

}  // namespace entente
