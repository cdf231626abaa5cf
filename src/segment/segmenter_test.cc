#include "segment/segmenter.h"

#include <gtest/gtest.h>

#include "test_util.h"

namespace entente {

static std::vector<std::string> Texts(const std::string& text) {
  std::vector<std::string> out;
  for (const Sentence& s : Segment(text, nullptr)) out.push_back(text.substr(s.begin, s.end - s.begin));
  return out;
}

TEST(Segmenter, SplitsSentencesNotAbbreviations) {
  auto s = Texts("Since North Korea and China established ties on Oct. 6, 1949, they were close. Mr. Kim agreed. "
                 "The U.S. Joe Biden administration spoke.");
  ASSERT_EQ(s.size(), 3u);
  EXPECT_EQ(s[1], "Mr. Kim agreed.");
}

TEST(Segmenter, ParagraphsAreBoundaries) {
  auto sents = Segment("First line without period\n\nSecond paragraph. Third sentence.", nullptr);
  ASSERT_EQ(sents.size(), 3u);
  EXPECT_EQ(sents[0].paragraph, 0u);
  EXPECT_EQ(sents[1].paragraph, 1u);
  EXPECT_EQ(sents[2].paragraph, 1u);
}

TEST(Segmenter, QuotesCloseSentences) {
  auto s = Texts("He said \"we agree.\" Then he left.");
  ASSERT_EQ(s.size(), 2u);
  EXPECT_EQ(s[0], "He said \"we agree.\"");
}

TEST(Tokenizer, NamesPossessivesAbbreviations) {
  EXPECT_EQ(NormTokens("Kim Jong-un"), (std::vector<std::string>{"kim", "jong", "un"}));
  EXPECT_EQ(NormTokens("KIM JONG UN"), (std::vector<std::string>{"kim", "jong", "un"}));
  EXPECT_EQ(NormTokens("Korea\xE2\x80\x99s"), (std::vector<std::string>{"korea", "'s"}));
  // "n't" is "not", in capitals too (TABARI's "DIDN'T"); an inner capital T is no contraction.
  using V = std::vector<std::string>;
  EXPECT_EQ(NormTokens("didn't"), (V{"did", "not"}));
  EXPECT_EQ(NormTokens("DIDN'T"), (V{"did", "not"}));
  EXPECT_EQ(NormTokens("CAN'T"), (V{"can", "not"}));
  EXPECT_EQ(NormTokens("O'Toole"), (V{"o'toole"}));
  EXPECT_EQ(NormTokens("Dol_Amroth _x"), (V{"dol", "amroth", "_", "x"}));  // '_' joining words separates them
  EXPECT_EQ(NormTokens("the U.S. envoy"), (std::vector<std::string>{"the", "us", "envoy"}));
  EXPECT_EQ(NormTokens("Díaz-Canel"), (std::vector<std::string>{"diaz", "canel"}));
}

TEST(Lemmatizer, WordNetMorphology) {
  const Lemmatizer& l = testing::ShippedDictionaries().lemmatizer;
  if (!l.loaded()) GTEST_SKIP() << "WordNet not installed";
  EXPECT_EQ(l.Lemma("met"), "meet");
  EXPECT_EQ(l.Lemma("was"), "be");
  EXPECT_EQ(l.Lemma("received"), "receive");
  EXPECT_EQ(l.Lemma("talks"), "talk");
  EXPECT_EQ(l.Lemma("visiting"), "visit");
  EXPECT_EQ(l.Lemma("baskets"), "basket");
  EXPECT_EQ(l.Lemma("oversaw"), "oversee");
}

}  // namespace entente
