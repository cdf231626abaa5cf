#include "pipeline/ordered_runner.h"

#include <gtest/gtest.h>

#include "test_util.h"

namespace entente {

// Results come back in input order, read errors in their place, whatever the threads.
TEST(OrderedRunner, KeepsInputOrderWithErrorsInPlace) {
  for (int threads : {1, 2, 4}) {
    std::vector<std::string> seen;
    OrderedRunner runner(&testing::ShippedPipeline(), threads,
                         [&](Result<Document>& d, Result<Analysis>* a) {
                           if (!d.ok()) {
                             seen.push_back("error");
                             return;
                           }
                           ASSERT_NE(a, nullptr);
                           ASSERT_TRUE(a->ok());
                           seen.push_back((*a)->article.doc_id + ":" + std::to_string((*a)->events.size()));
                         },
                         /*window=*/3);
    std::vector<std::string> want;
    for (int i = 0; i < 40; ++i) {
      if (i % 7 == 3) {
        runner.Push(Status::InvalidArgument("bad input"));
        want.push_back("error");
        continue;
      }
      // Longer documents first, so that later ones finish earlier on other threads.
      std::string text = i % 2 ? "Kim Jong Un met Xi Jinping in Beijing." : std::string(
          "Russia condemned the United States. China praised Vietnam. Laos thanked Cuba for its help. ");
      runner.Push(testing::TextDoc(text, "2024-03-21", "d" + std::to_string(i)));
      want.push_back("d" + std::to_string(i) + ":" + (i % 2 ? "1" : "3"));
    }
    runner.Finish();
    EXPECT_EQ(seen, want) << threads << " threads";
  }
}

}  // namespace entente
