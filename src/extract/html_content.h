// Finds a page's article in its DOM and cuts the page into blocks with roles.
//
// 1. Boilerplate subtrees: navigation, site headers and footers, asides, menus, dialogs,
//    forms, hidden elements, and elements whose class/id/role names say comments, share
//    bars, related-story lists, ads, cookie notices, sidebars, author boxes.
// 2. The container: readability-style scoring of text blocks (length, commas, link
//    density, class/id weights) summed into ancestors; the best ancestor, moved up when
//    several good candidates share a parent, plus qualifying siblings. An element marked
//    as the article body (itemprop=articleBody, "entry-content", ...) or matching the
//    page's JSON-LD articleBody wins when it holds most of that text.
// 3. Inside the container: boilerplate subtrees again, link lists, metadata lines (bylines,
//    dates, tags), share prompts, the headline, headings that introduce only dropped
//    material ("Related articles"), captions repeated verbatim.
// 4. When the container gives almost nothing, the blocks of the whole page are judged
//    one by one (paragraph shape, link density) instead.
#pragma once

#include <string_view>
#include <vector>

#include "extract/block.h"
#include "extract/html_dom.h"

namespace entente {

struct HtmlContentResult {
  std::vector<Block> blocks;  // every text block of the page in document order, with roles
  std::string headline;       // the page's visible headline (the <h1> near the article), or ""
  std::string byline;         // a visible byline near the article ("By Jane Roe" -> "Jane Roe"), or ""
  std::string dateline;       // visible date text near the article start, or ""
  std::string trace;          // how the container was chosen (debugging)
};

// "div.entry-content#main" for a Dom element (debugging).
std::string DescribeNode(const Dom& dom, uint32_t node);

// `html` is the text the Dom was parsed from (block maps point into it).
HtmlContentResult HtmlArticleBlocks(const Dom& dom, std::string_view html);

}  // namespace entente
