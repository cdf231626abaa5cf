#include "extract/block_split.h"
#include "extract/extractor.h"
#include "extract/text_cleaner.h"

namespace entente {
namespace {

// A line wholly wrapped in braces ("{France is ready ... on Monday.}", as some wire archives
// mark a story) is its text without them.
void UnwrapBraces(Block& b) {
  const std::string& t = b.text;
  if (t.size() < 3 || t.front() != '{' || t.back() != '}') return;
  if (t.find('{', 1) != std::string::npos || t.find('}') != t.size() - 1) return;
  TruncateBlock(b, t.size() - 1);
  DropFront(b, 1);
}

}  // namespace

std::vector<Block> TextBlocks(std::string_view bytes) {
  std::vector<Block> blocks;
  size_t start = 0;
  if (bytes.substr(0, 3) == "\xEF\xBB\xBF") start = 3;
  for (size_t i = start; i <= bytes.size(); ++i) {
    if (i < bytes.size() && bytes[i] != '\n') continue;
    Block b = CleanLine(bytes, static_cast<uint32_t>(start), static_cast<uint32_t>(i));
    UnwrapBraces(b);
    // Bullets: "•", "-", "*" at the start of a line mark list items.
    if (!b.text.empty()) {
      static const char* kBullets[] = {"\xE2\x80\xA2 ", "- ", "* ", "\xC2\xB7 "};
      for (const char* bullet : kBullets) {
        std::string_view bv(bullet);
        if (b.text.compare(0, bv.size(), bv) == 0) {
          b.list_item = true;
          DropFront(b, bv.size());
          break;
        }
      }
      SplitRunOnBlock(std::move(b), blocks);
    }
    start = i + 1;
  }
  return blocks;
}

}  // namespace entente
