#include <sqlite3.h>

#include "store/store.h"

namespace entente {

std::string DyadActor(const std::string& code) {
  if (code.size() >= 6 && (code.compare(0, 3, "IGO") == 0 || code.compare(0, 3, "NGO") == 0 ||
                           code.compare(0, 3, "MNC") == 0))
    return code.substr(0, 6);
  return code.substr(0, std::min<size_t>(3, code.size()));
}

std::string Publisher(const std::string& url) {
  size_t p = url.find("://");
  std::string host = url.substr(p == std::string::npos ? 0 : p + 3);
  host = host.substr(0, host.find_first_of("/?#:"));
  if (host.rfind("www.", 0) == 0) host = host.substr(4);
  return host;
}

namespace {

const char* kSchema = R"sql(
PRAGMA journal_mode=WAL;
PRAGMA foreign_keys=ON;
CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
INSERT OR IGNORE INTO meta(key, value) VALUES ('schema_version', '1');
CREATE TABLE IF NOT EXISTS documents (
  id TEXT PRIMARY KEY, origin TEXT, url TEXT, title TEXT, byline TEXT, published TEXT,
  language TEXT, text TEXT NOT NULL, ingested_at TEXT NOT NULL DEFAULT (datetime('now')));
CREATE TABLE IF NOT EXISTS sentences (
  doc_id TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE, idx INTEGER NOT NULL,
  paragraph INTEGER NOT NULL, start INTEGER NOT NULL, end INTEGER NOT NULL, text TEXT NOT NULL,
  PRIMARY KEY (doc_id, idx));
CREATE TABLE IF NOT EXISTS mentions (
  id INTEGER PRIMARY KEY, doc_id TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
  sentence INTEGER NOT NULL, start INTEGER NOT NULL, end INTEGER NOT NULL, text TEXT NOT NULL,
  code TEXT NOT NULL, name TEXT, kind TEXT, resolved_from TEXT);
CREATE INDEX IF NOT EXISTS mentions_doc ON mentions(doc_id);
CREATE INDEX IF NOT EXISTS mentions_code ON mentions(code);
CREATE TABLE IF NOT EXISTS events (
  id INTEGER PRIMARY KEY, doc_id TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
  sentence INTEGER NOT NULL, date TEXT NOT NULL, date_source TEXT,
  source_code TEXT NOT NULL, source_name TEXT, source_text TEXT, source_actor TEXT NOT NULL,
  target_code TEXT, target_name TEXT, target_text TEXT, target_actor TEXT,
  code TEXT NOT NULL, root TEXT NOT NULL, quad INTEGER NOT NULL, goldstein REAL NOT NULL,
  plover TEXT, factuality TEXT NOT NULL, pattern TEXT, reporter TEXT,
  span_start INTEGER NOT NULL, span_end INTEGER NOT NULL, text TEXT NOT NULL);
CREATE INDEX IF NOT EXISTS events_doc ON events(doc_id);
CREATE INDEX IF NOT EXISTS events_dyad ON events(source_actor, target_actor, date);
)sql";

class Stmt {
 public:
  Stmt(sqlite3* db, const char* sql) { rc_ = sqlite3_prepare_v2(db, sql, -1, &st_, nullptr); }
  ~Stmt() { sqlite3_finalize(st_); }
  bool ok() const { return rc_ == SQLITE_OK; }
  Stmt& Bind(int i, const std::string& v) {
    sqlite3_bind_text(st_, i, v.data(), static_cast<int>(v.size()), SQLITE_TRANSIENT);
    return *this;
  }
  Stmt& BindNull(int i) {
    sqlite3_bind_null(st_, i);
    return *this;
  }
  Stmt& Bind(int i, long long v) {
    sqlite3_bind_int64(st_, i, v);
    return *this;
  }
  Stmt& Bind(int i, double v) {
    sqlite3_bind_double(st_, i, v);
    return *this;
  }
  int Step() { return sqlite3_step(st_); }
  void Reset() {
    sqlite3_reset(st_);
    sqlite3_clear_bindings(st_);
  }
  sqlite3_stmt* get() { return st_; }

