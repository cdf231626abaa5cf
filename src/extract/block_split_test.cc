#include "extract/block_split.h"

#include <gtest/gtest.h>

#include "entente/document.h"
#include "extract/extractor.h"
#include "extract/text_cleaner.h"

namespace entente {
namespace {

const std::string kBody =
    "Turkey has for years been threatening the Kurds in Syria, and in 2018 invaded Afrin with the aid of "
    "proxies. The falsity of this claim is clear on even a cursory examination. They have been praised by "
    "generals as a disciplined and effective force.";

std::vector<Block> Split(const std::string& line) {
  return SplitRunOnBlock(CleanLine(line, 0, static_cast<uint32_t>(line.size())));
}

// Each piece's text is the input at the bytes its map points to.
void ExpectMapsHold(const std::string& line, const std::vector<Block>& pieces) {
  for (const Block& b : pieces) {
    ASSERT_FALSE(b.map.empty()) << b.text;
    for (const auto& r : b.map)
      EXPECT_EQ(b.text.substr(r.clean, r.len), line.substr(r.source, r.len)) << b.text;
  }
}

TEST(BlockSplit, InlineBulletsAreItemsOfTheirOwn) {
  std::string line = kBody +
                     " Fionn Skiotis Northcote, Victoria, Australia \xE2\x80\xA2 Join the debate \xE2\x80\x93 email "
                     "letters@example.com \xE2\x80\xA2 Read more letters \xE2\x80\x93 click here to visit example.com";
  auto pieces = Split(line);
  ASSERT_EQ(pieces.size(), 4u);
  EXPECT_EQ(pieces[0].text, kBody);  // the signature after the last sentence is cut off too
  EXPECT_EQ(pieces[1].text, "Fionn Skiotis Northcote, Victoria, Australia");
  EXPECT_EQ(pieces[2].text, "Join the debate \xE2\x80\x93 email letters@example.com");
  EXPECT_TRUE(pieces[2].list_item);
  EXPECT_EQ(pieces[3].text, "Read more letters \xE2\x80\x93 click here to visit example.com");
  ExpectMapsHold(line, pieces);
}

TEST(BlockSplit, ManyBulletsGiveOnePieceEach) {
  std::string line;
  for (int k = 0; k < 2000; ++k) line += (k ? " \xE2\x80\xA2 " : "") + kBody;
  auto pieces = Split(line);
  ASSERT_EQ(pieces.size(), 2000u);
  EXPECT_EQ(pieces.front().text, kBody);
  EXPECT_EQ(pieces.back().text, kBody);
  EXPECT_FALSE(pieces.front().list_item);
  EXPECT_TRUE(pieces.back().list_item);
  ExpectMapsHold(line, pieces);
}

TEST(BlockSplit, TrailingBoilerplateSentenceIsCutOff) {
  std::string line = kBody + " This article was amended on 6 December 2018 to remove a personal detail.";
  auto pieces = Split(line);
  ASSERT_EQ(pieces.size(), 2u);
  EXPECT_EQ(pieces[0].text, kBody);
  EXPECT_EQ(pieces[1].text, "This article was amended on 6 December 2018 to remove a personal detail.");
  ExpectMapsHold(line, pieces);
}

TEST(BlockSplit, ParagraphsAndShortLinesStayWhole) {
  EXPECT_EQ(Split(kBody).size(), 1u);
  // A short line is judged whole, boilerplate or not.
  EXPECT_EQ(Split("Click here to subscribe to our newsletter. It is free.").size(), 1u);
  // A boilerplate phrase in the middle of a paragraph does not split it.
  std::string middle = "The site says click here to donate. " + kBody;
  EXPECT_EQ(Split(middle).size(), 1u);
  // Too little body before the tail: judged whole.
  EXPECT_EQ(Split("He left. Sign up for our newsletter to read about the talks in Beijing on Monday and the visit "
                  "of the delegation, and subscribe to our daily brief about Asia and the Pacific region.")
                .size(),
            1u);
}

TEST(BlockSplit, OneLineArticleWithATailKeepsItsBody) {
  // Before the split, a one-line article whose last sentence was boilerplate lost all its text.
  Document doc;
  doc.id = "letter";
  doc.origin = "letters.jsonl:22";
  doc.kind = Document::Kind::kText;
  doc.bytes = kBody + " \xE2\x80\xA2 This article was amended on 15 February 2019 to clarify a quote.";
  auto a = Extract(doc, ExtractOptions());
  ASSERT_TRUE(a.ok()) << a.status().message();
  EXPECT_EQ(a->text, kBody);
}

}  // namespace
}  // namespace entente
