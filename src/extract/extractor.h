// The extract stage: Document -> Article (the article's own text, its metadata and a
// byte map back to the input).
#pragma once

#include <vector>

#include "entente/document.h"
#include "entente/status.h"
#include "extract/block.h"

namespace entente {

struct ExtractOptions {
  bool keep_all = false;  // keep every block (no boilerplate removal), for debugging
};

Result<Article> Extract(const Document& doc, const ExtractOptions& options = {});

// The blocks of a page with their roles, for debugging (`entente clean --blocks`).
Result<std::vector<Block>> ExtractBlocks(const Document& doc);

// Splits scraped text into line blocks.
std::vector<Block> TextBlocks(std::string_view bytes);

// ISO 639-1 code of the text's language ("en"), or "un".
std::string DetectLanguage(std::string_view text);

}  // namespace entente
