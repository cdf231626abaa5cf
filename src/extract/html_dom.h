// A compact, read-only view of a parsed HTML page: the visible elements and text nodes in
// document order, each with its subtree range, semantic flags (tag, class/id, role,
// itemprop) and text statistics, plus the page's metadata (<title>, <meta>, JSON-LD,
// <time>, <html lang>). Built from MyHTML (libmodest), an HTML5 parser.
//
// Invisible subtrees (script, style, template, svg, forms' controls, [hidden],
// display:none) are left out. Nodes point into the parser's tree, which belongs to the
// calling thread and lives until the thread's next parse: use a Dom at once, on the
// thread that built it.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "entente/status.h"

typedef struct myhtml_tree_node myhtml_tree_node_t;

namespace entente {

constexpr uint32_t kNoNode = 0xFFFFFFFFu;
constexpr uint16_t kTextTag = 1;  // MyHTML_TAG__TEXT

enum DomFlag : uint16_t {
  kDomBlock = 1 << 0,      // a block-level element (breaks lines)
  kDomInLink = 1 << 1,     // inside <a>
  kDomHeading = 1 << 2,    // h1..h6
  kDomBoilerTag = 1 << 3,  // nav, footer, aside, header, form-like, menu, dialog
  kDomArticleTag = 1 << 4, // <article>, <main>, schema.org Article types
  kDomAriaHidden = 1 << 5, // aria-hidden="true"
  kDomInline = 1 << 6,     // a phrasing element (b, span, a, em ...)
  kDomItemBody = 1 << 7,   // itemprop="articleBody" (schema.org microdata)
};

struct DomNode {
  myhtml_tree_node_t* raw = nullptr;
  uint32_t parent = kNoNode;
  uint32_t end = 0;     // one past the subtree's last node (nodes are in pre-order)
  uint16_t tag = 0;     // MyHTML tag id; kTextTag for text
  uint16_t depth = 0;
  uint16_t flags = 0;   // DomFlag
  uint32_t sem = 0;     // Sem flags of the element's names (class, id, role, itemprop)
  // Text nodes: the decoded text (owned by the parser's tree) and its input bytes.
  const char* text = nullptr;
  uint32_t text_len = 0;
  uint32_t src = 0, src_len = 0;
  // Over the subtree (visible text only):
  uint32_t chars = 0;       // non-space text bytes
  uint32_t link_chars = 0;  // of which inside links
  uint32_t commas = 0;      // commas (any script)
  uint32_t stops = 0;       // sentence ends ('.', '!', '?', '。')
  uint32_t links = 0;       // <a> elements
  uint32_t imgs = 0;        // <img>, <picture>, <video>, <iframe> placeholders
  uint32_t inputs = 0;      // input, select, textarea, button
  uint32_t paras = 0;       // <p> elements with at least 20 text bytes
  uint32_t lis = 0;         // <li> elements
  uint32_t headings = 0;    // h1..h6 elements
  std::string_view text_view() const { return {text, text_len}; }
  bool is_text() const { return tag == kTextTag; }
};

// Metadata found in the page's markup. Empty strings when absent.
struct PageMarkup {
  std::string title_tag;      // <title>
  std::string og_title;       // og:title, twitter:title
  std::string ld_headline;    // JSON-LD headline / name of the article
  std::string ld_body;        // JSON-LD articleBody / text
  uint32_t ld_body_src = 0, ld_body_src_len = 0;  // input bytes of the JSON-LD that gave it
  std::string ld_date;        // JSON-LD datePublished (else dateCreated)
  std::string ld_modified;    // JSON-LD dateModified
  std::string ld_author;      // JSON-LD author name(s), ", "-joined
  std::string meta_date;      // article:published_time, date, dc.date ... (first found)
  std::string meta_author;    // author, article:author, byl, dc.creator
  std::string itemprop_date;  // [itemprop=datePublished] content/datetime
  std::string itemprop_author;
  std::string time_date;      // first <time datetime> / [pubdate]
  std::string url;            // og:url, else <link rel=canonical>
  std::string site_name;      // og:site_name
  std::string lang;           // <html lang>, og:locale, content-language
};

struct Dom {
  std::vector<DomNode> nodes;  // pre-order; nodes[0] is the document
  uint32_t body = kNoNode;
  PageMarkup markup;
  size_t max_depth = 0;
  // The text node's or element's text, concatenated (for tests and debugging).
  std::string TextOf(uint32_t node) const;
};

struct DomOptions {
  size_t max_nodes = 2'000'000;  // larger pages are cut here (a diagnostic says so)
  // JSON-LD scripts and the <title>, as (offset, length) in the page: the parser skips
  // whitespace tokens and loses raw text with them, so the guard's scan supplies them.
  std::vector<std::pair<uint32_t, uint32_t>> json_ld;
  std::pair<uint32_t, uint32_t> title{0, 0};
};

// Parses `html` (UTF-8) into the calling thread's parser and builds the view.
// `warning` receives a note when the page was cut. Fails only when the parser fails.
Result<Dom> BuildDom(std::string_view html, const std::string& origin, const DomOptions& options,
                     std::string* warning);

// The common named and numeric character references decoded ("&amp;", "&rsquo;", "&#8217;").
std::string DecodeEntities(std::string s);

// Reads JSON-LD text into `markup` (exposed for tests).
void ReadJsonLd(std::string_view json, PageMarkup* markup);

}  // namespace entente
