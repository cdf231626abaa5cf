#include "store/store.h"

#include <gtest/gtest.h>
#include <sqlite3.h>

#include <filesystem>

#include "test_util.h"

namespace entente {

static std::string TempDb(const char* name) {
  auto p = std::filesystem::temp_directory_path() / (std::string("entente_") + name + "_" + std::to_string(getpid()) + ".db");
  std::filesystem::remove(p);
  return p.string();
}

static Analysis Sample(const std::string& id) {
  auto a = testing::ShippedPipeline().Process(testing::TextDoc(
      "Kim Jong Un met Chinese President Xi Jinping in Beijing on Tuesday. Russia condemned the United States.",
      "2024-03-21", id));
  EXPECT_TRUE(a.ok());
  return a.value();
}

TEST(SqliteStore, ReingestReplacesNeverDuplicates) {
  std::string path = TempDb("reingest");
  auto store = Store::Open(path);
  ASSERT_TRUE(store.ok()) << store.status().ToString();
  Analysis a = Sample("doc1");
  ASSERT_FALSE(a.events.empty());
  ASSERT_TRUE((*store)->Put(a, "test").ok());
  long long once = *(*store)->CountEvents();
  ASSERT_TRUE((*store)->Put(a, "test").ok());
  EXPECT_EQ(*(*store)->CountEvents(), once);
  ASSERT_TRUE((*store)->Put(Sample("doc2"), "test").ok());
  EXPECT_EQ(*(*store)->CountEvents(), 2 * once);
  std::filesystem::remove(path);
}

TEST(SqliteStore, DyadsByMonthAndYear) {
  std::string path = TempDb("dyads");
  auto store = Store::Open(path);
  ASSERT_TRUE(store.ok());
  ASSERT_TRUE((*store)->Put(Sample("doc1"), "test").ok());
  auto rows = (*store)->Dyads("month");
  ASSERT_TRUE(rows.ok());
  bool found = false;
  for (const DyadRow& r : *rows)
    if (r.source == "PRK" && r.target == "CHN" && r.period == "2024-03") found = r.events >= 1;
  EXPECT_TRUE(found);
  auto years = (*store)->Dyads("year");
  ASSERT_TRUE(years.ok());
  for (const DyadRow& r : *years) EXPECT_EQ(r.period.size(), 4u);
  EXPECT_FALSE((*store)->Dyads("fortnight").ok());
  std::filesystem::remove(path);
}

TEST(SqliteStore, NotADatabaseIsAClearError) {
  std::string path = TempDb("garbage");
  FILE* f = std::fopen(path.c_str(), "wb");
  std::fputs("this is not a database, just text that is long enough to fill the header ........", f);
  std::fclose(f);
  auto store = Store::Open(path);
  ASSERT_FALSE(store.ok());
  EXPECT_NE(store.status().message().find(path), std::string::npos);
  std::filesystem::remove(path);
}

TEST(DyadActor, CountryPartOrOrganisation) {
  EXPECT_EQ(DyadActor("PRKGOV"), "PRK");
  EXPECT_EQ(DyadActor("IGOUNO"), "IGOUNO");
  EXPECT_EQ(DyadActor("CHN"), "CHN");
}

}  // namespace entente