 private:
  sqlite3_stmt* st_ = nullptr;
  int rc_;
};

class SqliteStore : public Store {
 public:
  explicit SqliteStore(sqlite3* db, std::string path) : db_(db), path_(std::move(path)) {}
  ~SqliteStore() override { sqlite3_close(db_); }

  Status Exec(const char* sql) {
    char* err = nullptr;
    if (sqlite3_exec(db_, sql, nullptr, nullptr, &err) != SQLITE_OK) {
      std::string m = err ? err : "unknown error";
      sqlite3_free(err);
      return Status::IoError(path_ + ": " + m);
    }
    return Status::Ok();
  }

  Status Error(const char* what) { return Status::IoError(path_ + ": " + what + ": " + sqlite3_errmsg(db_)); }

  Status Put(const Analysis& a, const std::string& origin) override {
    ENTENTE_RETURN_IF_ERROR(Exec("BEGIN IMMEDIATE"));
    Status st = PutInTransaction(a, origin);
    if (!st.ok()) {
      Exec("ROLLBACK");
      return st;
    }
    return Exec("COMMIT");
  }

  Status PutInTransaction(const Analysis& a, const std::string& origin) {
    const Article& art = a.article;
    {
      Stmt del(db_, "DELETE FROM documents WHERE id = ?");
      del.Bind(1, art.doc_id);
      if (del.Step() != SQLITE_DONE) return Error("delete");
    }
    {
      Stmt ins(db_, "INSERT INTO documents(id, origin, url, title, byline, published, language, text) VALUES (?,?,?,?,?,?,?,?)");
      ins.Bind(1, art.doc_id).Bind(2, origin).Bind(3, art.url).Bind(4, art.title).Bind(5, art.byline)
          .Bind(6, art.published).Bind(7, art.language).Bind(8, art.text);
      if (ins.Step() != SQLITE_DONE) return Error("insert document");
    }
    {
      Stmt ins(db_, "INSERT INTO sentences(doc_id, idx, paragraph, start, end, text) VALUES (?,?,?,?,?,?)");
      for (size_t i = 0; i < a.sentences.size(); ++i) {
        const Sentence& s = a.sentences[i];
        ins.Bind(1, art.doc_id).Bind(2, static_cast<long long>(i)).Bind(3, static_cast<long long>(s.paragraph))
            .Bind(4, static_cast<long long>(s.begin)).Bind(5, static_cast<long long>(s.end))
            .Bind(6, art.text.substr(s.begin, s.end - s.begin));
        if (ins.Step() != SQLITE_DONE) return Error("insert sentence");
        ins.Reset();
      }
    }
    {
      Stmt ins(db_, "INSERT INTO mentions(doc_id, sentence, start, end, text, code, name, kind, resolved_from) VALUES (?,?,?,?,?,?,?,?,?)");
      for (const Mention& m : a.mentions) {
        ins.Bind(1, art.doc_id).Bind(2, static_cast<long long>(m.sentence)).Bind(3, static_cast<long long>(m.begin))
            .Bind(4, static_cast<long long>(m.end)).Bind(5, art.text.substr(m.begin, m.end - m.begin))
            .Bind(6, m.code).Bind(7, m.name).Bind(8, m.kind).Bind(9, m.resolved_from);
        if (ins.Step() != SQLITE_DONE) return Error("insert mention");
        ins.Reset();
      }
    }
    {
      Stmt ins(db_, "INSERT INTO events(doc_id, sentence, date, date_source, source_code, source_name, source_text, source_actor, "
                    "target_code, target_name, target_text, target_actor, code, root, quad, goldstein, plover, factuality, "
                    "pattern, reporter, span_start, span_end, text) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)");
      for (const Event& e : a.events) {
        ins.Bind(1, art.doc_id).Bind(2, static_cast<long long>(e.sentence)).Bind(3, e.date.ToString())
            .Bind(4, e.date_source).Bind(5, e.source.code).Bind(6, e.source.name).Bind(7, e.source.text)
            .Bind(8, DyadActor(e.source.code));
        if (e.target) {
          ins.Bind(9, e.target->code).Bind(10, e.target->name).Bind(11, e.target->text).Bind(12, DyadActor(e.target->code));
        } else {
          ins.BindNull(9).BindNull(10).BindNull(11).BindNull(12);
        }
        ins.Bind(13, e.code).Bind(14, e.root).Bind(15, static_cast<long long>(e.quad)).Bind(16, e.goldstein)
            .Bind(17, e.plover).Bind(18, e.factuality).Bind(19, e.pattern).Bind(20, e.reporter)
            .Bind(21, static_cast<long long>(e.span_begin)).Bind(22, static_cast<long long>(e.span_end)).Bind(23, e.text);
        if (ins.Step() != SQLITE_DONE) return Error("insert event");
        ins.Reset();
      }
    }
    return Status::Ok();
  }

