#include <gtest/gtest.h>

#include <cstdio>
#include <filesystem>

#include "store_contract.h"

namespace entente {

INSTANTIATE_TEST_SUITE_P(Sqlite, StoreContract, ::testing::Values("sqlite"));

TEST(SqliteStore, NotADatabaseIsAClearError) {
  auto path = (std::filesystem::temp_directory_path() / ("entente_garbage_" + std::to_string(getpid()) + ".db")).string();
  FILE* f = std::fopen(path.c_str(), "wb");
  std::fputs("this is not a database, just text that is long enough to fill the header ........", f);
  std::fclose(f);
  auto store = Store::Open(path);
  ASSERT_FALSE(store.ok());
  EXPECT_NE(store.status().message().find(path), std::string::npos);
  std::filesystem::remove(path);
}

TEST(SqliteStore, MissingDatabaseReadOnlyIsAnError) {
  auto store = Store::Open("/nonexistent/dir/x.db", true);
  ASSERT_FALSE(store.ok());
  EXPECT_NE(store.status().message().find("/nonexistent/dir/x.db"), std::string::npos);
}

TEST(DyadActor, CountryPartOrOrganisation) {
  EXPECT_EQ(DyadActor("PRKGOV"), "PRK");
  EXPECT_EQ(DyadActor("IGOUNO"), "IGOUNO");
  EXPECT_EQ(DyadActor("CHN"), "CHN");
}

TEST(Publisher, HostWithoutWww) {
  EXPECT_EQ(Publisher("https://www.KoreaTimes.co.kr/www/nation/2018.html"), "koreatimes.co.kr");
  EXPECT_EQ(Publisher("http://user@nknews.org:8080/x"), "nknews.org");
  EXPECT_EQ(Publisher(""), "");
  EXPECT_EQ(Publisher("seeds.jsonl:3"), "");
}

}  // namespace entente
