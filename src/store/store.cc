#include "store/store.h"

#include "store/schema.h"
#include "store/sql_store.h"

namespace entente {

std::string DyadActor(const std::string& code) {
  if (code.size() >= 6 && (code.compare(0, 3, "IGO") == 0 || code.compare(0, 3, "NGO") == 0 ||
                           code.compare(0, 3, "MNC") == 0))
    return code.substr(0, 6);
  return code.substr(0, std::min<size_t>(3, code.size()));
}

std::string Publisher(const std::string& url) {
  size_t p = url.find("://");
  if (p == std::string::npos) return "";
  std::string host = url.substr(p + 3);
  host = host.substr(0, host.find_first_of("/?#"));
  if (size_t at = host.rfind('@'); at != std::string::npos) host = host.substr(at + 1);
  host = host.substr(0, host.find(':'));
  for (char& c : host) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  if (host.rfind("www.", 0) == 0) host = host.substr(4);
  return host;
}

Result<std::unique_ptr<Store>> Store::Open(const std::string& target, bool read_only) {
  bool pg = target.rfind("postgresql://", 0) == 0 || target.rfind("postgres://", 0) == 0;
  auto db = pg ? OpenPostgres(target, read_only) : OpenSqlite(target, read_only);
  if (!db.ok()) return db.status();
  if (!pg && !read_only) {
    // WAL with synchronous=NORMAL: a crash never corrupts the file and never loses a
    // committed batch except, on power loss, the last one.
    Status wal = (*db)->Exec("PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL");
    if (!wal.ok()) return Status::Corrupt(wal.message() + " (is it an entente SQLite database?)");
  }
  Status st = PrepareSchema(**db, read_only);
  if (!st.ok()) {
    if (!pg && st.code() == StatusCode::kIoError)
      return Status::Corrupt(st.message() + " (is it an entente SQLite database?)");
    return st;
  }
  return std::unique_ptr<Store>(std::make_unique<SqlStore>(std::move(*db), read_only));
}

}  // namespace entente
