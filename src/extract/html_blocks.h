// HTML -> blocks with features, parsed by MyHTML (libmodest), a real HTML5 parser.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "entente/status.h"
#include "extract/block.h"

namespace entente {

struct HtmlMetadata {
  std::string title;      // og:title, JSON-LD headline, <title>
  std::string author;     // JSON-LD author, meta author
  std::string published;  // JSON-LD datePublished, article:published_time, meta date
  std::string url;        // og:url or canonical link
};

Result<std::vector<Block>> HtmlBlocks(std::string_view html, const std::string& origin, HtmlMetadata* meta);

}  // namespace entente
