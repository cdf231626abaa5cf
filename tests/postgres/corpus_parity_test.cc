// The whole throughput corpus (../shared/corpus) ingested into PostgreSQL and into SQLite
// gives the same answers to every query. Skipped when ../shared or the server is absent.
#include <gtest/gtest.h>

#include <cmath>
#include <filesystem>
#include <sstream>

#include "ingest/input_reader.h"
#include "store/store.h"
#include "store_backends.h"
#include "test_util.h"

namespace entente {
namespace {

std::string Round(double v) {
  std::ostringstream o;
  o.precision(6);
  o << std::fixed << (std::fabs(v) < 5e-7 ? 0.0 : v);
  return o.str();
}

// Everything a user can ask, as text: equal text means equal answers.
std::string Answers(Store& s) {
  std::ostringstream o;
  o << "events " << *s.CountEvents() << " fused " << *s.CountFusedEvents() << "\n";
  for (const char* by : {"month", "year"}) {
    auto rows = s.Dyads(by);
    EXPECT_TRUE(rows.ok());
    for (const DyadRow& r : *rows)
      o << "dyad " << r.source << " " << r.target << " " << r.period << " " << r.events << " " << Round(r.goldstein_mean) << "\n";
  }
  auto net = s.NetworkOf({});
  EXPECT_TRUE(net.ok());
  for (const NetworkEdge& e : net->edges)
    o << "edge " << e.source << " " << e.target << " " << e.events << " " << e.cooperation << " " << e.conflict << " "
      << Round(e.goldstein_sum) << "\n";
  for (size_t i = 0; i < std::min<size_t>(net->edges.size(), 10); ++i) {
    EventFilter f;
    f.source = net->edges[i].source, f.target = net->edges[i].target;
    for (const char* by : {"day", "week", "month", "year"}) {
      auto series = s.Series(f, by);
      EXPECT_TRUE(series.ok());
      for (const SeriesPoint& p : *series)
        o << "series " << by << " " << p.period << " " << p.events << " " << p.mentions << " " << Round(p.goldstein_sum)
          << " " << p.quad[0] << p.quad[1] << p.quad[2] << p.quad[3] << "\n";
    }
    f.limit = 50;
    auto events = s.Events(f, true);
    EXPECT_TRUE(events.ok());
    for (const StoredEvent& e : *events) {
      o << "event " << e.date << " " << e.source_code << " " << e.target_code << " " << e.code << " " << e.factuality
        << " " << e.mentions << " " << e.articles << " " << e.sources << " " << e.text << "\n";
      for (const Evidence& x : e.evidence) o << "  " << x.doc_id << " " << x.sentence << " " << x.span_start << "\n";
    }
  }
  auto docs = s.Documents(100000, 0);
  EXPECT_TRUE(docs.ok());
  for (const DocumentRow& d : *docs) o << "doc " << d.id << " " << d.published << " " << d.events << "\n";
  return o.str();
}

TEST(CorpusParity, PostgresAndSqliteGiveIdenticalAnswers) {
  std::string dir = testing::SourceDir() + "/../shared/corpus";
  InputOptions in;
  std::error_code ec;
  for (auto& e : std::filesystem::directory_iterator(dir, ec))
    if (e.path().extension() == ".jsonl") in.jsonl.push_back(e.path().string());
  if (in.jsonl.empty()) GTEST_SKIP() << dir << " absent";
  std::sort(in.jsonl.begin(), in.jsonl.end());
  testing::TestDatabase lite("sqlite", "parity"), pg("postgres", "parity");
  if (pg.target().empty()) GTEST_SKIP() << "no PostgreSQL test server";
  auto a = Store::Open(lite.target());
  auto b = Store::Open(pg.target());
  ASSERT_TRUE(a.ok() && b.ok());
  std::vector<Analysis> batch;
  size_t docs = 0;
  auto flush = [&] {
    std::vector<std::pair<const Analysis*, std::string>> ptrs;
    for (const Analysis& x : batch) ptrs.push_back({&x, "corpus"});
    ASSERT_TRUE((*a)->PutBatch(ptrs).ok());
    Status st = (*b)->PutBatch(ptrs);
    ASSERT_TRUE(st.ok()) << st.ToString();
    batch.clear();
  };
  ASSERT_TRUE(ReadInputs(in, [&](Result<Document> d) {
                if (!d.ok()) return;
                auto r = testing::ShippedPipeline().Process(*d);
                if (!r.ok()) return;
                batch.push_back(std::move(*r));
                ++docs;
                if (batch.size() == 200) flush();
              }).ok());
  flush();
  ASSERT_GT(docs, 1000u);
  std::string x = Answers(**a), y = Answers(**b);
  EXPECT_GT(x.size(), 10000u);
  EXPECT_EQ(x, y);
}

}  // namespace
}  // namespace entente
