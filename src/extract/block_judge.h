// Decides which blocks of a page are the article: body paragraphs in order, plus title,
// byline and a visible publication date. Works on blocks from scraped text and from HTML.
//
// Judgements (each a small function, unit-tested in block_judge_test.cc):
//  - script: blocks mostly in another script than the body (Chinese spam lines) are noise;
//  - shape: body paragraphs are sentences (terminal punctuation, enough words);
//    runs of short headline-like lines are navigation or story lists;
//  - boilerplate phrases: copyright lines, "Comments0", "Latest Stories", share bars...;
//  - end markers: "Additional reporting by", a signature e-mail, "You May Also Like" ...
//    end the article, and everything after them is dropped;
//  - teasers: "‘KICKER’: text" paragraphs and truncated trailing paragraphs;
//  - captions: photo credits stripped, captions repeated verbatim dropped;
//  - metadata: "By Name" bylines, "Headline 2018-10-15 17:36 | Section" lines.
#pragma once

#include <string>
#include <vector>

#include "extract/block.h"

namespace entente {

struct PageMetadata {
  std::string title;
  std::string byline;
  std::string published;  // ISO date found on the page, or ""
};

// Sets Block::role on every block and returns what was found of the metadata.
PageMetadata JudgeBlocks(std::vector<Block>& blocks);

// Individual judgements, exposed for tests.
double NonLatinShare(std::string_view text);
int CountWords(std::string_view text);
bool EndsLikeSentence(std::string_view text);
bool IsBoilerplatePhrase(std::string_view text);
bool IsEndMarker(std::string_view text);
bool IsKickerTeaser(std::string_view text);
std::string BylineOf(std::string_view text);  // "Jung Da-min" from "By Jung Da-min", else ""
// A short line carrying an ISO date ("date 2023-09-10", "Title 2018-10-15 17:36 | News").
bool FindIsoDate(std::string_view text, std::string& date, size_t& pos);
// Strips a trailing photo credit ("[Photo – KCNA]", ". Yonhap"); returns the new length.
size_t StripCredit(std::string_view text);

}  // namespace entente
