#include "extract/html_content.h"

#include <myhtml/api.h>

#include <algorithm>
#include <cstring>
#include <cmath>
#include <unordered_set>

#include "common/text.h"
#include "extract/block_judge.h"
#include "extract/html_semantics.h"
#include "extract/page_dates.h"
#include "extract/text_cleaner.h"

namespace entente {
namespace {

// Why a subtree is boilerplate (0: it is not).
enum Drop : uint8_t {
  kKeep = 0,
  kDropNav,
  kDropComments,
  kDropShare,
  kDropRelated,
  kDropAd,
  kDropConsent,
  kDropFooter,
  kDropHeader,
  kDropSidebar,
  kDropHidden,
  kDropBio,
  kDropForm,
  kDropMeta,
  kDropCaption,
  kDropLinks,
  kDropCount
};

const char* DropName(uint8_t d) {
  static const char* kNames[] = {"",         "navigation", "comments", "share bar",  "related stories",
                                 "ad",       "consent",    "footer",   "header",     "sidebar",
                                 "hidden",   "author box", "form",     "metadata",   "caption",
                                 "link list"};
  return d < kDropCount ? kNames[d] : "";
}

// The drop category of an element's names, strongest first.
uint8_t SemDrop(uint32_t sem, uint16_t tag = 0) {
  // Embedded posts (blockquote.twitter-tweet, .instagram-media) are quoted text.
  if (tag == MyHTML_TAG_BLOCKQUOTE && !(sem & kSemHidden)) return 0;
  if (sem & kSemComments) return kDropComments;
  if (sem & kSemConsent) return kDropConsent;
  if (sem & kSemShare) return kDropShare;
  if (sem & kSemRelated) return kDropRelated;
  if (sem & kSemAd) return kDropAd;
  if (sem & kSemAuthorBio) return kDropBio;
  if (sem & kSemHidden) return kDropHidden;
  if (sem & kSemNav) return kDropNav;
  if (sem & kSemSidebar) return kDropSidebar;
  if (sem & kSemFooter) return kDropFooter;
  if (sem & kSemHeader) return kDropHeader;
  return kKeep;
}

bool Layout(uint8_t d) {
  return d == kDropNav || d == kDropSidebar || d == kDropFooter || d == kDropHeader || d == kDropHidden;
}

uint8_t TagDrop(const DomNode& n, bool in_article) {
  switch (n.tag) {
    case MyHTML_TAG_NAV: case MyHTML_TAG_MENU: return kDropNav;
    case MyHTML_TAG_ASIDE: return kDropSidebar;
    case MyHTML_TAG_FOOTER: return kDropFooter;
    case MyHTML_TAG_HEADER: return in_article ? kKeep : kDropHeader;
    case MyHTML_TAG_DIALOG: return kDropConsent;
    case MyHTML_TAG_FORM:
      return n.inputs > 0 && (n.chars < 500 || n.paras == 0) ? kDropForm : kKeep;
    default: return kKeep;
  }
}

double LinkDensity(const DomNode& n) {
  return n.chars ? static_cast<double>(n.link_chars) / static_cast<double>(n.chars) : 0.0;
}

// Non-link text of a subtree.
double PlainChars(const DomNode& d) { return static_cast<double>(d.chars) - static_cast<double>(d.link_chars); }

}  // namespace
std::string DescribeNode(const Dom& dom, uint32_t node);
namespace {

bool IsHeadingTag(uint16_t tag) { return tag >= MyHTML_TAG_H1 && tag <= MyHTML_TAG_H6; }

struct Ctx {
  const Dom& dom;
  std::string_view html;
  std::vector<uint8_t> excluded;     // boilerplate for container choice (whole page)
  std::vector<uint32_t> direct_chars;  // text not inside a nested block element
  std::vector<uint32_t> direct_commas;
  std::vector<float> score;
  std::vector<uint8_t> scored;
  uint32_t body = 0;
  std::string* trace = nullptr;
  bool comments_are_content = false;  // a forum or discussion page: the posts are the text
};

// 1. Boilerplate subtrees of the whole page (for the container choice).
void MarkExcluded(Ctx& c) {
  const auto& nodes = c.dom.nodes;
  const size_t n = nodes.size();
  c.excluded.assign(n, kKeep);
  std::vector<uint8_t> in_article(n, 0);
  const double body_plain = std::max(1.0, PlainChars(nodes[c.body]));
  const double body_ld = LinkDensity(nodes[c.body]);
  // Elements that hold an <article>/<main> with real text are not navigation or sidebars;
  // elements that hold an article's marks (a headline, a marked body, an article element)
  // may be wrappers of it whatever their names.
  std::vector<uint8_t> holds_article(n, 0), holds_mark(n, 0);
  for (size_t i = 1; i < n; ++i) {
    const DomNode& d = nodes[i];
    bool article = (d.flags & kDomArticleTag) && PlainChars(d) >= 300;
    bool mark = article || (d.sem & (kSemBody | kSemArticle)) || d.tag == MyHTML_TAG_H1;
    if (!mark) continue;
    for (uint32_t a = d.parent; a != kNoNode; a = nodes[a].parent) {
      if (holds_mark[a] && (!article || holds_article[a])) break;
      holds_mark[a] = 1;
      if (article) holds_article[a] = 1;
    }
  }
  for (size_t i = 1; i < n; ++i) {
    const DomNode& d = nodes[i];
    uint32_t p = d.parent;
    if (p != kNoNode) {
      in_article[i] = in_article[p];
      if (c.excluded[p]) {
        c.excluded[i] = c.excluded[p];
        continue;
      }
    }
    if (d.is_text() || i == c.body || d.tag == MyHTML_TAG_HTML || d.tag == MyHTML_TAG_BODY) continue;
    if (d.flags & kDomArticleTag) in_article[i] = 1;
    if (d.sem & kSemBody) continue;
    // A wrapper holding most of the page's text is not boilerplate, whatever its name.
    bool big = PlainChars(d) > 0.4 * body_plain && (LinkDensity(d) < 0.5 || LinkDensity(d) <= body_ld + 0.05);
    uint8_t t = TagDrop(d, in_article[i]);
    if (t && !(big && t != kDropForm)) {
      c.excluded[i] = t;
      continue;
    }
    uint8_t s = SemDrop(d.sem, d.tag);
    if (s == kDropComments && c.comments_are_content) s = kKeep;
    if (!s) continue;
    if (Layout(s) && ((d.sem & kSemKeep) || big || holds_article[i])) continue;
    if (big && s != kDropComments && holds_mark[i]) continue;
    if (d.flags & kDomArticleTag) continue;
    c.excluded[i] = s;
  }
}

// Text directly in each block element (not through a nested block element).
void DirectText(Ctx& c) {
  const auto& nodes = c.dom.nodes;
  c.direct_chars.assign(nodes.size(), 0);
  c.direct_commas.assign(nodes.size(), 0);
  for (size_t i = 1; i < nodes.size(); ++i) {
    const DomNode& d = nodes[i];
    if (!d.is_text() || d.chars == 0) continue;
    uint32_t p = d.parent;
    while (p != kNoNode && p != 0 && !(nodes[p].flags & kDomBlock)) p = nodes[p].parent;
    if (p == kNoNode) continue;
    c.direct_chars[p] += d.chars;
    c.direct_commas[p] += d.commas;
  }
}

float TagBase(uint16_t tag) {
  switch (tag) {
    case MyHTML_TAG_DIV: case MyHTML_TAG_ARTICLE: case MyHTML_TAG_MAIN: case MyHTML_TAG_SECTION: return 5;
    case MyHTML_TAG_PRE: case MyHTML_TAG_TD: case MyHTML_TAG_BLOCKQUOTE: return 3;
    case MyHTML_TAG_ADDRESS: case MyHTML_TAG_OL: case MyHTML_TAG_UL: case MyHTML_TAG_DL: case MyHTML_TAG_DD:
    case MyHTML_TAG_DT: case MyHTML_TAG_LI: case MyHTML_TAG_FORM: return -3;
    case MyHTML_TAG_H1: case MyHTML_TAG_H2: case MyHTML_TAG_H3: case MyHTML_TAG_H4: case MyHTML_TAG_H5:
    case MyHTML_TAG_H6: case MyHTML_TAG_TH: return -5;
    default: return 0;
  }
}

float ClassWeight(const DomNode& d) {
  float w = 0;
  if (d.sem & (kSemPositive | kSemBody)) w += 25;
  if (d.sem & kSemBody) w += 25;
  if (d.sem & (kSemNegative | kSemBoilerplate)) w -= 25;
  return w;
}

// 2. Readability-style scores of candidate containers.
void ScoreCandidates(Ctx& c) {
  const auto& nodes = c.dom.nodes;
  const size_t n = nodes.size();
  c.score.assign(n, 0);
  c.scored.assign(n, 0);
  for (size_t i = 1; i < n; ++i) {
    const DomNode& d = nodes[i];
    if (d.is_text() || c.excluded[i] || !(d.flags & kDomBlock)) continue;
    if (IsHeadingTag(d.tag) || d.tag == MyHTML_TAG_BODY || d.tag == MyHTML_TAG_HTML) continue;
    uint32_t len = c.direct_chars[i];
    if (len < 25) continue;
    // Links do not make paragraphs.
    float s = 1.0f + static_cast<float>(c.direct_commas[i]) + std::min(static_cast<float>(len) / 100.0f, 3.0f);
    uint32_t a = d.parent;
    for (int level = 0; level < 5 && a != kNoNode && a != 0; ++level, a = nodes[a].parent) {
      if (!c.scored[a]) {
        c.scored[a] = 1;
        c.score[a] = TagBase(nodes[a].tag) + ClassWeight(nodes[a]);
      }
      float div = level == 0 ? 1.0f : level == 1 ? 2.0f : static_cast<float>(level) * 3.0f;
      c.score[a] += s / div;
      if (a == c.body) break;
    }
  }
  for (size_t i = 1; i < n; ++i)
    if (c.scored[i]) c.score[i] *= static_cast<float>(1.0 - LinkDensity(nodes[i]));
}

bool Contains(const Dom& dom, uint32_t a, uint32_t b) { return b >= a && b < dom.nodes[a].end; }

uint32_t ElementChildren(const Dom& dom, uint32_t node, std::vector<uint32_t>* out) {
  uint32_t count = 0;
  const auto& nodes = dom.nodes;
  for (uint32_t i = node + 1; i < nodes[node].end; i = nodes[i].end) {
    if (nodes[i].is_text()) {
      if (nodes[i].chars > 0 && out) out->push_back(i);
      continue;
    }
    ++count;
    if (out) out->push_back(i);
  }
  return count;
}


// 2b. The top candidate and its qualifying siblings.
std::vector<uint32_t> ChooseContainer(Ctx& c) {
  const Dom& dom = c.dom;
  const auto& nodes = dom.nodes;
  const size_t n = nodes.size();
  uint32_t top = kNoNode;
  for (size_t i = 1; i < n; ++i)
    if (c.scored[i] && (top == kNoNode || c.score[i] > c.score[top])) top = static_cast<uint32_t>(i);
  if (top == kNoNode) return {c.body};
  if (c.trace) {
    std::vector<uint32_t> order;
    for (size_t i = 1; i < n; ++i)
      if (c.scored[i]) order.push_back(static_cast<uint32_t>(i));
    std::sort(order.begin(), order.end(), [&](uint32_t a, uint32_t b) { return c.score[a] > c.score[b]; });
    for (size_t k = 0; k < order.size() && k < 8; ++k)
      *c.trace += "cand " + std::to_string(order[k]) + " " + std::to_string(c.score[order[k]]) + " " +
                  DescribeNode(dom, order[k]) + "\n";
  }

  // Several near-best candidates under one ancestor: that ancestor is the article.
  {
    std::vector<uint32_t> alts;
    for (size_t i = 1; i < n; ++i)
      if (c.scored[i] && i != top && c.score[i] >= 0.75f * c.score[top] && !Contains(dom, static_cast<uint32_t>(i), top) &&
          !Contains(dom, top, static_cast<uint32_t>(i)))
        alts.push_back(static_cast<uint32_t>(i));
    if (alts.size() >= 3) {
      for (uint32_t p = nodes[top].parent; p != kNoNode && p != c.body && p != 0; p = nodes[p].parent) {
        int inside = 0;
        for (uint32_t a : alts) inside += Contains(dom, p, a);
        if (inside >= 3) {
          top = p;
          break;
        }
      }
    }
  }
  if (!c.scored[top]) {
    c.scored[top] = 1;
    c.score[top] = TagBase(nodes[top].tag) + ClassWeight(nodes[top]);
  }
  // Climb while the parent scores better.
  {
    float last = c.score[top];
    float threshold = last / 3;
    for (uint32_t p = nodes[top].parent; p != kNoNode && p != c.body && p != 0; p = nodes[p].parent) {
      if (!c.scored[p]) continue;
      if (c.score[p] < threshold) break;
      if (c.score[p] > last) {
        top = p;
        break;
      }
      last = c.score[p];
    }
  }
  // An only child stands for its parent.
  while (nodes[top].parent != kNoNode && nodes[top].parent != c.body && nodes[top].parent != 0 &&
         ElementChildren(dom, nodes[top].parent, nullptr) == 1 && !c.excluded[nodes[top].parent])
    top = nodes[top].parent;

  // Siblings that belong with the top candidate.
  std::vector<uint32_t> roots;
  uint32_t parent = nodes[top].parent;
  if (parent == kNoNode || parent == 0) return {top};
  float threshold = std::max(10.0f, c.score[top] * 0.2f);
  std::vector<uint32_t> sibs;
  ElementChildren(dom, parent, &sibs);
  for (uint32_t s : sibs) {
    if (s == top) {
      roots.push_back(s);
      continue;
    }
    if (c.excluded[s] || nodes[s].is_text()) continue;
    const DomNode& d = nodes[s];
    float bonus = 0;
    if (c.scored[s] && c.score[s] + bonus >= threshold) {
      roots.push_back(s);
      continue;
    }
    if (d.tag == MyHTML_TAG_P || (d.flags & kDomBlock && c.direct_chars[s] == d.chars && !IsHeadingTag(d.tag))) {
      double ld = LinkDensity(d);
      if (d.chars > 80 && ld < 0.25) roots.push_back(s);
      else if (d.chars > 0 && d.chars <= 80 && ld == 0 && d.stops > 0) roots.push_back(s);
    }
  }
  return roots;
}


// The article body as the page marks it (itemprop=articleBody, "entry-content" ...): the
// marked elements, outermost first, that hold the most text.
std::vector<uint32_t> MarkedBody(const Ctx& c) {
  const auto& nodes = c.dom.nodes;
  std::vector<uint32_t> marked;
  for (uint32_t i = 1; i < nodes.size(); ++i) {
    const DomNode& d = nodes[i];
    if (d.is_text() || !(d.sem & kSemBody) || c.excluded[i] || i == c.body || d.tag == MyHTML_TAG_HTML) continue;
    if (d.chars < 50) continue;
    marked.push_back(i);
    i = d.end - 1;  // outermost only
  }
  return marked;
}

double RootsPlain(const Dom& dom, const std::vector<uint32_t>& roots) {
  double s = 0;
  for (uint32_t r : roots) s += PlainChars(dom.nodes[r]);
  return s;
}

// 3. Drop state inside the roots: boilerplate subtrees (any flagged element that is not
// most of its root), metadata, captions, link lists. `strict`: only tag-based, hidden
// and comment drops.
void MarkDrops(const Ctx& c, const std::vector<uint32_t>& roots, bool strict, std::vector<uint8_t>& drop) {
  const auto& nodes = c.dom.nodes;
  for (uint32_t r : roots) {
    const double root_plain = std::max(1.0, PlainChars(nodes[r]));
    for (uint32_t i = r + 1; i < nodes[r].end; ++i) {
      const DomNode& d = nodes[i];
      uint32_t p = d.parent;
      if (drop[p]) {
        drop[i] = drop[p];
        continue;
      }
      if (d.is_text()) continue;
      bool most = PlainChars(d) > 0.6 * root_plain;
      if (d.sem & kSemBody) continue;
      uint8_t t = TagDrop(d, true);
      // A header inside the article holds its title and byline, unless it holds paragraphs.
      if (d.tag == MyHTML_TAG_HEADER) t = d.paras >= 1 && PlainChars(d) > 200 ? kKeep : kDropHeader;
      uint8_t s = SemDrop(d.sem, d.tag);
      if (s == kDropComments && c.comments_are_content) s = kKeep;
      if (strict && s != kDropComments && s != kDropHidden) s = kKeep;
      // Inside the article, "header" names section headings and the title block; their
      // blocks are judged one by one (title, byline, date, lead).
      if (s == kDropHeader) s = kKeep;
      uint8_t why = t ? t : s;
      if (why && !most) {
        drop[i] = why;
        continue;
      }
      if (most || strict) continue;
      bool no_paras = d.paras <= (d.tag == MyHTML_TAG_P ? 1u : 0u);
      if ((d.sem & (kSemMeta | kSemByline | kSemDate | kSemTags | kSemTitle)) && d.chars < 300 && no_paras &&
          !(d.sem & kSemLead)) {
        drop[i] = kDropMeta;
        continue;
      }
      if ((d.tag == MyHTML_TAG_FIGCAPTION || (d.sem & kSemCaption)) && d.chars < 1000) {
        drop[i] = kDropCaption;
        continue;
      }
      // Link lists and link-heavy boxes (readability's conditional cleaning).
      bool listish = d.tag == MyHTML_TAG_UL || d.tag == MyHTML_TAG_OL || d.tag == MyHTML_TAG_DL ||
                     d.tag == MyHTML_TAG_DIV || d.tag == MyHTML_TAG_SECTION || d.tag == MyHTML_TAG_TABLE;
      if (listish && d.chars > 0) {
        double ld = LinkDensity(d);
        if (d.commas < 10 && ((ClassWeight(d) < 25 && ld > 0.33 && d.links >= 2 && PlainChars(d) < 300) || ld > 0.6)) {
          drop[i] = kDropLinks;
          continue;
        }
      }
    }
  }
}

// ---- Blocks ------------------------------------------------------------------------

// Appends a text node's decoded text, mapping bytes back to `html` even when the parser
// decoded entities or line ends.
void AppendNodeText(Block& b, const DomNode& t, std::string_view html) {
  std::string_view dec = t.text_view();
  if (t.src_len == t.text_len || t.src + t.src_len > html.size()) {
    AppendText(b, dec, t.src);
    return;
  }
  std::string_view raw = html.substr(t.src, t.src_len);
  size_t i = 0, j = 0, ds = 0, rs = 0;
  auto flush = [&](size_t upto) {
    if (upto > ds) AppendText(b, dec.substr(ds, upto - ds), t.src + static_cast<uint32_t>(rs));
  };
  while (i < dec.size() && j < raw.size()) {
    if (dec[i] == raw[j]) {
      ++i, ++j;
      continue;
    }
    flush(i);
    if (raw[j] == '\r') {
      ++j;
      if (j < raw.size() && raw[j] == '\n') {
        ds = i, rs = j;
        continue;
      }
      // A lone CR became LF.
      if (dec[i] == '\n') {
        AppendText(b, dec.substr(i, 1), t.src + static_cast<uint32_t>(j - 1));
        ++i;
      }
      ds = i, rs = j;
      continue;
    }
    if (raw[j] == '&') {
      size_t e = j + 1;
      if (e < raw.size() && raw[e] == '#') ++e;
      while (e < raw.size() && e - j < 40 && std::isalnum(static_cast<unsigned char>(raw[e]))) ++e;
      if (e < raw.size() && raw[e] == ';') ++e;
      unsigned char lead = static_cast<unsigned char>(dec[i]);
      size_t L = lead < 0x80 ? 1 : lead < 0xE0 ? 2 : lead < 0xF0 ? 3 : 4;
      L = std::min(L, dec.size() - i);
      // A few named references decode to two code points.
      if (i + L < dec.size() && e < raw.size() && dec[i + L] != raw[e]) {
        size_t k = i + L;
        unsigned char l2 = static_cast<unsigned char>(dec[k]);
        if (l2 >= 0x80) {
          size_t L2 = l2 < 0xE0 ? 2 : l2 < 0xF0 ? 3 : 4;
          if (k + L2 <= dec.size() && (k + L2 == dec.size() || dec[k + L2] == raw[e])) L += L2;
        }
      }
      AppendText(b, dec.substr(i, L), t.src + static_cast<uint32_t>(j));
      i += L;
      j = e;
      ds = i, rs = j;
      continue;
    }
    // Anything else (NUL replaced, unexpected): map the rest to here.
    AppendText(b, dec.substr(i), t.src + static_cast<uint32_t>(j));
    i = dec.size();
    ds = i;
    break;
  }
  flush(i);
  if (i < dec.size() && ds < dec.size()) AppendText(b, dec.substr(std::max(ds, i)), t.src + static_cast<uint32_t>(std::min(j, raw.size())));
}

struct RawBlock {
  Block b;
  uint32_t link_chars = 0;
};

// Cuts the page (under <body>) into blocks: each run of text between block boundaries.
std::vector<RawBlock> CutBlocks(const Dom& dom, std::string_view html, uint32_t body) {
  std::vector<RawBlock> out;
  const auto& nodes = dom.nodes;
  RawBlock cur;
  uint32_t owner = body;
  bool pending_break = false;
  std::vector<uint32_t> open;  // open block elements
  auto flush = [&](bool br) {
    TrimBlock(cur.b);
    if (!cur.b.text.empty()) {
      cur.b.node = owner;
      cur.b.line_break = pending_break;
      size_t len = cur.b.text.size();
      cur.b.link_density = len ? std::min(1.0, static_cast<double>(cur.link_chars) / static_cast<double>(len)) : 0;
      out.push_back(std::move(cur));
      pending_break = false;
    }
    cur = RawBlock();
    if (br && !out.empty()) pending_break = true;
    if (!br) pending_break = false;
  };
  uint32_t end = nodes[body].end;
  uint32_t last_end = 0;  // input offset after the previous text node
  open.push_back(body);
  for (uint32_t i = body + 1; i < end; ++i) {
    while (open.size() > 1 && nodes[open.back()].end <= i) {
      open.pop_back();
      flush(false);
      owner = open.back();
    }
    const DomNode& d = nodes[i];
    if (d.is_text()) {
      // Whitespace between this text and the previous one in the block (outside tags)
      // was a whitespace-only text node the parser skipped: it is a space.
      // Runs between tags that hold other text are skipped content (a hidden span, a script):
      // their spaces do not count.
      if (!cur.b.text.empty() && cur.b.text.back() != ' ' && last_end < d.src && d.src <= html.size()) {
        bool in_tag = false, run_text = false;
        uint32_t run_space = kNoNode;
        for (uint32_t k = last_end; k <= d.src; ++k) {
          char ch = k < d.src ? html[k] : '<';
          if (ch == '<' || (ch == '>' && in_tag)) {
            if (!in_tag && run_space != kNoNode && !run_text) {
              AppendText(cur.b, " ", run_space);
              break;
            }
            in_tag = ch == '<';
            run_text = false;
            run_space = kNoNode;
          } else if (!in_tag) {
            if (ch == ' ' || ch == '\n' || ch == '\t' || ch == '\r' || ch == '\f') {
              if (run_space == kNoNode) run_space = k;
            } else {
              run_text = true;
            }
          }
        }
      }
      last_end = d.src + d.src_len;
      size_t before = cur.b.text.size();
      AppendNodeText(cur.b, d, html);
      if (d.link_chars)
        cur.link_chars += static_cast<uint32_t>(cur.b.text.size() - before);
      continue;
    }
    if (d.tag == MyHTML_TAG_BR) {
      // A line break inside a paragraph: the next line continues the block's paragraph.
      uint32_t keep_owner = owner;
      flush(true);
      owner = keep_owner;
      continue;
    }
    if (d.flags & kDomBlock) {
      flush(false);
      open.push_back(i);
      owner = i;
    } else if (d.tag == MyHTML_TAG_IMG || d.tag == MyHTML_TAG_IMAGE) {
      // An image between words separates them.
      if (!cur.b.text.empty() && cur.b.text.back() != ' ') AppendText(cur.b, " ", cur.b.map.empty() ? 0 : cur.b.map.back().source + cur.b.map.back().len);
    }
  }
  flush(false);
  return out;
}

bool EndsWithStop(std::string_view t) {
  t = Trim(t);
  if (t.empty()) return false;
  static const char* kEnds[] = {".", "!", "?", ":", "\"", "\xE2\x80\x9D", "\xE2\x80\x99", "'", ")", "\xE3\x80\x82",
                                "\xEF\xBC\x81", "\xEF\xBC\x9F", "\xC2\xBB", "\xE2\x80\xA6", ";"};
  for (const char* e : kEnds)
    if (EndsWith(t, e)) return true;
  return false;
}

// Short phrases that are page furniture wherever they stand.
bool FurniturePhrase(std::string_view text) {
  text = Trim(text);
  if (text.size() > 80) return false;
  std::string lower = FoldText(text);
  // "- Anzeige -", "Bewerten:", "[Advertisement]": the phrase without its decoration.
  while (!lower.empty() && !std::isalnum(static_cast<unsigned char>(lower.back())) &&
         static_cast<unsigned char>(lower.back()) < 0x80 && lower.back() != '.')
    lower.pop_back();
  size_t lead = 0;
  while (lead < lower.size() && !std::isalnum(static_cast<unsigned char>(lower[lead])) &&
         static_cast<unsigned char>(lower[lead]) < 0x80)
    ++lead;
  lower.erase(0, lead);
  static constexpr std::string_view kStarts[] = {
      "keine kommentare", "no comments", "0 comments", "noch keine bewertung", "hier konnen sie den artikel bewerten",
      "rate this article", "video verfugbar bis", "weiterlesen", "permalink", "permalien"};
  for (std::string_view k : kStarts)
    if (StartsWith(lower, k)) return true;
  static const char* kExact[] = {"advertisement", "advertising", "anzeige", "werbung", "publicite", "publicidad",
                                 "share", "share this", "share this:", "share this article", "share on facebook",
                                 "share on twitter", "tweet", "email", "print", "comments", "comment",
                                 "like this:", "like this", "related", "related:", "related articles",
                                 "related posts", "read more", "read more:", "loading...", "loading",
                                 "click to share on facebook (opens in new window)", "skip to content",
                                 "skip to main content", "continue reading", "sponsored", "sponsored content",
                                 "teilen", "drucken", "mehr zum thema", "weiterlesen", "anzeigen", "top",
                                 "back to top", "next", "previous", "menu", "search", "close", "advert",
                                 "don't miss", "dont miss", "see also", "most read", "most popular",
                                 "this slideshow requires javascript.", "this slideshow requires javascript",
                                 "image", "photo", "video", "watch", "listen", "getty images", "mehr themen",
                                 "weitere informationen", "externer inhalt", "bewerten", "artikel bewerten",
                                 "zum artikel", "zur startseite", "nach oben", "seite drucken", "artikel drucken",
                                 "mehr", "more", "weitere artikel", "lesen sie auch", "das konnte sie auch interessieren"};
  for (const char* e : kExact)
    if (lower == e) return true;
  return false;
}

// Prompts addressed to the reader inside the article box: subscribe, sign up, download
// the app, rate or share this article (several languages). Short blocks only.
// A caption by its credit: "... (Image: GETTY )", "... (Photo: AP)", "... [Foto: dpa]".
bool CreditedCaption(std::string_view text) {
  text = Trim(text);
  if (text.size() < 8 || text.size() > 400) return false;
  char close = text.back();
  if (close != ')' && close != ']') return false;
  size_t open = text.rfind(close == ')' ? '(' : '[');
  if (open == std::string_view::npos || text.size() - open > 80) return false;
  std::string inner = ToLowerAscii(Trim(text.substr(open + 1)));
  static constexpr std::string_view kCredits[] = {"image:", "photo:", "foto:", "picture:", "pic:", "bild:",
                                                  "credit:", "image credit", "photo credit", "source: getty",
                                                  "getty", "ap photo", "afp photo", "reuters"};
  for (std::string_view c : kCredits)
    if (StartsWith(inner, c)) return true;
  return false;
}

bool ReaderPrompt(std::string_view text) {
  text = Trim(text);
  if (text.size() > 300 || text.size() < 12) return false;
  // Cheap test first: every prompt below holds one of these stems (ASCII, any case).
  std::string ascii = ToLowerAscii(text);
  static constexpr std::string_view kStems[] = {"subscri", "sign up", "member", "download", "enjoyed",
                                                "helpful", "find this", "share this", "support our", "abonn",
                                                "artikel", "miembro", "suscr", "inscri", "abbon"};
  bool stem = false;
  for (std::string_view st : kStems) stem = stem || ascii.find(st) != std::string::npos;
  if (!stem) return false;
  std::string lower = FoldText(text);
  static constexpr std::string_view kPrompts[] = {
      "subscribe now", "subscribe to our", "subscribe to the", "to view the full story", "for the full story",
      "already a subscriber", "already subscribed", "sign up for our", "sign up to our", "become a member",
      "download the app", "download our app", "apps for ios and android", "if you enjoyed reading this",
      "was this article helpful", "did you find this article", "share this article", "support our journalism",
      "jetzt abonnieren", "abonnieren sie", "newsletter abonnieren", "war der artikel nutzlich",
      "mochten sie den artikel teilen", "diesen artikel teilen", "hat ihnen der artikel gefallen",
      "hazte miembro", "suscribete", "abonnez-vous", "inscrivez-vous a notre newsletter", "abbonati"};
  for (std::string_view p : kPrompts)
    if (lower.find(p) != std::string::npos) return true;
  return false;
}

// Text of a JSON-LD articleBody: tags stripped, common entities decoded.
std::string PlainLd(std::string_view s) {
  std::string out;
  out.reserve(s.size());
  for (size_t i = 0; i < s.size(); ++i) {
    char ch = s[i];
    if (ch == '<') {
      size_t e = s.find('>', i);
      if (e != std::string_view::npos && e - i < 400) {
        std::string_view tag = s.substr(i, e - i);
        bool block = tag.size() > 1 && (tag[1] == 'p' || tag[1] == 'P' || tag[1] == '/' || tag[1] == 'b' ||
                                        tag[1] == 'h' || tag[1] == 'l' || tag[1] == 'd');
        if (block) out.push_back('\n');
        i = e;
        continue;
      }
    }
    out.push_back(ch);
  }
  return DecodeEntities(std::move(out));
}

// A JSON-LD articleBody much longer than the text found on the page (scripts render the
// article, or the page shows a teaser): its paragraphs replace the page's blocks. Each
// maps to where it starts inside the JSON-LD, or to the JSON-LD's start.
void UseJsonLdBody(const Dom& dom, std::string_view html, std::vector<Block>& blocks, std::string& trace) {
  const PageMarkup& m = dom.markup;
  if (m.ld_body.size() < 500) return;
  size_t found = 0;
  for (const Block& b : blocks)
    if (b.role == Block::Role::kBody) found += b.text.size();
  std::string ld = PlainLd(m.ld_body);
  size_t ld_len = 0;
  for (char ch : ld) ld_len += !(ch == ' ' || ch == '\n' || ch == '\t' || ch == '\r');
  if (static_cast<double>(ld_len) < 1.6 * static_cast<double>(found) + 200) return;
  trace += "JSON-LD articleBody (" + std::to_string(ld_len) + " bytes) replaces " + std::to_string(found) + "\n";
  for (Block& b : blocks) {
    if (b.role == Block::Role::kBody) {
      b.role = Block::Role::kNoise;
      b.why = "shorter than the JSON-LD articleBody";
    }
  }
  std::string_view script = html.substr(std::min<size_t>(m.ld_body_src, html.size()),
                                        std::min<size_t>(m.ld_body_src_len, html.size() - std::min<size_t>(m.ld_body_src, html.size())));
  size_t pos = 0;
  while (pos < ld.size()) {
    size_t nl = ld.find('\n', pos);
    if (nl == std::string::npos) nl = ld.size();
    std::string_view para = Trim(std::string_view(ld).substr(pos, nl - pos));
    pos = nl + 1;
    if (para.empty()) continue;
    Block b;
    size_t at = script.find(para.substr(0, std::min<size_t>(para.size(), 40)));
    uint32_t src = m.ld_body_src + static_cast<uint32_t>(at == std::string_view::npos ? 0 : at);
    // Byte-for-byte only when the JSON has no escapes in this paragraph.
    if (at != std::string_view::npos && script.substr(at, para.size()) == para) {
      AppendText(b, para, src);
    } else {
      AppendText(b, para, src);
      for (auto& r : b.map) {
        r.source = src;
        r.len = 1;
      }
    }
    TrimBlock(b);
    if (b.text.empty()) continue;
    b.role = Block::Role::kBody;
    b.in_article = true;
    blocks.push_back(std::move(b));
  }
}

// 2'. Net article-like text of every subtree: good minus bad, where good is the non-link
// text of paragraph-like blocks and bad is link text, text of boilerplate subtrees and
// link-heavy blocks.
std::vector<double> NetText(const Ctx& c, const std::vector<RawBlock>& raw) {
  const auto& nodes = c.dom.nodes;
  const size_t n = nodes.size();
  std::vector<double> net(n, 0.0);
  for (const RawBlock& rb : raw) {
    const Block& b = rb.b;
    double len = static_cast<double>(b.text.size());
    double link = static_cast<double>(rb.link_chars);
    double v;
    if (c.excluded[b.node]) v = -len;
    else if (b.link_density > 0.5) v = -len;
    else if (len >= 80 || (len >= 30 && EndsWithStop(b.text))) v = (len - link) - link;
    else v = -link;
    net[b.node] += v;
  }
  for (size_t i = n; i-- > 1;) net[nodes[i].parent] += net[i];
  return net;
}

// Widens the chosen roots to an ancestor that adds clearly more article-like text than
// boilerplate (an article split into sections, a lead set apart from the body).
std::vector<uint32_t> WidenByNetText(const Ctx& c, const std::vector<double>& net, std::vector<uint32_t> roots) {
  const auto& nodes = c.dom.nodes;
  if (roots.empty()) return roots;
  double base = 0;
  for (uint32_t r : roots) base += net[r];
  uint32_t top = roots.size() > 1 ? nodes[roots[0]].parent : roots[0];
  uint32_t best = kNoNode;
  double best_net = base;
  for (uint32_t a = roots.size() > 1 ? top : nodes[top].parent; a != kNoNode && a != 0 && a != c.body;
       a = nodes[a].parent) {
    if (c.excluded[a]) break;
    if (net[a] > 0 && net[a] > best_net + std::max(100.0, 0.15 * std::abs(best_net))) {
      best = a;
      best_net = net[a];
    }
  }
  if (best == kNoNode) return roots;
  if (c.trace) *c.trace += "widened to " + std::to_string(best) + " net=" + std::to_string(best_net) + " from " + std::to_string(base) + "\n";
  return {best};
}

// "By Jane Roe", "Von Max Muster", "Par Jean Dupont", "Por Ana García": the name, or "".
std::string HtmlByline(std::string_view text) {
  std::string by = BylineOf(text);
  if (!by.empty()) return by;
  text = Trim(text);
  static constexpr std::string_view kBy[] = {"Von ", "von ", "VON ", "Par ", "par ", "Por ", "por ", "Door ",
                                             "door ", "Di ", "di ", "Av ", "av "};
  for (std::string_view p : kBy) {
    if (!StartsWith(text, p)) continue;
    std::string_view rest = Trim(text.substr(p.size()));
    int words = CountWords(rest);
    if (words < 2 || words > 5 || rest.empty() || !IsUpperLetter(static_cast<unsigned char>(rest[0])) ||
        EndsLikeSentence(rest))
      return "";
    return std::string(rest);
  }
  return "";
}

// Short lines that are the article's metadata, not its text: "By Jane Roe", "Updated
// 5:27 am CST, Wednesday, November 20, 2019", "19.03.2019 11:45 | von Inga Buller", a bare URL.
bool MetaLine(Block& b, bool before_body, HtmlContentResult& result) {
  std::string_view t = Trim(b.text);
  if (t.size() > 160 || b.heading) return false;
  if ((StartsWith(t, "http://") || StartsWith(t, "https://") || StartsWith(t, "www.")) &&
      t.find(' ') == std::string_view::npos) {
    b.role = Block::Role::kNoise;
    b.why = "URL";
    return true;
  }
  int words = CountWords(t);
  std::string byline = HtmlByline(t);
  if (!byline.empty() && words <= 8) {
    if (result.byline.empty()) result.byline = byline;
    b.role = Block::Role::kByline;
    return true;
  }
  if (words > 14 || EndsLikeSentence(t)) return false;
  std::string folded = FoldText(t);
  static const char* kStamp[] = {"updated", "published", "posted", "aktualisiert", "veroffentlicht", "stand:",
                                 "publie", "publicado", "pubblicato", "|", "last modified", "erstellt",
                                 "publiziert", "erschienen", "datum:"};
  bool stamp = false;
  for (const char* k : kStamp) stamp = stamp || folded.find(k) != std::string::npos;
  if (words <= 14 && !EndsLikeSentence(t) && (before_body || stamp || words <= 5)) {
    size_t pos = 0;
    std::string date = FindTextDate(t, &pos);
    if (!date.empty()) {
      if (result.dateline.empty()) result.dateline = date;
      b.role = Block::Role::kMeta;
      b.why = "date line";
      return true;
    }
  }
  return false;
}

// Paragraph-like: enough text, few links.
bool ParagraphLike(const Block& b) {
  if (b.heading || b.link_density > 0.3) return false;
  return b.text.size() >= 80 || (b.text.size() >= 40 && EndsWithStop(b.text) && CountWords(b.text) >= 6);
}

// The lead set apart from the chosen container: paragraphs just before the article's first
// block, back to the headline, across bylines, dates and section headings.
void RecoverLead(const Ctx& c, std::vector<Block>& blocks, HtmlContentResult& result) {
  size_t first = blocks.size();
  for (size_t i = 0; i < blocks.size(); ++i)
    if (blocks[i].role == Block::Role::kBody) {
      first = i;
      break;
    }
  if (first == blocks.size()) return;
  constexpr int kMaxGap = 6;  // short lines between the lead and the article
  int gap = 0;
  for (size_t k = first; k-- > 0;) {
    Block& b = blocks[k];
    uint8_t ex = c.excluded[b.node];
    if (b.heading && b.heading_level == 1) break;
    if (ex && ex != kDropFooter && ex != kDropSidebar) {
      // An ad label, a share bar, a separator in between; anything longer ends the search.
      if (CountWords(b.text) > 8 || ++gap > kMaxGap) break;
      continue;
    }
    if (b.heading || b.in_article) {  // blocks of the container were judged already
      if (++gap > kMaxGap) break;
      continue;
    }
    // Captions of the lead image are not the lead.
    bool caption = false;
    uint32_t a = b.node;
    for (int up = 0; up < 4 && a != kNoNode && a != 0; ++up, a = c.dom.nodes[a].parent) {
      const DomNode& an = c.dom.nodes[a];
      caption = caption || (an.sem & kSemCaption) || an.tag == MyHTML_TAG_FIGURE || an.tag == MyHTML_TAG_FIGCAPTION;
    }
    static constexpr std::string_view kPhoto[] = {"file photo", "ap photo", "photo:", "foto:", "(photo", "(foto",
                                                  "photograph:", "picture:", "bild:", "getty images", "reuters/"};
    std::string folded = FoldText(b.text);
    for (std::string_view p : kPhoto) caption = caption || folded.find(p) != std::string::npos;
    if (caption) {
      if (++gap > kMaxGap) break;
      continue;
    }
    if (ParagraphLike(b) && !FurniturePhrase(b.text)) {
      // A lead echoed in the body (or the page's description repeated) is not added.
      bool echoed = false;
      for (size_t j = first; j < blocks.size() && !echoed; ++j)
        echoed = blocks[j].role == Block::Role::kBody && blocks[j].text.find(b.text) != std::string::npos;
      if (echoed) {
        if (++gap > kMaxGap) break;
        continue;
      }
      if (b.role != Block::Role::kBody) {
        b.role = Block::Role::kBody;
        b.why.clear();
        if (c.trace) *c.trace += "lead block " + std::to_string(k) + "\n";
      }
      gap = 0;
      continue;
    }
    // Bylines and dates between the headline and the lead.
    int words = CountWords(b.text);
    if ((words <= 10 || (words <= 25 && !FindTextDate(b.text).empty())) && b.link_density < 0.6) {
      if (++gap > kMaxGap) break;
      if (b.role == Block::Role::kNoise || b.role == Block::Role::kUnknown) {
        std::string by = HtmlByline(b.text);
        if (!by.empty() && result.byline.empty()) result.byline = by;
      }
      continue;
    }
    break;
  }
}

// Headings of sections that are not the article (several languages).
bool SectionMarker(std::string_view text) {
  text = Trim(text);
  if (text.size() > 60) return false;
  std::string f = FoldText(text);
  while (!f.empty() && (f.back() == ':' || f.back() == '.' || f.back() == ' ')) f.pop_back();
  static constexpr std::string_view kMarkers[] = {
      "about the author", "about the authors", "about author", "related", "related articles", "related posts",
      "related stories", "related content", "read more", "more stories", "more from", "recommended",
      "recommended for you", "you may also like", "you might also like", "comments", "leave a reply",
      "leave a comment", "post a comment", "join the discussion", "share this", "share this article",
      "uber den autor", "uber die autorin", "zum autor", "zur autorin", "mehr zum thema", "weitere artikel",
      "neueste artikel", "das konnte sie auch interessieren", "das konnte dich auch interessieren",
      "auch interessant", "ahnliche beitrage", "verwandte artikel", "kommentare", "schreibe einen kommentar",
      "kommentar schreiben", "diesen artikel teilen", "a propos de l'auteur", "articles similaires",
      "sur le meme sujet", "a lire aussi", "lire aussi", "commentaires", "sobre el autor", "articulos relacionados",
      "noticias relacionadas", "te puede interesar", "comentarios", "leggi anche", "articoli correlati",
      "commenti", "lees ook", "gerelateerde artikelen", "reacties"};
  for (std::string_view m : kMarkers)
    if (f == m) return true;
  return false;
}

// The article's visible headline: a heading (h1 best) near the start of the article,
// preferably one that the page's <title> / og:title / JSON-LD headline repeats; not the
// site's name over every page.
std::string ChooseHeadline(const Dom& dom, const std::vector<Block>& blocks) {
  const PageMarkup& m = dom.markup;
  size_t first = blocks.size();
  for (size_t i = 0; i < blocks.size(); ++i)
    if (blocks[i].role == Block::Role::kBody) {
      first = i;
      break;
    }
  std::string refs[3] = {FoldText(m.title_tag), FoldText(m.og_title), FoldText(m.ld_headline)};
  std::string site = FoldText(m.site_name);
  double best_score = -1e9;
  std::string best;
  size_t from = first > 40 ? first - 40 : 0;
  size_t to = std::min(blocks.size(), first == blocks.size() ? blocks.size() : first + 3);
  for (size_t i = from; i < to; ++i) {
    const Block& b = blocks[i];
    if (!b.heading || b.heading_level > 3 || b.text.size() > 300) continue;
    std::string f = FoldText(b.text);
    if (f.size() < 3) continue;
    bool matches = false;
    for (const std::string& r : refs)
      if (!r.empty() && (r.find(f) != std::string::npos || (f.find(r) != std::string::npos && r.size() * 2 > f.size())))
        matches = matches || f.size() * 3 >= r.size() || r.size() < 20;
    if (!site.empty() && (f == site || (f.size() * 2 > site.size() && site.find(f) != std::string::npos))) matches = false;
    double score = (matches ? 10 : 0) + (b.heading_level == 1 ? 3 : b.heading_level == 2 ? 1.5 : 0.5);
    if (b.link_density > 0.8) score -= 4;
    double dist = static_cast<double>(first > i ? first - i : 0);
    score -= dist / 15.0;
    if (!matches && b.heading_level > 1) continue;
    if (score > best_score) {
      best_score = score;
      best = b.text;
    }
  }
  return best;
}

// A date written near the article: the nearest short line before its first paragraph
// ("Posted on 5 March 2019"), else a short line just after its end.
std::string VisibleDate(const std::vector<Block>& blocks) {
  size_t first = blocks.size(), last = 0;
  for (size_t i = 0; i < blocks.size(); ++i)
    if (blocks[i].role == Block::Role::kBody) {
      if (first == blocks.size()) first = i;
      last = i;
    }
  if (first == blocks.size()) return "";
  auto date_in = [](const Block& b) -> std::string {
    if (b.text.size() > 200 || CountWords(b.text) > 20) return "";
    return FindTextDate(b.text);
  };
  for (size_t k = first, n = 0; k-- > 0 && n < 25; ++n) {
    std::string d = date_in(blocks[k]);
    if (!d.empty()) return d;
  }
  // Between a lead and the body ("Updated 14.05.2022" under the lead paragraph).
  for (size_t k = first + 1, n = 0; k < blocks.size() && n < 8; ++k, ++n) {
    if (blocks[k].role == Block::Role::kBody) continue;
    std::string d = date_in(blocks[k]);
    if (!d.empty()) return d;
  }
  for (size_t k = last > first + 2 ? last - 1 : last + 1, n = 0; k < blocks.size() && n < 10; ++k, ++n) {
    std::string d = date_in(blocks[k]);
    if (!d.empty()) return d;
  }
  return "";
}

}  // namespace

std::string DescribeNode(const Dom& dom, uint32_t node) {
  if (node >= dom.nodes.size()) return "?";
  const DomNode& d = dom.nodes[node];
  if (d.is_text()) return "#text";
  std::string out;
  size_t len = 0;
  const char* name = myhtml_tag_name_by_id(myhtml_node_tree(d.raw), myhtml_node_tag_id(d.raw), &len);
  if (name) out.assign(name, len);
  for (const char* key : {"class", "id", "itemprop"}) {
    myhtml_tree_attr_t* a = myhtml_attribute_by_key(d.raw, key, std::strlen(key));
    if (!a) continue;
    size_t vn = 0;
    const char* v = myhtml_attribute_value(a, &vn);
    if (!v) continue;
    out += key[0] == 'c' ? "." : key[0] == 'i' && key[1] == 'd' ? "#" : "@";
    out.append(v, std::min<size_t>(vn, 60));
  }
  return out;
}

namespace {

HtmlContentResult Judge(const Dom& dom, std::string_view html, bool comments_are_content) {
  HtmlContentResult result;
  if (dom.nodes.size() < 2) return result;
  Ctx c{dom, html, {}, {}, {}, {}, {}, dom.body == kNoNode ? 0u : dom.body, &result.trace, comments_are_content};
  const auto& nodes = dom.nodes;
  MarkExcluded(c);
  DirectText(c);
  ScoreCandidates(c);
  std::vector<RawBlock> raw = CutBlocks(dom, html, c.body);
  std::vector<uint32_t> roots = ChooseContainer(c);
  std::vector<double> net = NetText(c, raw);
  roots = WidenByNetText(c, net, roots);
  // The page's own mark of its body wins when it holds most of the chosen text.
  std::vector<uint32_t> marked = MarkedBody(c);
  if (!marked.empty()) {
    uint32_t best = marked[0];
    for (uint32_t m : marked)
      if (PlainChars(nodes[m]) > PlainChars(nodes[best])) best = m;
    double chosen = RootsPlain(dom, roots);
    bool inside_roots = false;
    for (uint32_t r : roots) inside_roots = inside_roots || Contains(dom, r, best);
    bool microdata = (nodes[best].flags & kDomItemBody) && PlainChars(nodes[best]) >= 100;
    if (microdata || PlainChars(nodes[best]) >= 0.5 * chosen || (inside_roots && PlainChars(nodes[best]) >= 0.3 * chosen)) {
      // Sibling parts of a body split by ads or images.
      std::vector<uint32_t> parts;
      for (uint32_t m : marked)
        if (m == best || (nodes[m].parent == nodes[best].parent && PlainChars(nodes[m]) > 0)) parts.push_back(m);
      roots = parts;
    }
  }
  std::sort(roots.begin(), roots.end());
  {
    std::string& t = result.trace;
    for (uint32_t r : roots) {
      t += "root " + std::to_string(r) + " score=" + std::to_string(c.score[r]) + " chars=" + std::to_string(nodes[r].chars) + " :";
      for (uint32_t a = r; a != kNoNode && a != 0; a = nodes[a].parent) t += " < " + DescribeNode(dom, a);
      t += "\n";
    }
    for (uint32_t m : marked) t += "marked " + std::to_string(m) + " chars=" + std::to_string(nodes[m].chars) + " " + DescribeNode(dom, m) + "\n";
  }

  const size_t n = nodes.size();
  std::vector<uint8_t> drop(n, kKeep);
  std::vector<uint8_t> in_root(n, 0);
  for (uint32_t r : roots)
    for (uint32_t i = r; i < nodes[r].end; ++i) in_root[i] = 1;
  MarkDrops(c, roots, /*strict=*/false, drop);
  {
    // Names that drop most of the chosen text are not to be believed (a wrapper called
    // "section--ads"): keep only the sure drops then.
    double total = RootsPlain(dom, roots), dropped = 0;
    for (uint32_t i = 0; i < n; ++i)
      if (drop[i] && (nodes[i].parent == kNoNode || !drop[nodes[i].parent])) dropped += PlainChars(nodes[i]);
    bool whole_page = roots.size() == 1 && roots[0] <= c.body;
    if (total > 0 && dropped > 0.7 * total && !whole_page) {
      std::fill(drop.begin(), drop.end(), kKeep);
      MarkDrops(c, roots, /*strict=*/true, drop);
      result.trace += "strict drops\n";
    }
  }

  result.blocks.reserve(raw.size());
  for (RawBlock& rb : raw) result.blocks.push_back(std::move(rb.b));

  // Roles.
  bool seen_body = false;
  for (Block& b : result.blocks) {
    uint32_t o = b.node;
    const DomNode& d = nodes[o];
    b.heading = (d.flags & kDomHeading) != 0;
    if (b.heading) b.heading_level = static_cast<uint8_t>(d.tag - MyHTML_TAG_H1 + 1);
    b.list_item = d.tag == MyHTML_TAG_LI;
    b.in_article = in_root[o];
    b.boilerplate_container = drop[o] != kKeep || (!in_root[o] && c.excluded[o]);
    if (!in_root[o]) {
      b.role = Block::Role::kNoise;
      b.why = c.excluded[o] ? std::string("outside the article: ") + DropName(c.excluded[o]) : "outside the article";
      continue;
    }
    // Prose inside a link-heavy box (a paragraph above a table of links) stays.
    bool prose_in_links = drop[o] == kDropLinks && b.link_density < 0.2 && b.text.size() >= 100 &&
                          EndsWithStop(b.text);
    for (uint32_t a = o; prose_in_links && a != kNoNode && drop[a] == kDropLinks; a = nodes[a].parent)
      if (SemDrop(nodes[a].sem, nodes[a].tag)) prose_in_links = false;  // a teaser in a promo box
    if (drop[o] && !prose_in_links) {
      b.role = Block::Role::kNoise;
      b.why = DropName(drop[o]);
      continue;
    }
    double plain = static_cast<double>(b.text.size()) * (1.0 - b.link_density);
    // A long sentence stays even when most of its words are links.
    bool prose = b.link_density > 0.5 && b.link_density < 0.9 && b.text.size() > 120 && EndsWithStop(b.text) &&
                 CountWords(b.text) >= 15;
    if (!b.heading && !prose && ((b.link_density > 0.5 && plain < 80) || b.link_density > 0.7)) {
      b.role = Block::Role::kNoise;
      b.why = "link";
      continue;
    }
    if (FurniturePhrase(b.text) || ReaderPrompt(b.text)) {
      b.role = Block::Role::kNoise;
      b.why = "page furniture";
      continue;
    }
    if (CreditedCaption(b.text)) {
      b.role = Block::Role::kNoise;
      b.why = "caption";
      continue;
    }
    if (b.heading && b.heading_level == 1) {
      b.role = Block::Role::kTitle;
      continue;
    }
    if (MetaLine(b, !seen_body, result)) continue;
    b.role = Block::Role::kBody;
    seen_body = true;
  }
  RecoverLead(c, result.blocks, result);
  // "About the author", "Related articles", "Comments": a heading that opens a section
  // which is not the article; the section goes up to the next heading.
  for (size_t i = 0; i < result.blocks.size(); ++i) {
    Block& b = result.blocks[i];
    if (b.role != Block::Role::kBody || b.text.size() > 60 || !(b.heading || CountWords(b.text) <= 5) ||
        !SectionMarker(b.text))
      continue;
    b.role = Block::Role::kNoise;
    b.why = "section that is not the article";
    for (size_t j = i + 1; j < result.blocks.size() && !result.blocks[j].heading; ++j) {
      if (result.blocks[j].role != Block::Role::kBody) continue;
      result.blocks[j].role = Block::Role::kNoise;
      result.blocks[j].why = "in a section that is not the article";
    }
  }
  // Headings that introduce nothing kept ("Related articles" over a dropped list).
  for (size_t i = 0; i < result.blocks.size(); ++i) {
    Block& b = result.blocks[i];
    // A heading, or a short label line ending with ':' ("Mehr Themen:", "Related:").
    bool label = !b.heading && b.text.size() <= 60 && EndsWith(Trim(b.text), ":") && CountWords(b.text) <= 6;
    if (b.role != Block::Role::kBody || !(b.heading || label) || b.text.size() > 150) continue;
    // Followed by text before a dropped heading or the end (subheadings in a row are fine).
    bool followed = false;
    for (size_t j = i + 1; j < result.blocks.size(); ++j) {
      const Block& x = result.blocks[j];
      if (x.role == Block::Role::kBody && (!x.heading || x.text.size() > 150)) {
        followed = true;
        break;
      }
      if (x.heading && x.role != Block::Role::kBody && x.role != Block::Role::kTitle) break;
    }
    if (!followed) {
      b.role = Block::Role::kNoise;
      b.why = "heading of dropped material";
    }
  }
  result.headline = ChooseHeadline(dom, result.blocks);
  if (result.dateline.empty()) result.dateline = VisibleDate(result.blocks);
  UseJsonLdBody(dom, html, result.blocks, result.trace);
  return result;
}

size_t BodyBytes(const std::vector<Block>& blocks) {
  size_t n = 0;
  for (const Block& b : blocks)
    if (b.role == Block::Role::kBody) n += b.text.size();
  return n;
}

}  // namespace

HtmlContentResult HtmlArticleBlocks(const Dom& dom, std::string_view html) {
  HtmlContentResult result = Judge(dom, html, false);
  // Almost nothing but a lot of "comments": a forum or a discussion, whose posts are the text.
  size_t body = BodyBytes(result.blocks), comments = 0;
  if (body >= 300) return result;
  for (const Block& b : result.blocks)
    if ((b.why == "outside the article: comments" || b.why == "comments") && b.text.size() >= 40)
      comments += b.text.size();
  if (comments < 400) return result;
  HtmlContentResult posts = Judge(dom, html, true);
  if (BodyBytes(posts.blocks) >= 3 * body + 300) {
    posts.trace += "comments are the content (forum)\n";
    return posts;
  }
  return result;
}

}  // namespace entente
