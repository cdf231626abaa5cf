// Writing documents: delete the earlier version, insert the new one, re-fuse every
// fusion key the two versions touch — all in one transaction.
#include <ctime>

#include "fusion/event_fusion.h"
#include "store/sql_store.h"

namespace entente {
namespace {

std::string NowUtc() {
  std::time_t t = std::time(nullptr);
  std::tm tm{};
  gmtime_r(&t, &tm);
  char buf[32];
  std::strftime(buf, sizeof buf, "%Y-%m-%d %H:%M:%S", &tm);
  return buf;
}

SqlParam Int(size_t v) { return static_cast<long long>(v); }
SqlParam OrNull(const std::string& s) { return s.empty() ? SqlParam() : SqlParam(s); }

// Meetings, negotiations and signed agreements are mutual: "Xi met Kim" and "Kim met Xi"
// report the same happening, so their key does not depend on the direction.
bool Mutual(const std::string& code) { return code == "040" || code == "044" || code == "046" || code == "057"; }

std::string EventKey(const Event& e) {
  std::string source = DyadActor(e.source.code), target = e.target ? DyadActor(e.target->code) : "";
  if (Mutual(e.code) && !target.empty() && target < source) std::swap(source, target);
  return FusionKey(source, target, e.root, e.factuality);
}

}  // namespace

Status SqlStore::Put(const Analysis& analysis, const std::string& origin) {
  return PutBatch({{&analysis, origin}});
}

Status SqlStore::PutBatch(const std::vector<std::pair<const Analysis*, std::string>>& documents) {
  if (read_only_) return Status::InvalidArgument(db_->name() + ": opened read-only");
  ENTENTE_RETURN_IF_ERROR(db_->BeginWrite());
  std::set<std::string> keys;
  Status st;
  for (const auto& [a, origin] : documents) {
    st = WriteDocument(*a, origin, keys);
    if (!st.ok()) break;
  }
  for (auto it = keys.begin(); st.ok() && it != keys.end(); ++it) st = Refuse(*it);
  if (st.ok()) {  // the version readers compare to know their cached answers are stale
    auto r = db_->Query("UPDATE meta SET value = CAST(CAST(value AS BIGINT) + 1 AS TEXT) WHERE key = 'writes'");
    if (!r.ok()) st = r.status();
  }
  if (!st.ok()) {
    (void)db_->Rollback();
    return st;
  }
  return db_->Commit();
}

Status SqlStore::WriteDocument(const Analysis& a, const std::string& origin, std::set<std::string>& keys) {
  const Article& art = a.article;
  const std::string& id = art.doc_id;
  auto old = db_->Query("SELECT DISTINCT fusion_key FROM events WHERE doc_id = ?", {id});
  if (!old.ok()) return old.status();
  for (size_t r = 0; r < old->size(); ++r) keys.insert(old->Text(r, 0));
  // Children go by ON DELETE CASCADE.
  if (auto r = db_->Query("DELETE FROM documents WHERE id = ?", {id}); !r.ok()) return r.status();
  if (auto r = db_->Query("INSERT INTO documents(id, origin, url, publisher, title, byline, published, language, "
                          "text, ingested_at) VALUES (?,?,?,?,?,?,?,?,?,?)",
                          {id, origin, art.url, Publisher(art.url), art.title, art.byline, art.published,
                           art.language, art.text, NowUtc()});
      !r.ok())
    return r.status();
  for (size_t i = 0; i < a.sentences.size(); ++i) {
    const Sentence& s = a.sentences[i];
    auto r = db_->Query("INSERT INTO sentences(doc_id, idx, paragraph, byte_start, byte_end, text) VALUES (?,?,?,?,?,?)",
                        {id, Int(i), Int(s.paragraph), Int(s.begin), Int(s.end), art.text.substr(s.begin, s.end - s.begin)});
    if (!r.ok()) return r.status();
  }
  for (const Mention& m : a.mentions) {
    auto r = db_->Query("INSERT INTO mentions(doc_id, sentence, byte_start, byte_end, text, code, name, kind, "
                        "resolved_from) VALUES (?,?,?,?,?,?,?,?,?)",
                        {id, Int(m.sentence), Int(m.begin), Int(m.end), art.text.substr(m.begin, m.end - m.begin),
                         m.code, m.name, m.kind, m.resolved_from});
    if (!r.ok()) return r.status();
  }
  for (const Event& e : a.events) {
    std::string key = EventKey(e);
    keys.insert(key);
    SqlParam tcode, tname, ttext, tactor;
    if (e.target) tcode = e.target->code, tname = e.target->name, ttext = e.target->text, tactor = DyadActor(e.target->code);
    auto r = db_->Query(
        "INSERT INTO events(doc_id, sentence, date, date_source, source_code, source_name, source_text, source_actor, "
        "target_code, target_name, target_text, target_actor, code, root, quad, goldstein, plover, factuality, "
        "pattern, reporter, span_start, span_end, text, fusion_key) "
        "VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)",
        {id, Int(e.sentence), e.date.ToString(), e.date_source, e.source.code, e.source.name, e.source.text,
         DyadActor(e.source.code), tcode, tname, ttext, tactor, e.code, e.root, static_cast<long long>(e.quad),
         e.goldstein, e.plover, e.factuality, e.pattern, OrNull(e.reporter), Int(e.span_begin), Int(e.span_end),
         e.text, key});
    if (!r.ok()) return r.status();
  }
  return Status::Ok();
}

Status SqlStore::Refuse(const std::string& key) {
  auto rows = db_->Query(
      "SELECT e.id, e.doc_id, d.publisher, e.date, e.code, e.text, e.source_actor, e.source_code, e.source_name, "
      "e.target_actor, e.target_code, e.target_name, e.root, e.quad, e.goldstein, e.plover, e.factuality "
      "FROM events e JOIN documents d ON d.id = e.doc_id WHERE e.fusion_key = ? "
      "ORDER BY e.date, e.doc_id, e.sentence, e.span_start, e.id",
      {key});
  if (!rows.ok()) return rows.status();
  std::vector<std::vector<SqlParam>> months;  // dyad_months rows this key contributed to
  ENTENTE_RETURN_IF_ERROR(AddToMonths(key, -1, &months));
  if (auto r = db_->Query("DELETE FROM event_groups WHERE fusion_key = ?", {key}); !r.ok()) return r.status();
  std::vector<FusionReport> reports(rows->size());
  for (size_t i = 0; i < rows->size(); ++i)
    reports[i] = {rows->Text(i, 1), rows->Text(i, 2), rows->Text(i, 3), rows->Text(i, 4), rows->Text(i, 5)};
  for (const auto& group : FuseReports(reports)) {
    FusedSummary sum = Summarize(reports, group);
    size_t r = sum.representative;
    const SqlRows& x = *rows;
    SqlParam target_actor = x.IsNull(r, 9) ? SqlParam() : SqlParam(x.Text(r, 9));
    SqlParam target_code = x.IsNull(r, 10) ? SqlParam() : SqlParam(x.Text(r, 10));
    SqlParam target_name = x.IsNull(r, 11) ? SqlParam() : SqlParam(x.Text(r, 11));
    auto ins = db_->Query(
        "INSERT INTO event_groups(fusion_key, date, source_actor, source_code, source_name, target_actor, "
        "target_code, target_name, code, root, quad, goldstein, plover, factuality, mentions, articles, sources, text) "
        "VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?) RETURNING id",
        {key, sum.date, x.Text(r, 6), x.Text(r, 7), x.Text(r, 8), target_actor, target_code, target_name,
         x.Text(r, 4), x.Text(r, 12), x.Int(r, 13), x.Real(r, 14), x.Text(r, 15), x.Text(r, 16),
         static_cast<long long>(group.size()), sum.articles, sum.sources, x.Text(group.front(), 5)});
    if (!ins.ok()) return ins.status();
    long long gid = ins->Int(0, 0);
    for (size_t m : group)
      if (auto u = db_->Query("UPDATE events SET group_id = ? WHERE id = ?", {gid, x.Int(m, 0)}); !u.ok())
        return u.status();
  }
  ENTENTE_RETURN_IF_ERROR(AddToMonths(key, +1, nullptr));
  for (const auto& m : months) {
    auto del = db_->Query("DELETE FROM dyad_months WHERE source_actor = ? AND target_actor = ? AND period = ? AND "
                          "quad = ? AND factuality = ? AND events = 0",
                          m);
    if (!del.ok()) return del.status();
  }
  return Status::Ok();
}

// dyad_months holds, per (source, target, month or year-only date, quad, factuality), the
// fused events' count, mentions and Goldstein sum in exact tenths: the key's groups are
// subtracted before re-fusion and added after, and emptied rows are dropped.
Status SqlStore::AddToMonths(const std::string& key, int sign, std::vector<std::vector<SqlParam>>* touched) {
  auto rows = db_->Query(
      "SELECT source_actor, target_actor, substr(date, 1, 7), quad, factuality, count(*), sum(mentions), "
      "sum(CAST(round(goldstein * 10) AS BIGINT)) FROM event_groups "
      "WHERE fusion_key = ? AND date <> '' AND target_actor IS NOT NULL "
      "GROUP BY source_actor, target_actor, substr(date, 1, 7), quad, factuality",
      {key});
  if (!rows.ok()) return rows.status();
  for (size_t r = 0; r < rows->size(); ++r) {
    std::vector<SqlParam> p = {rows->Text(r, 0), rows->Text(r, 1), rows->Text(r, 2), rows->Int(r, 3), rows->Text(r, 4),
                               sign * rows->Int(r, 5), sign * rows->Int(r, 6), sign * rows->Int(r, 7)};
    auto up = db_->Query(
        "INSERT INTO dyad_months(source_actor, target_actor, period, quad, factuality, events, mentions, "
        "goldstein_tenths) VALUES (?,?,?,?,?,?,?,?) ON CONFLICT (source_actor, target_actor, period, quad, factuality) "
        "DO UPDATE SET events = dyad_months.events + excluded.events, mentions = dyad_months.mentions + "
        "excluded.mentions, goldstein_tenths = dyad_months.goldstein_tenths + excluded.goldstein_tenths",
        p);
    if (!up.ok()) return up.status();
    if (touched) touched->push_back({p.begin(), p.begin() + 5});
  }
  return Status::Ok();
}

}  // namespace entente
