// Fresh databases for store tests, one per test, on SQLite (a temporary file) or on the
// PostgreSQL server of the `pg` CTest fixture (tests/postgres/pg_server.sh), found
// through ENTENTE_PG_STATE (the fixture's state folder with `host` and `port`).
#pragma once

#include <libpq-fe.h>
#include <unistd.h>

#include <atomic>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <string>

namespace entente::testing {

inline std::string ReadLine(const std::string& path) {
  std::ifstream in(path);
  std::string s;
  std::getline(in, s);
  return s;
}

// "" when no test server is configured.
inline std::string PgServerUri(const std::string& dbname) {
  const char* state = std::getenv("ENTENTE_PG_STATE");
  if (!state || !*state) return "";
  std::string host = ReadLine(std::string(state) + "/host"), port = ReadLine(std::string(state) + "/port");
  if (host.empty()) return "";
  return "postgresql://entente@/" + dbname + "?host=" + host + "&port=" + port;
}

inline bool PgAdmin(const std::string& sql) {
  PGconn* c = PQconnectdb(PgServerUri("postgres").c_str());
  bool ok = PQstatus(c) == CONNECTION_OK;
  if (ok) {
    PGresult* r = PQexec(c, sql.c_str());
    ok = PQresultStatus(r) == PGRES_COMMAND_OK;
    PQclear(r);
  }
  PQfinish(c);
  return ok;
}

// A database that exists for the life of the object.
class TestDatabase {
 public:
  // kind: "sqlite" or "postgres"; an empty target() means "not available here".
  TestDatabase(const std::string& kind, const std::string& name) : kind_(kind) {
    static std::atomic<int> counter{0};
    std::string unique = name + "_" + std::to_string(getpid()) + "_" + std::to_string(counter++);
    if (kind == "sqlite") {
      path_ = (std::filesystem::temp_directory_path() / ("entente_" + unique + ".db")).string();
      Remove();
      target_ = path_;
    } else if (!PgServerUri("postgres").empty()) {
      dbname_ = "t_" + unique;
      for (char& c : dbname_) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
      if (PgAdmin("CREATE DATABASE " + dbname_)) target_ = PgServerUri(dbname_);
    }
  }
  ~TestDatabase() {
    if (!path_.empty()) Remove();
    if (!dbname_.empty()) PgAdmin("DROP DATABASE IF EXISTS " + dbname_ + " WITH (FORCE)");
  }
  const std::string& target() const { return target_; }

 private:
  void Remove() {
    for (const char* suffix : {"", "-wal", "-shm"}) std::filesystem::remove(path_ + suffix);
  }
  std::string kind_, path_, dbname_, target_;
};

}  // namespace entente::testing
