#include "extract/block_split.h"

#include <algorithm>
#include <string_view>

#include "extract/block_judge.h"
#include "extract/text_cleaner.h"

namespace entente {
namespace {

constexpr std::string_view kInlineBullet = " \xE2\x80\xA2 ";  // " • "

// A line of fewer spaces than this is judged whole: a paragraph, a caption, a headline.
constexpr int kRunOnSpaces = 24;
// The body left after a cut must still be a paragraph of its own.
constexpr int kMinBodyWords = 15;

// Bytes [from, to) of `b` as a block of their own, with their share of the map and
// `b`'s features, trimmed. Copies only those bytes: a line cut into many pieces costs
// its length once.
Block Slice(const Block& b, size_t from, size_t to) {
  Block piece;
  piece.heading = b.heading;
  piece.list_item = b.list_item;
  piece.in_article = b.in_article;
  piece.boilerplate_container = b.boilerplate_container;
  piece.line_break = b.line_break;
  piece.heading_level = b.heading_level;
  piece.node = b.node;
  piece.link_density = b.link_density;
  piece.text = b.text.substr(from, to - from);
  // The map's runs are in text order: start at the last one that begins at or before `from`.
  auto it = std::upper_bound(b.map.begin(), b.map.end(), from,
                             [](size_t v, const OffsetMap::Run& r) { return v < r.clean; });
  if (it != b.map.begin()) --it;
  for (; it != b.map.end() && it->clean < to; ++it) {
    const OffsetMap::Run r = *it;
    const size_t lo = std::max<size_t>(r.clean, from), hi = std::min<size_t>(r.clean + r.len, to);
    if (lo >= hi) continue;
    piece.map.push_back({static_cast<uint32_t>(lo - from), static_cast<uint32_t>(r.source + (lo - r.clean)),
                         static_cast<uint32_t>(hi - lo)});
  }
  TrimBlock(piece);
  return piece;
}

// Splits `b` at byte `at`: `b` keeps [0, at), the result holds [at, end), both trimmed.
Block SplitAt(Block& b, size_t at) {
  Block tail = Slice(b, at, b.text.size());
  TruncateBlock(b, at);
  return tail;
}

// Long enough to be a run-on line? Counts spaces (whitespace is collapsed in a cleaned
// line) and stops early.
bool LongLine(std::string_view text) {
  int spaces = 0;
  for (char c : text)
    if (c == ' ' && ++spaces >= kRunOnSpaces) return true;
  return false;
}

// The end of the closing quotes and brackets after terminal punctuation at i.
size_t AfterClosers(std::string_view text, size_t i) {
  size_t j = i + 1;
  while (j < text.size()) {
    if (text[j] == '"' || text[j] == '\'' || text[j] == ')') {
      ++j;
    } else if (text.compare(j, 3, "\xE2\x80\x9D") == 0 || text.compare(j, 3, "\xE2\x80\x99") == 0) {
      j += 3;  // ” ’
    } else {
      break;
    }
  }
  return j;
}

bool Terminal(char c) { return c == '.' || c == '?' || c == '!'; }

// The last sentence end before `before`: terminal punctuation and its closing quotes,
// then a space and an upper-case letter, an opening quote or a non-ASCII letter. Returns
// the offset of that space, or npos.
size_t PrevSentenceEnd(std::string_view text, size_t before) {
  for (size_t i = std::min(before, text.size()); i-- > 0;) {
    if (!Terminal(text[i])) continue;
    size_t j = AfterClosers(text, i);
    if (j >= before || j + 1 >= text.size() || text[j] != ' ') continue;
    unsigned char next = static_cast<unsigned char>(text[j + 1]);
    if ((next >= 'A' && next <= 'Z') || next == '"' || next >= 0x80) return j;
  }
  return std::string_view::npos;
}

// After the last terminal punctuation (and its closing quotes) that a space follows,
// whatever comes next: the end of "… at the time.   fb/djw".
size_t LastPunctuationEnd(std::string_view text) {
  for (size_t i = text.size(); i-- > 0;) {
    if (!Terminal(text[i])) continue;
    size_t j = AfterClosers(text, i);
    if (j < text.size() && text[j] == ' ') return j;
  }
  return text.size();
}

// Where the body of a long line ends: before its trailing sentences of boilerplate
// ("This article was amended on …", "Click here to …"), and before a trailing fragment
// that has no sentence end ("… in the country. fb/djw", "… Simon Tisdall is a
// columnist"). Returns text.size() when the line ends as a paragraph should.
size_t BodyEnd(std::string_view text) {
  size_t cut = EndsLikeSentence(text) ? text.size() : LastPunctuationEnd(text);
  for (size_t end = PrevSentenceEnd(text, cut); end != std::string_view::npos; end = PrevSentenceEnd(text, cut)) {
    if (!IsBoilerplatePhrase(text.substr(end, cut - end))) break;
    cut = end;
  }
  if (cut == text.size() || CountWords(text.substr(0, cut)) < kMinBodyWords) return text.size();
  return cut;
}

// Appends `piece`, cut before a tail of boilerplate when it is a long line.
void AppendPiece(Block piece, std::vector<Block>& out) {
  if (LongLine(piece.text) && !IsEndMarker(piece.text)) {
    size_t end = BodyEnd(piece.text);
    if (end < piece.text.size()) {
      Block tail = SplitAt(piece, end);
      out.push_back(std::move(piece));
      out.push_back(std::move(tail));
      return;
    }
  }
  out.push_back(std::move(piece));
}

}  // namespace

void SplitRunOnBlock(Block b, std::vector<Block>& out) {
  if (!LongLine(b.text)) {
    out.push_back(std::move(b));
    return;
  }
  // Inline bullets first: each bulleted piece is an item of its own.
  size_t at = b.text.find(kInlineBullet);
  if (at == std::string::npos) {
    AppendPiece(std::move(b), out);
    return;
  }
  size_t from = 0;
  bool bulleted = false;
  while (true) {
    const size_t to = at == std::string::npos ? b.text.size() : at;
    Block piece = Slice(b, from, to);
    piece.list_item = piece.list_item || bulleted;
    if (!piece.text.empty()) AppendPiece(std::move(piece), out);
    if (at == std::string::npos) break;
    from = at + kInlineBullet.size();  // after the bullet and its spaces
    bulleted = true;
    at = b.text.find(kInlineBullet, from);
  }
}

std::vector<Block> SplitRunOnBlock(Block b) {
  std::vector<Block> out;
  SplitRunOnBlock(std::move(b), out);
  return out;
}

}  // namespace entente
