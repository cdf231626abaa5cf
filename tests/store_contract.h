// What every Store backend must do, as value-parameterised tests: instantiate with
// INSTANTIATE_TEST_SUITE_P(Name, StoreContract, ::testing::Values("sqlite"|"postgres")).
// Included by exactly one test file per test binary.
#pragma once

#include <gtest/gtest.h>

#include <algorithm>

#include "store/store.h"
#include "store_backends.h"
#include "test_util.h"

namespace entente {

class StoreContract : public ::testing::TestWithParam<std::string> {
 protected:
  std::unique_ptr<Store> OpenFresh(const std::string& name) {
    db_ = std::make_unique<testing::TestDatabase>(GetParam(), name);
    if (db_->target().empty()) return nullptr;
    auto s = Store::Open(db_->target());
    EXPECT_TRUE(s.ok()) << s.status().ToString();
    return s.ok() ? std::move(*s) : nullptr;
  }
  static Analysis Analyse(const std::string& text, const std::string& published, const std::string& id,
                          const std::string& url = "") {
    Document d = testing::TextDoc(text, published, id);
    d.url = url;
    auto a = testing::ShippedPipeline().Process(d);
    EXPECT_TRUE(a.ok());
    return a.ok() ? *a : Analysis{};
  }
  std::unique_ptr<testing::TestDatabase> db_;
};

#define OPEN_OR_SKIP(store, name)                                                     \
  auto store = OpenFresh(name);                                                       \
  if (!store && GetParam() == "postgres") GTEST_SKIP() << "no PostgreSQL test server"; \
  ASSERT_TRUE(store)

static const char* kMeeting =
    "Kim Jong Un met Chinese President Xi Jinping in Beijing on Tuesday. Russia condemned the United States.";

TEST_P(StoreContract, ReingestReplacesNeverDuplicates) {
  OPEN_OR_SKIP(store, "reingest");
  Analysis a = Analyse(kMeeting, "2024-03-21", "doc1");
  ASSERT_GE(a.events.size(), 2u);
  long long writes = *store->WriteCount();
  ASSERT_TRUE(store->Put(a, "test").ok());
  EXPECT_EQ(*store->WriteCount(), writes + 1);
  long long once = *store->CountEvents();
  EXPECT_EQ(once, static_cast<long long>(a.events.size()));
  ASSERT_TRUE(store->Put(a, "test").ok());
  EXPECT_EQ(*store->CountEvents(), once);
  EXPECT_EQ(*store->CountFusedEvents(), once);  // one report each
  auto docs = store->Documents(10, 0);
  ASSERT_TRUE(docs.ok());
  ASSERT_EQ(docs->size(), 1u);
  EXPECT_EQ((*docs)[0].events, once);
}

TEST_P(StoreContract, DyadsByMonthAndYear) {
  OPEN_OR_SKIP(store, "dyads");
  ASSERT_TRUE(store->Put(Analyse(kMeeting, "2024-03-21", "doc1"), "test").ok());
  auto rows = store->Dyads("month");
  ASSERT_TRUE(rows.ok()) << rows.status().ToString();
  bool found = false;
  for (const DyadRow& r : *rows)
    if (r.source == "PRK" && r.target == "CHN" && r.period == "2024-03") found = r.events >= 1;
  EXPECT_TRUE(found);
  auto years = store->Dyads("year");
  ASSERT_TRUE(years.ok());
  for (const DyadRow& r : *years) EXPECT_EQ(r.period.size(), 4u);
  EXPECT_FALSE(store->Dyads("fortnight").ok());
}

// Three publishers report one meeting: one fused event, three sources; re-coding one
// article (now about something else) takes its report out of the fused event.
TEST_P(StoreContract, ThreeArticlesOneMeetingIsOneEvent) {
  OPEN_OR_SKIP(store, "fusion");
  ASSERT_TRUE(store->Put(Analyse("North Korean leader Kim Jong Un met Chinese President Xi Jinping in Beijing on Tuesday.",
                                 "2024-03-20", "a1", "https://www.koreatimes.co.kr/a1"), "t").ok());
  ASSERT_TRUE(store->Put(Analyse("Xi Jinping held talks with Kim Jong Un on Tuesday in Beijing, state media said.",
                                 "2024-03-21", "a2", "https://www.nknews.org/a2"), "t").ok());
  ASSERT_TRUE(store->Put(Analyse("Kim Jong Un met Xi Jinping in the Chinese capital on Tuesday, KCNA reported.",
                                 "2024-03-21", "a3", "https://www.yna.co.kr/a3"), "t").ok());
  EventFilter f;
  f.source = "PRK", f.target = "CHN";
  f.code = "04";
  auto events = store->Events(f, true);
  ASSERT_TRUE(events.ok()) << events.status().ToString();
  ASSERT_EQ(events->size(), 1u);
  const StoredEvent& e = (*events)[0];
  EXPECT_EQ(e.date, "2024-03-19");
  EXPECT_EQ(e.articles, 3);
  EXPECT_EQ(e.sources, 3);
  EXPECT_GE(e.mentions, 3);
  std::vector<std::string> docs;
  for (const Evidence& x : e.evidence) {
    docs.push_back(x.doc_id);
    ASSERT_LE(x.span_start, x.span_end);
    ASSERT_LE(x.span_end, x.text.size());
    EXPECT_NE(x.text.find("Kim"), std::string::npos);
  }
  std::sort(docs.begin(), docs.end());
  docs.erase(std::unique(docs.begin(), docs.end()), docs.end());
  EXPECT_EQ(docs, (std::vector<std::string>{"a1", "a2", "a3"}));

  ASSERT_TRUE(store->Put(Analyse("Russia condemned the United States on Tuesday.", "2024-03-21", "a3",
                                 "https://www.yna.co.kr/a3"), "t").ok());
  events = store->Events(f, true);
  ASSERT_TRUE(events.ok());
  ASSERT_EQ(events->size(), 1u);
  EXPECT_EQ((*events)[0].articles, 2);
  EXPECT_EQ((*events)[0].sources, 2);
}

TEST_P(StoreContract, MeetingsMonthsApartStayApart) {
  OPEN_OR_SKIP(store, "apart");
  ASSERT_TRUE(store->Put(Analyse("Kim Jong Un met Xi Jinping in Beijing on Tuesday.", "2018-03-28", "m1"), "t").ok());
  ASSERT_TRUE(store->Put(Analyse("Kim Jong Un met Xi Jinping in Dalian on Tuesday.", "2018-05-09", "m2"), "t").ok());
  EventFilter f;
  f.source = "PRK", f.target = "CHN", f.code = "04";
  auto events = store->Events(f, false);
  ASSERT_TRUE(events.ok());
  ASSERT_EQ(events->size(), 2u);
  EXPECT_EQ((*events)[0].date, "2018-05-08");  // newest first
  EXPECT_EQ((*events)[1].date, "2018-03-27");
}

TEST_P(StoreContract, SeriesNetworkAndFilters) {
  OPEN_OR_SKIP(store, "series");
  std::vector<Analysis> docs = {
      Analyse("Kim Jong Un met Xi Jinping in Beijing on Tuesday.", "2018-03-28", "s1"),
      Analyse("North Korea accused China of betrayal on Monday.", "2018-04-10", "s2"),
      Analyse("Xi Jinping praised Kim Jong Un on Friday.", "2018-04-14", "s3"),
      Analyse("Russia condemned the United States on Monday.", "2018-04-10", "s4"),
  };
  std::vector<std::pair<const Analysis*, std::string>> batch;
  for (const Analysis& a : docs) batch.push_back({&a, "t"});
  ASSERT_TRUE(store->PutBatch(batch).ok());
  EventFilter f;
  f.source = "PRK", f.target = "CHN";
  auto months = store->Series(f, "month");
  ASSERT_TRUE(months.ok()) << months.status().ToString();
  ASSERT_EQ(months->size(), 2u);
  EXPECT_EQ((*months)[0].period, "2018-03");
  EXPECT_EQ((*months)[0].events, 1);
  EXPECT_EQ((*months)[0].quad[0] + (*months)[0].quad[1], 1);
  EXPECT_EQ((*months)[1].period, "2018-04");
  EXPECT_EQ((*months)[1].events, 2);  // the accusation and, the other way, the praise
  EXPECT_EQ((*months)[1].quad[2] + (*months)[1].quad[3], 1);
  f.both_directions = false;
  auto directed = store->Series(f, "month");
  ASSERT_TRUE(directed.ok());
  long long n = 0;
  for (const auto& p : *directed) n += p.events;
  EXPECT_EQ(n, 2);
  auto weeks = store->Series(f, "week");
  ASSERT_TRUE(weeks.ok());
  ASSERT_FALSE(weeks->empty());
  EXPECT_EQ((*weeks)[0].period, "2018-W13");
  EXPECT_FALSE(store->Series(f, "fortnight").ok());

  EventFilter all;
  auto net = store->NetworkOf(all);
  ASSERT_TRUE(net.ok());
  bool rus_usa = false, prk_chn = false;
  for (const NetworkEdge& e : net->edges) {
    if (e.source == "RUS" && e.target == "USA") rus_usa = e.conflict == 1;
    if (e.source == "PRK" && e.target == "CHN") prk_chn = e.cooperation == 1 && e.conflict == 1;
  }
  EXPECT_TRUE(rus_usa);
  EXPECT_TRUE(prk_chn);
  EventFilter april;
  april.from = "2018-04";
  april.to = "2018-04";
  april.actor = "PRK";
  auto ev = store->Events(april, false);
  ASSERT_TRUE(ev.ok());
  EXPECT_EQ(ev->size(), 2u);
  april.code = "11";
  ev = store->Events(april, false);
  ASSERT_TRUE(ev.ok());
  ASSERT_EQ(ev->size(), 1u);
  EXPECT_EQ((*ev)[0].code.substr(0, 2), "11");
  april.code.clear();
  april.factuality = {"negated"};
  ev = store->Events(april, false);
  ASSERT_TRUE(ev.ok());
  EXPECT_TRUE(ev->empty());
}

// The monthly aggregate follows every write: after documents are added, replaced and
// emptied, month series from it equal those computed from the fused events themselves
// (a day-precise lower bound makes the store read event_groups).
TEST_P(StoreContract, MonthlyAggregateFollowsRewrites) {
  OPEN_OR_SKIP(store, "months");
  const char* texts[] = {"Kim Jong Un met Xi Jinping in Beijing on Tuesday. North Korea accused China of betrayal.",
                         "China praised North Korea on Monday. Xi Jinping met Kim Jong Un in Dalian on Friday.",
                         "Russia condemned the United States on Monday. Kim Jong Un visited Moscow."};
  for (int round = 0; round < 3; ++round)
    for (int d = 0; d < 3; ++d)
      ASSERT_TRUE(store->Put(Analyse(texts[(d + round) % 3], round == 2 && d == 1 ? "2019-01-02" : "2018-04-1" + std::to_string(d),
                                     "doc" + std::to_string(d)), "t").ok());
  ASSERT_TRUE(store->Put(Analyse("The weather was mild on Monday and the markets were calm across the region.", "2018-04-12", "doc0"), "t").ok());
  for (const auto& [s, t] : {std::pair<std::string, std::string>{"PRK", "CHN"}, {"RUS", "USA"}, {"PRK", "RUS"}}) {
    EventFilter a;
    a.source = s, a.target = t;
    EventFilter b = a;
    b.from = "0001-01-01";
    for (const char* by : {"month", "year"}) {
      auto x = store->Series(a, by), y = store->Series(b, by);
      ASSERT_TRUE(x.ok() && y.ok());
      ASSERT_EQ(x->size(), y->size()) << s << t << by;
      for (size_t i = 0; i < x->size(); ++i) {
        EXPECT_EQ((*x)[i].period, (*y)[i].period);
        EXPECT_EQ((*x)[i].events, (*y)[i].events);
        EXPECT_EQ((*x)[i].mentions, (*y)[i].mentions);
        EXPECT_NEAR((*x)[i].goldstein_sum, (*y)[i].goldstein_sum, 1e-9);
        for (int q = 0; q < 4; ++q) EXPECT_EQ((*x)[i].quad[q], (*y)[i].quad[q]);
      }
    }
  }
}

TEST_P(StoreContract, ReadOnlyStoreRefusesWrites) {
  OPEN_OR_SKIP(store, "readonly");
  ASSERT_TRUE(store->Put(Analyse(kMeeting, "2024-03-21", "doc1"), "test").ok());
  store.reset();
  auto ro = Store::Open(db_->target(), true);
  ASSERT_TRUE(ro.ok()) << ro.status().ToString();
  EXPECT_FALSE((*ro)->Put(Analyse(kMeeting, "2024-03-21", "doc2"), "test").ok());
  EXPECT_GE(*(*ro)->CountEvents(), 2);
}

}  // namespace entente
