#include "extract/block_split.h"

#include <string_view>

#include "extract/block_judge.h"
#include "extract/text_cleaner.h"

namespace entente {
namespace {

constexpr std::string_view kInlineBullet = " \xE2\x80\xA2 ";  // " • "

// A line shorter than this is judged whole: a paragraph, a caption, a headline.
constexpr int kRunOnWords = 30;
// The body left after a cut must still be a paragraph of its own.
constexpr int kMinBodyWords = 15;

// Splits `b` at byte `at`: `b` keeps [0, at), the result holds [at, end), both trimmed.
Block SplitAt(Block& b, size_t at) {
  Block tail = b;
  tail.map = b.map;
  DropFront(tail, at);
  TrimBlock(tail);
  TruncateBlock(b, at);
  return tail;
}

bool IsCloser(unsigned char c) { return c == '"' || c == '\'' || c == ')'; }

// Byte offsets just after each sentence end of `text`: terminal punctuation, closing
// quotes ('"', '’', '”'), then a space and an upper-case letter or an opening quote.
std::vector<size_t> SentenceEnds(std::string_view text) {
  std::vector<size_t> ends;
  for (size_t i = 0; i < text.size(); ++i) {
    char c = text[i];
    if (c != '.' && c != '?' && c != '!') continue;
    size_t j = i + 1;
    while (j < text.size()) {
      if (IsCloser(static_cast<unsigned char>(text[j]))) {
        ++j;
      } else if (text.compare(j, 3, "\xE2\x80\x9D") == 0 || text.compare(j, 3, "\xE2\x80\x99") == 0) {
        j += 3;
      } else {
        break;
      }
    }
    if (j + 1 >= text.size() || text[j] != ' ') continue;
    unsigned char next = static_cast<unsigned char>(text[j + 1]);
    bool opens = (next >= 'A' && next <= 'Z') || next == '"' || text.compare(j + 1, 3, "\xE2\x80\x9C") == 0 ||
                 next >= 0x80;
    if (opens) ends.push_back(j);
  }
  return ends;
}

// After the last terminal punctuation (and its closing quotes) that a space follows,
// whatever comes next: the end of "… at the time.   fb/djw".
size_t LastPunctuationEnd(std::string_view text) {
  for (size_t i = text.size(); i-- > 0;) {
    if (text[i] != '.' && text[i] != '?' && text[i] != '!') continue;
    size_t j = i + 1;
    while (j < text.size() && (IsCloser(static_cast<unsigned char>(text[j])) ||
                               text.compare(j, 3, "\xE2\x80\x9D") == 0 || text.compare(j, 3, "\xE2\x80\x99") == 0))
      j += static_cast<unsigned char>(text[j]) < 0x80 ? 1 : 3;
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
  std::vector<size_t> ends = SentenceEnds(text.substr(0, cut));
  while (!ends.empty() && IsBoilerplatePhrase(text.substr(ends.back(), cut - ends.back()))) {
    cut = ends.back();
    ends.pop_back();
  }
  if (cut == text.size() || CountWords(text.substr(0, cut)) < kMinBodyWords) return text.size();
  return cut;
}

}  // namespace

std::vector<Block> SplitRunOnBlock(Block b) {
  std::vector<Block> pieces;
  if (CountWords(b.text) < kRunOnWords) {
    pieces.push_back(std::move(b));
    return pieces;
  }
  // Inline bullets first: each bulleted piece is an item of its own.
  for (size_t at = b.text.find(kInlineBullet); at != std::string::npos; at = b.text.find(kInlineBullet)) {
    Block rest = SplitAt(b, at);
    DropFront(rest, kInlineBullet.size() - 1);  // the bullet and its space
    rest.list_item = true;
    if (!b.text.empty()) pieces.push_back(std::move(b));
    b = std::move(rest);
  }
  if (!b.text.empty()) pieces.push_back(std::move(b));
  // Then a long piece's tail of boilerplate.
  std::vector<Block> out;
  for (Block& piece : pieces) {
    if (CountWords(piece.text) >= kRunOnWords && !IsEndMarker(piece.text)) {
      size_t end = BodyEnd(piece.text);
      if (end < piece.text.size()) {
        Block tail = SplitAt(piece, end);
        out.push_back(std::move(piece));
        out.push_back(std::move(tail));
        continue;
      }
    }
    out.push_back(std::move(piece));
  }
  return out;
}

}  // namespace entente
