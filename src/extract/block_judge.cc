#include "extract/block_judge.h"

#include <algorithm>
#include <array>
#include <unordered_set>

#include "common/date.h"
#include "common/text.h"
#include "extract/text_cleaner.h"

namespace entente {

double NonLatinShare(std::string_view text) {
  size_t letters = 0, other = 0;
  size_t i = 0;
  while (i < text.size()) {
    char32_t cp = DecodeUtf8(text, i);
    if (!IsWordChar(cp) || (cp >= '0' && cp <= '9')) continue;
    ++letters;
    if (IsNonLatinLetter(cp)) ++other;
  }
  return letters ? static_cast<double>(other) / static_cast<double>(letters) : 0.0;
}

int CountWords(std::string_view text) {
  int words = 0;
  bool in = false;
  size_t i = 0;
  while (i < text.size()) {
    char32_t cp = DecodeUtf8(text, i);
    bool w = IsWordChar(cp);
    if (w && !in) ++words;
    in = w;
  }
  return words;
}

bool EndsLikeSentence(std::string_view text) {
  text = Trim(text);
  // A stray counter glued after the last sentence ("Korea.0") does not count.
  size_t n = text.size();
  while (n > 0 && text[n - 1] >= '0' && text[n - 1] <= '9') --n;
  if (n < text.size() && n > 0 && text[n - 1] != '.' && text[n - 1] != '"' && text[n - 1] != ')') n = text.size();
  text = text.substr(0, n);
  if (text.empty()) return false;
  static const std::array<std::string_view, 10> kEnds = {".", "!", "?", "\"", ")", "\xE2\x80\x9D" /*”*/,
                                                          "\xE2\x80\x99" /*’*/, "'", ".]", "…"};
  for (auto e : kEnds) {
    if (EndsWith(text, e)) {
      if (e == ")" ) {
        // "(top)" in a navigation line is not a sentence end; "... (AP)." is handled by ".".
        size_t open = text.rfind('(');
        return open != std::string_view::npos && text.size() - open > 12;
      }
      return true;
    }
  }
  return false;
}

static bool ContainsAny(const std::string& lower, std::initializer_list<std::string_view> needles) {
  for (auto n : needles)
    if (lower.find(n) != std::string::npos) return true;
  return false;
}

bool IsBoilerplatePhrase(std::string_view text) {
  std::string lower = FoldText(Trim(text));
  if (lower.empty()) return true;
  if (StartsWith(lower, "copyright") || StartsWith(lower, "©") || StartsWith(lower, "(c) ")) return true;
  if (ContainsAny(lower, {"all rights reserved", "版权所有", "上一篇", "下一篇", "quick access to", "skip to main",
                          "skip to content", "original link", "sign up for", "subscribe to our", "cookie",
                          "privacy policy", "terms of use", "terms of service", "share this article",
                          "click here", "follow us on", "newsletter", "advertisement", "read more:",
                          "this article was", "recommended stories", "related stories"}))
    return true;
  if (StartsWith(lower, "comments") && CountWords(lower) <= 2) return true;
  if (StartsWith(lower, "photo:") || StartsWith(lower, "photo credit") || StartsWith(lower, "image:"))
    return true;
  if (StartsWith(lower, "http://") || StartsWith(lower, "https://") || StartsWith(lower, "www.")) return true;
  // A lone e-mail address or a bare number.
  if (lower.find(' ') == std::string::npos && lower.find('@') != std::string::npos) return true;
  bool digits = true;
  for (char c : lower)
    if (!(c >= '0' && c <= '9') && c != ',' && c != '.') digits = false;
  return digits;
}

bool IsEndMarker(std::string_view text) {
  std::string lower = FoldText(Trim(text));
  static const std::array<std::string_view, 18> kStarts = {
      "additional reporting by", "reporting by", "editing by", "writing by", "comments", "latest stories",
      "[asia] latest stories", "you may also like", "popular now", "must-reads", "must reads",
      "related articles", "related stories", "more from", "read next", "上一篇", "copyright", "©"};
  for (auto s : kStarts) {
    if (StartsWith(lower, s) && CountWords(lower) <= 12) return true;
  }
  if (lower.find("latest stories") != std::string::npos && CountWords(lower) <= 4) return true;
  // A signature e-mail line ("content@example.com").
  if (lower.find(' ') == std::string::npos && lower.find('@') != std::string::npos &&
      lower.find('.') != std::string::npos)
    return true;
  return false;
}

bool IsKickerTeaser(std::string_view text) {
  // ‘GREAT OPPORTUNITY’: ..., "DIALOGUE": ..., FIGHT TO THE END: ...
  text = Trim(text);
  size_t i = 0;
  size_t upper = 0, lower = 0;
  while (i < text.size() && i < 80) {
    size_t at = i;
    char32_t cp = DecodeUtf8(text, i);
    if (cp == ':') {
      if (at < 3 || upper < 3 || lower > 0) return false;
      return CountWords(text.substr(i)) >= 8;
    }
    if (IsUpperLetter(cp)) ++upper;
    else if (IsWordChar(cp) && !(cp >= '0' && cp <= '9')) ++lower;
  }
  return false;
}

std::string BylineOf(std::string_view text) {
  text = Trim(text);
  std::string_view rest;
  if (StartsWith(text, "By ") || StartsWith(text, "BY ") || StartsWith(text, "by ")) rest = Trim(text.substr(3));
  else return "";
  int words = CountWords(rest);
  if (words < 1 || words > 6 || rest.empty() || !IsUpperLetter(static_cast<unsigned char>(rest[0])))
    return "";
  if (EndsLikeSentence(rest) && !EndsWith(rest, ".")) return "";
  return std::string(rest);
}

bool FindIsoDate(std::string_view text, std::string& date, size_t& pos) {
  for (size_t i = 0; i + 10 <= text.size(); ++i) {
    if (!(text[i] >= '1' && text[i] <= '2')) continue;
    if (i > 0 && text[i - 1] >= '0' && text[i - 1] <= '9') continue;
    std::string_view cand = text.substr(i, 10);
    if (cand[4] != '-' && cand[4] != '.' && cand[4] != '/') continue;
    std::string iso(cand);
    iso[4] = '-';
    iso[7] = iso[7] == cand[4] ? '-' : iso[7];
    if (iso[7] != '-') continue;
    if (i + 10 < text.size() && text[i + 10] >= '0' && text[i + 10] <= '9') continue;
    auto d = ParseIsoDate(iso);
    if (!d || d->year < 1990 || d->year > 2100) continue;
    date = iso;
    pos = i;
    return true;
  }
  return false;
}

size_t StripCredit(std::string_view text) {
  size_t n = text.size();
  // "[Photo – Korean Central News Agency]", "(Photo: AP)"
  if (n > 0 && (text[n - 1] == ']' || text[n - 1] == ')')) {
    char open = text[n - 1] == ']' ? '[' : '(';
    size_t o = text.rfind(open);
    if (o != std::string_view::npos) {
      std::string inner = FoldText(text.substr(o + 1));
      if (StartsWith(inner, "photo") || StartsWith(inner, "image") || StartsWith(inner, "picture") ||
          StartsWith(inner, "source:") || StartsWith(inner, "사진")) {
        return Trim(text.substr(0, o)).size();
      }
    }
  }
  // ". Yonhap" / ". AP" / ". Reuters" / ". Korea Times file" at the very end of a caption.
  static const std::array<std::string_view, 12> kCredits = {"Yonhap", "AP", "AFP", "Reuters", "EPA", "Xinhua",
                                                             "Getty Images", "KCNA", "News1", "Newsis",
                                                             "Korea Times file", "Korea Times photo"};
  std::string_view t = Trim(text);
  for (auto c : kCredits) {
    if (EndsWith(t, c) && t.size() > c.size() + 2) {
      std::string_view before = Trim(t.substr(0, t.size() - c.size()));
      if (EndsWith(before, ".") || EndsWith(before, "/") || EndsWith(before, "|"))
        return before.size();
    }
  }
  return text.size();
}

namespace {

std::string DupKey(std::string_view text) {
  std::string key;
  for (char c : FoldText(text))
    if (c != ' ') key.push_back(c);
  return key;
}

// Body-like: a paragraph of prose.
bool LooksLikeBody(const Block& b) {
  if (b.boilerplate_container || b.link_density > 0.5) return false;
  int words = CountWords(b.text);
  if (NonLatinShare(b.text) > 0.3) return false;
  if (b.heading) return false;
  if (IsBoilerplatePhrase(b.text)) return false;
  // Judge the text without a trailing photo credit ("... [Photo – KCNA]", "... . Yonhap").
  bool sentence = EndsLikeSentence(std::string_view(b.text).substr(0, StripCredit(b.text)));
  if (sentence && words >= 8) return true;
  if (sentence && words >= 5 && b.in_article) return true;
  return false;
}

void SetNoise(Block& b, const char* why) {
  b.role = Block::Role::kNoise;
  b.why = why;
}

}  // namespace

PageMetadata JudgeBlocks(std::vector<Block>& blocks) {
  PageMetadata meta;
  const size_t n = blocks.size();
  std::vector<bool> body(n, false);
  for (size_t i = 0; i < n; ++i) body[i] = LooksLikeBody(blocks[i]);

  // A bulleted or listed sentence counts as body only next to other body, not inside
  // a run of list items that are headlines.
  size_t first = n;
  for (size_t i = 0; i < n; ++i)
    if (body[i] && !IsKickerTeaser(blocks[i].text)) {
      first = i;
      break;
    }

  // End of the article: the first end marker after the body has started.
  size_t end = n;
  for (size_t i = (first == n ? 0 : first + 1); i < n; ++i) {
    if (IsEndMarker(blocks[i].text)) {
      end = i;
      break;
    }
  }

  std::unordered_set<std::string> seen;
  for (size_t i = 0; i < n; ++i) {
    Block& b = blocks[i];
    std::string date;
    size_t date_pos;
    std::string byline = BylineOf(b.text);
    if (!byline.empty() && CountWords(b.text) <= 7) {
      if (meta.byline.empty()) meta.byline = byline;
      b.role = Block::Role::kByline;
      continue;
    }
    if (CountWords(b.text) <= 16 && FindIsoDate(b.text, date, date_pos) && !EndsLikeSentence(b.text)) {
      // "Title 2018-10-15 17:36 | Section" or "date 2023-09-10 Advertisement".
      if (meta.published.empty()) meta.published = date;
      std::string_view head = Trim(std::string_view(b.text).substr(0, date_pos));
      if (meta.title.empty() && CountWords(head) >= 3) meta.title = std::string(head);
      b.role = Block::Role::kMeta;
      continue;
    }
    if (i >= end) {
      SetNoise(b, i == end ? "end marker" : "after the article's end");
      // A signature before an e-mail end marker is the byline ("Daniel Kim" / "x@y.com").
      continue;
    }
    if (i < first) {
      // Before the body: the title is the first headline-like line.
      int words = CountWords(b.text);
      if (meta.title.empty() && words >= 3 && words <= 25 && !EndsWith(Trim(b.text), ".") &&
          NonLatinShare(b.text) < 0.3 && !IsBoilerplatePhrase(b.text) && b.text.find('|') == std::string::npos &&
          !b.list_item && b.link_density < 0.5) {
        meta.title = b.text;
        b.role = Block::Role::kTitle;
        continue;
      }
    }
    if (!body[i]) {
      SetNoise(b, NonLatinShare(b.text) > 0.3 ? "other script" : "not a paragraph");
      continue;
    }
    if (IsKickerTeaser(b.text)) {
      SetNoise(b, "teaser of another story");
      continue;
    }
    size_t keep = StripCredit(b.text);
    if (keep < b.text.size()) {
      // A caption keeps its text without the credit; its repetition is dropped below.
      TruncateBlock(b, keep);
    }
    // A stray counter glued after the last sentence ("South Korea.0") is not text.
    {
      size_t n = b.text.size();
      while (n > 0 && b.text[n - 1] >= '0' && b.text[n - 1] <= '9') --n;
      if (n < b.text.size() && n > 0 && b.text.size() - n <= 3 && b.text[n - 1] == '.') TruncateBlock(b, n);
    }
    if (!seen.insert(DupKey(b.text)).second) {
      SetNoise(b, "repeated verbatim");
      continue;
    }
    b.role = Block::Role::kBody;
  }

  // Nothing judged to be body (a one-line note, a bare headline list): fall back to the
  // sentence-like blocks, so that short clean texts still reach the coder.
  bool any_body = false;
  for (const Block& b : blocks) any_body = any_body || b.role == Block::Role::kBody;
  if (!any_body) {
    for (Block& b : blocks) {
      if (b.role == Block::Role::kNoise && EndsLikeSentence(b.text) && CountWords(b.text) >= 3 &&
          NonLatinShare(b.text) <= 0.3 && !IsBoilerplatePhrase(b.text) && !b.boilerplate_container) {
        b.role = Block::Role::kBody;
        b.why.clear();
        any_body = true;
      }
    }
  }
  // Still nothing: a headline or a snippet cut mid-sentence is all the text there is.
  if (!any_body) {
    for (Block& b : blocks) {
      if (b.role == Block::Role::kNoise && CountWords(b.text) >= 4 && NonLatinShare(b.text) <= 0.3 &&
          !IsBoilerplatePhrase(b.text) && !b.boilerplate_container && b.link_density < 0.5) {
        b.role = Block::Role::kBody;
        b.why.clear();
      }
    }
  }

  // A signature "Name" line right before an e-mail end marker names the author.
  if (meta.byline.empty() && end < n && end > 0 && blocks[end].text.find('@') != std::string::npos) {
    const Block& sig = blocks[end - 1];
    int words = CountWords(sig.text);
    if (words >= 2 && words <= 4 && !EndsLikeSentence(sig.text)) {
      meta.byline = sig.text;
      blocks[end - 1].role = Block::Role::kByline;
      blocks[end - 1].why.clear();
    }
  }

  // Truncated teasers after the last complete paragraph: a trailing run of body blocks
  // that do not end like sentences is dropped (LooksLikeBody already requires an end).
  return meta;
}

}  // namespace entente
