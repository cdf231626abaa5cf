#include "extract/text_cleaner.h"

#include "common/text.h"

namespace entente {

static bool IsSpace(unsigned char c) { return c == ' ' || c == '\t' || c == '\r' || c == '\n' || c == '\f'; }

void AppendText(Block& b, std::string_view piece, uint32_t source) {
  size_t i = 0;
  while (i < piece.size()) {
    unsigned char c = static_cast<unsigned char>(piece[i]);
    // U+00A0 no-break space (C2 A0) counts as space.
    bool nbsp = c == 0xC2 && i + 1 < piece.size() && static_cast<unsigned char>(piece[i + 1]) == 0xA0;
    if (IsSpace(c) || nbsp) {
      size_t j = i + (nbsp ? 2 : 1);
      while (j < piece.size()) {
        unsigned char d = static_cast<unsigned char>(piece[j]);
        if (IsSpace(d)) ++j;
        else if (d == 0xC2 && j + 1 < piece.size() && static_cast<unsigned char>(piece[j + 1]) == 0xA0) j += 2;
        else break;
      }
      if (!b.text.empty() && b.text.back() != ' ') {
        b.map.push_back({static_cast<uint32_t>(b.text.size()), source + static_cast<uint32_t>(i), 1});
        b.text.push_back(' ');
      }
      i = j;
      continue;
    }
    size_t j = i;
    while (j < piece.size()) {
      unsigned char d = static_cast<unsigned char>(piece[j]);
      if (IsSpace(d)) break;
      if (d == 0xC2 && j + 1 < piece.size() && static_cast<unsigned char>(piece[j + 1]) == 0xA0) break;
      ++j;
    }
    uint32_t clean = static_cast<uint32_t>(b.text.size());
    b.text.append(piece.substr(i, j - i));
    uint32_t src = source + static_cast<uint32_t>(i);
    uint32_t len = static_cast<uint32_t>(j - i);
    if (!b.map.empty() && b.map.back().clean + b.map.back().len == clean &&
        b.map.back().source + b.map.back().len == src)
      b.map.back().len += len;
    else
      b.map.push_back({clean, src, len});
    i = j;
  }
}

void DropFront(Block& b, size_t n) {
  b.text.erase(0, n);
  std::vector<OffsetMap::Run> runs;
  for (auto r : b.map) {
    if (r.clean + r.len <= n) continue;
    if (r.clean < n) {
      uint32_t cut = static_cast<uint32_t>(n) - r.clean;
      r.source += cut;
      r.len -= cut;
      r.clean = 0;
    } else {
      r.clean -= static_cast<uint32_t>(n);
    }
    runs.push_back(r);
  }
  b.map = std::move(runs);
}

void TruncateBlock(Block& b, size_t n) {
  if (n >= b.text.size()) return;
  b.text.resize(n);
  while (!b.map.empty() && b.map.back().clean >= n) b.map.pop_back();
  if (!b.map.empty() && b.map.back().clean + b.map.back().len > n)
    b.map.back().len = static_cast<uint32_t>(n) - b.map.back().clean;
  TrimBlock(b);
}

void TrimBlock(Block& b) {
  while (!b.text.empty() && b.text.back() == ' ') {
    b.text.pop_back();
    while (!b.map.empty() && b.map.back().clean >= b.text.size()) b.map.pop_back();
    if (!b.map.empty() && b.map.back().clean + b.map.back().len > b.text.size())
      b.map.back().len = static_cast<uint32_t>(b.text.size()) - b.map.back().clean;
  }
  // Leading space.
  if (!b.text.empty() && b.text.front() == ' ') {
    b.text.erase(0, 1);
    std::vector<OffsetMap::Run> runs;
    for (auto r : b.map) {
      if (r.clean == 0) {
        if (r.len <= 1) continue;
        r.source += 1;
        r.len -= 1;
        r.clean = 0;
      } else {
        r.clean -= 1;
      }
      runs.push_back(r);
    }
    b.map = std::move(runs);
  }
}

// Length of a tag-residue or shortcode token starting at s[i], or 0.
static size_t JunkAt(std::string_view s, size_t i) {
  if (s[i] == '<') {
    // <tag>, </tag>, <tag attr="..."> with a short ASCII name.
    size_t j = i + 1;
    if (j < s.size() && s[j] == '/') ++j;
    size_t name = j;
    while (j < s.size() && ((s[j] >= 'a' && s[j] <= 'z') || (s[j] >= 'A' && s[j] <= 'Z') || (s[j] >= '0' && s[j] <= '9'))) ++j;
    if (j == name || j - name > 12) return 0;
    size_t close = s.find('>', j);
    if (close == std::string_view::npos || close - i > 200) return 0;
    if (s.substr(j, close - j).find('<') != std::string_view::npos) return 0;
    return close + 1 - i;
  }
  if (s[i] == '[') {
    // [yarpp], [caption id="..."], [/caption]: a lowercase shortcode name.
    size_t j = i + 1;
    if (j < s.size() && s[j] == '/') ++j;
    size_t name = j;
    while (j < s.size() && ((s[j] >= 'a' && s[j] <= 'z') || s[j] == '_' || s[j] == '-')) ++j;
    if (j == name || j - name > 24) return 0;
    if (j < s.size() && s[j] == ']') return j + 1 - i;
    if (j < s.size() && s[j] == ' ') {
      size_t close = s.find(']', j);
      if (close != std::string_view::npos && close - i < 200 && s.substr(j, close - j).find('=') != std::string_view::npos)
        return close + 1 - i;
    }
    return 0;
  }
  return 0;
}

Block CleanLine(std::string_view src, uint32_t begin, uint32_t end) {
  Block b;
  std::string_view line = src.substr(begin, end - begin);
  size_t start = 0;
  for (size_t i = 0; i < line.size(); ++i) {
    if (line[i] != '<' && line[i] != '[') continue;
    size_t junk = JunkAt(line, i);
    if (!junk) continue;
    AppendText(b, line.substr(start, i - start), begin + static_cast<uint32_t>(start));
    i += junk - 1;
    start = i + 1;
  }
  AppendText(b, line.substr(start), begin + static_cast<uint32_t>(start));
  TrimBlock(b);
  return b;
}

}  // namespace entente
