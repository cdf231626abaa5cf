#include "serve/response_cache.h"

#include <gtest/gtest.h>

namespace entente::serve {
namespace {

TEST(ServeCache, HitOnlyAtTheSameVersion) {
  ResponseCache c(1 << 20);
  c.Put("k", "v1", {200, "body1"});
  auto hit = c.Get("k", "v1");
  ASSERT_TRUE(hit.has_value());
  EXPECT_EQ(hit->body, "body1");
  EXPECT_FALSE(c.Get("k", "v2").has_value());
  EXPECT_FALSE(c.Get("k", "v1").has_value());  // the stale entry is gone
  EXPECT_EQ(c.entries(), 0u);
}

TEST(ServeCache, OnlySuccessfulAnswersAreKept) {
  ResponseCache c(1 << 20);
  c.Put("bad", "v", {400, "{\"error\":\"x\"}"});
  c.Put("err", "v", {500, "{}"});
  EXPECT_EQ(c.entries(), 0u);
  ResponseCache none(0);
  none.Put("k", "v", {200, "b"});
  EXPECT_FALSE(none.Get("k", "v").has_value());
}

TEST(ServeCache, LeastRecentlyUsedGoesFirstWithinTheBound) {
  ResponseCache c(8000);
  std::string body(900, 'x');
  for (int i = 0; i < 8; ++i) c.Put("k" + std::to_string(i), "v", {200, body});
  ASSERT_TRUE(c.Get("k0", "v").has_value());  // k0 is now the most recent
  c.Put("k8", "v", {200, body});
  c.Put("k9", "v", {200, body});
  EXPECT_LE(c.bytes(), 8000u);
  EXPECT_TRUE(c.Get("k0", "v").has_value());
  EXPECT_FALSE(c.Get("k1", "v").has_value());
  EXPECT_TRUE(c.Get("k9", "v").has_value());
  c.Put("huge", "v", {200, std::string(2000, 'y')});  // over an eighth of the cache
  EXPECT_FALSE(c.Get("huge", "v").has_value());
}

TEST(ServeCache, KeysSeparateParameters) {
  EXPECT_NE(CacheKey("/api/events", {{"source", "PRK"}, {"target", "CHN"}}),
            CacheKey("/api/events", {{"source", "PRK&target=CHN"}}));
  EXPECT_EQ(CacheKey("/api/events", {{"target", "CHN"}, {"source", "PRK"}}),
            CacheKey("/api/events", {{"source", "PRK"}, {"target", "CHN"}}));
  EXPECT_NE(CacheKey("/api/series", {}), CacheKey("/api/events", {}));
}

}  // namespace
}  // namespace entente::serve
