// The extract stage: Document -> Article (the article's own text, its metadata and a
// byte map back to the input).
//
// HTML: decoded to UTF-8 (charset from BOM, transport, <meta>), bounded (size cut,
// nesting guard), parsed by MyHTML, the article found in the DOM (html_content.h) and
// its metadata read from input metadata, JSON-LD, <meta>, the URL and the visible page.
// Scraped text: lines judged one by one (block_judge.h).
// Thread-safe: each thread uses its own parser.
#pragma once

#include <vector>

#include "entente/document.h"
#include "entente/status.h"
#include "extract/block.h"

namespace entente {

struct ExtractOptions {
  bool keep_all = false;                    // keep every block (no boilerplate removal), for debugging
  size_t max_html_bytes = size_t{8} << 20;  // larger pages are cut (at a tag) with a warning
  size_t max_nesting = 256;                 // deeper element nesting is flattened (html_guard.h)
  bool detect_language = true;              // run CLD2 on the text
};

Result<Article> Extract(const Document& doc, const ExtractOptions& options = {});

// The blocks of a page with their roles, for debugging (`entente clean --blocks`).
// Block maps point into the page as decoded to UTF-8.
Result<std::vector<Block>> ExtractBlocks(const Document& doc);

// Splits scraped text into line blocks.
std::vector<Block> TextBlocks(std::string_view bytes);

// ISO 639-1 code of the text's language ("en"), or "un".
std::string DetectLanguage(std::string_view text);

}  // namespace entente
