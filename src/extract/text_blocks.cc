#include "extract/extractor.h"
#include "extract/text_cleaner.h"

namespace entente {

std::vector<Block> TextBlocks(std::string_view bytes) {
  std::vector<Block> blocks;
  size_t start = 0;
  if (bytes.substr(0, 3) == "\xEF\xBB\xBF") start = 3;
  for (size_t i = start; i <= bytes.size(); ++i) {
    if (i < bytes.size() && bytes[i] != '\n') continue;
    Block b = CleanLine(bytes, static_cast<uint32_t>(start), static_cast<uint32_t>(i));
    // Bullets: "•", "-", "*" at the start of a line mark list items.
    if (!b.text.empty()) {
      static const char* kBullets[] = {"\xE2\x80\xA2 ", "- ", "* ", "\xC2\xB7 "};
      for (const char* bullet : kBullets) {
        std::string_view bv(bullet);
        if (b.text.compare(0, bv.size(), bv) == 0) {
          b.list_item = true;
          b.text.erase(0, bv.size());
          std::vector<OffsetMap::Run> runs;
          for (auto r : b.map) {
            if (r.clean + r.len <= bv.size()) continue;
            if (r.clean < bv.size()) {
              uint32_t cut = static_cast<uint32_t>(bv.size()) - r.clean;
              r.source += cut;
              r.len -= cut;
              r.clean = 0;
            } else {
              r.clean -= static_cast<uint32_t>(bv.size());
            }
            runs.push_back(r);
          }
          b.map = std::move(runs);
          break;
        }
      }
      blocks.push_back(std::move(b));
    }
    start = i + 1;
  }
  return blocks;
}

}  // namespace entente