  Result<std::vector<DyadRow>> Dyads(const std::string& by) override {
    if (by != "month" && by != "year" && by != "day") return Status::InvalidArgument("--by must be day, month or year");
    int len = by == "year" ? 4 : by == "month" ? 7 : 10;
    std::string sql =
        "SELECT source_actor, target_actor, substr(date, 1, " + std::to_string(len) +
        ") AS period, count(*), avg(goldstein) FROM events "
        "WHERE target_actor IS NOT NULL AND date != '' AND source_actor != target_actor "
        "GROUP BY 1, 2, 3 ORDER BY 1, 2, 3";
    Stmt q(db_, sql.c_str());
    if (!q.ok()) return Error("dyad query");
    std::vector<DyadRow> rows;
    int rc;
    while ((rc = q.Step()) == SQLITE_ROW) {
      DyadRow r;
      r.source = reinterpret_cast<const char*>(sqlite3_column_text(q.get(), 0));
      r.target = reinterpret_cast<const char*>(sqlite3_column_text(q.get(), 1));
      r.period = reinterpret_cast<const char*>(sqlite3_column_text(q.get(), 2));
      r.events = sqlite3_column_int64(q.get(), 3);
      r.goldstein_mean = sqlite3_column_double(q.get(), 4);
      rows.push_back(std::move(r));
    }
    if (rc != SQLITE_DONE) return Error("dyad query");
    return rows;
  }

  Status PutBatch(const std::vector<const Analysis*>& as, const std::string& origin) override {
    for (const Analysis* a : as) ENTENTE_RETURN_IF_ERROR(Put(*a, origin));
    return Status::Ok();
  }
  Result<std::vector<SeriesPoint>> Series(const EventFilter&, const std::string&) override {
    return Status::Unsupported("series: not yet");
  }
  Result<Network> NetworkOf(const EventFilter&) override { return Status::Unsupported("network: not yet"); }
  Result<std::vector<StoredEvent>> Events(const EventFilter&, bool) override {
    return Status::Unsupported("events: not yet");
  }
  Result<std::vector<DocumentRow>> Documents(int, int) override { return Status::Unsupported("documents: not yet"); }
  Result<long long> CountFusedEvents() override { return CountEvents(); }

  Result<long long> CountEvents() override {
    Stmt q(db_, "SELECT count(*) FROM events");
    if (q.Step() != SQLITE_ROW) return Error("count");
    return static_cast<long long>(sqlite3_column_int64(q.get(), 0));
  }

 private:
  sqlite3* db_;
  std::string path_;
};

}  // namespace

Result<std::unique_ptr<Store>> Store::Open(const std::string& target, bool read_only) {
  if (target.rfind("postgresql://", 0) == 0 || target.rfind("postgres://", 0) == 0)
    return Status::Unsupported(target + ": PostgreSQL storage is not built into this version");
  sqlite3* db = nullptr;
  if (sqlite3_open_v2(target.c_str(), &db, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE, nullptr) != SQLITE_OK) {
    std::string m = db ? sqlite3_errmsg(db) : "out of memory";
    sqlite3_close(db);
    return Status::IoError(target + ": " + m);
  }
  sqlite3_busy_timeout(db, 5000);
  auto store = std::make_unique<SqliteStore>(db, target);
  Status st = store->Exec(kSchema);
  if (!st.ok()) return Status::Corrupt(st.message() + " (is it an entente SQLite database?)");
  return std::unique_ptr<Store>(std::move(store));
}

}  // namespace entente
