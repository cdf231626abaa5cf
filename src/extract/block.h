// A block is one candidate paragraph of an input page: a line of scraped text or a
// block-level element of HTML. Both extractors produce blocks; the judge decides which
// belong to the article.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include "entente/document.h"

namespace entente {

struct Block {
  std::string text;                 // cleaned, whitespace-collapsed
  std::vector<OffsetMap::Run> map;  // text byte -> input byte (clean offsets relative to `text`)
  // Features from the source; HTML fills them, text leaves defaults.
  bool heading = false;     // <h1>..<h6>
  bool list_item = false;   // <li> or a bulleted line
  bool in_article = false;  // inside <article>, [itemprop=articleBody] or the chosen container
  bool boilerplate_container = false;  // inside nav/header/footer/aside/comments/related lists
  bool line_break = false;  // HTML: follows the previous block after a <br>, not a new paragraph
  uint8_t heading_level = 0;  // 1..6 for <h1>..<h6>
  uint32_t node = 0xFFFFFFFFu;  // HTML: the block element that holds the text (Dom index)
  double link_density = 0;  // share of text inside links
  // Decisions.
  enum class Role { kUnknown, kBody, kTitle, kByline, kMeta, kNoise };
  Role role = Role::kUnknown;
  std::string why;  // reason for a kNoise decision (for --explain / debugging)
};

}  // namespace entente
