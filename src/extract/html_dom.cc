#include "extract/html_dom.h"

#include <myhtml/api.h>

#include <algorithm>
#include <cstring>
#include <unordered_map>

#include <nlohmann/json.hpp>

#include "common/text.h"
#include "extract/html_semantics.h"

namespace entente {
namespace {

// One parser per thread: myhtml_t is heavy to create and not thread-safe.
struct Parser {
  myhtml_t* myhtml = nullptr;
  myhtml_tree_t* tree = nullptr;
  Parser() {
    myhtml = myhtml_create();
    myhtml_init(myhtml, MyHTML_OPTIONS_PARSE_MODE_SINGLE, 1, 0);
    tree = myhtml_tree_create();
    myhtml_tree_init(tree, myhtml);
    // Whitespace-only text is not kept as nodes (a fifth faster); the spaces between
    // inline elements are recovered from the input bytes (html_content.cc, CutBlocks).
    myhtml_tree_parse_flags_set(tree, MyHTML_TREE_PARSE_FLAGS_SKIP_WHITESPACE_TOKEN);
  }
  ~Parser() {
    myhtml_tree_destroy(tree);
    myhtml_destroy(myhtml);
  }
};

Parser& ThreadParser() {
  thread_local Parser parser;
  return parser;
}

enum TagKind : uint8_t { kKindOther, kKindBlock, kKindInline, kKindSkip, kKindVoid };

struct TagTable {
  uint8_t kind[MyHTML_TAG_LAST_ENTRY + 1];
  TagTable() {
    std::fill(std::begin(kind), std::end(kind), kKindOther);
    for (int t : {MyHTML_TAG_ADDRESS, MyHTML_TAG_ARTICLE, MyHTML_TAG_ASIDE, MyHTML_TAG_BLOCKQUOTE,
                  MyHTML_TAG_DETAILS, MyHTML_TAG_DIALOG, MyHTML_TAG_DD, MyHTML_TAG_DIV, MyHTML_TAG_DL,
                  MyHTML_TAG_DT, MyHTML_TAG_FIELDSET, MyHTML_TAG_FIGCAPTION, MyHTML_TAG_FIGURE, MyHTML_TAG_FOOTER,
                  MyHTML_TAG_FORM, MyHTML_TAG_H1, MyHTML_TAG_H2, MyHTML_TAG_H3, MyHTML_TAG_H4, MyHTML_TAG_H5,
                  MyHTML_TAG_H6, MyHTML_TAG_HEADER, MyHTML_TAG_HGROUP, MyHTML_TAG_HR, MyHTML_TAG_LI,
                  MyHTML_TAG_MAIN, MyHTML_TAG_NAV, MyHTML_TAG_OL, MyHTML_TAG_P, MyHTML_TAG_PRE, MyHTML_TAG_SECTION,
                  MyHTML_TAG_TABLE, MyHTML_TAG_UL, MyHTML_TAG_TR, MyHTML_TAG_TD, MyHTML_TAG_TH, MyHTML_TAG_CAPTION,
                  MyHTML_TAG_TBODY, MyHTML_TAG_THEAD, MyHTML_TAG_TFOOT, MyHTML_TAG_BR, MyHTML_TAG_CENTER,
                  MyHTML_TAG_SUMMARY, MyHTML_TAG_MENU, MyHTML_TAG_DIR, MyHTML_TAG_LISTING, MyHTML_TAG_LEGEND,
                  MyHTML_TAG_BODY, MyHTML_TAG_HTML, MyHTML_TAG_PLAINTEXT, MyHTML_TAG_XMP, MyHTML_TAG_FRAMESET})
      kind[t] = kKindBlock;
    for (int t : {MyHTML_TAG_A, MyHTML_TAG_ABBR, MyHTML_TAG_B, MyHTML_TAG_BDI, MyHTML_TAG_BDO, MyHTML_TAG_BIG,
                  MyHTML_TAG_CITE, MyHTML_TAG_CODE, MyHTML_TAG_EM, MyHTML_TAG_FONT, MyHTML_TAG_I, MyHTML_TAG_KBD,
                  MyHTML_TAG_MARK, MyHTML_TAG_Q, MyHTML_TAG_S, MyHTML_TAG_SAMP, MyHTML_TAG_SMALL, MyHTML_TAG_SPAN,
                  MyHTML_TAG_STRIKE, MyHTML_TAG_STRONG, MyHTML_TAG_SUB, MyHTML_TAG_SUP, MyHTML_TAG_TIME, MyHTML_TAG_TT,
                  MyHTML_TAG_U, MyHTML_TAG_VAR, MyHTML_TAG_LABEL, MyHTML_TAG_NOBR, MyHTML_TAG_DEL, MyHTML_TAG_INS,
                  MyHTML_TAG_DFN, MyHTML_TAG_ACRONYM, MyHTML_TAG_BLINK, MyHTML_TAG_RUBY, MyHTML_TAG_RB,
                  MyHTML_TAG_RTC, MyHTML_TAG_DATALIST, MyHTML_TAG_OUTPUT, MyHTML_TAG_METER, MyHTML_TAG_MARQUEE})
      kind[t] = kKindInline;
    for (int t : {MyHTML_TAG_SCRIPT, MyHTML_TAG_STYLE, MyHTML_TAG_NOSCRIPT, MyHTML_TAG_TEMPLATE, MyHTML_TAG_SVG,
                  MyHTML_TAG_MATH, MyHTML_TAG_IFRAME, MyHTML_TAG_SELECT, MyHTML_TAG_TEXTAREA, MyHTML_TAG_BUTTON,
                  MyHTML_TAG_OBJECT, MyHTML_TAG_EMBED, MyHTML_TAG_CANVAS, MyHTML_TAG_AUDIO, MyHTML_TAG_VIDEO,
                  MyHTML_TAG__COMMENT, MyHTML_TAG__DOCTYPE, MyHTML_TAG_TITLE, MyHTML_TAG_HEAD, MyHTML_TAG_META,
                  MyHTML_TAG_LINK, MyHTML_TAG_BASE, MyHTML_TAG_RP, MyHTML_TAG_RT, MyHTML_TAG_APPLET,
                  MyHTML_TAG_NOEMBED, MyHTML_TAG_NOFRAMES, MyHTML_TAG_FRAME, MyHTML_TAG_MAP, MyHTML_TAG_AREA,
                  MyHTML_TAG_PARAM, MyHTML_TAG_SOURCE, MyHTML_TAG_TRACK, MyHTML_TAG_KEYGEN, MyHTML_TAG_OPTION,
                  MyHTML_TAG_OPTGROUP, MyHTML_TAG_PROGRESS})
      kind[t] = kKindSkip;
    for (int t : {MyHTML_TAG_IMG, MyHTML_TAG_IMAGE, MyHTML_TAG_INPUT, MyHTML_TAG_WBR, MyHTML_TAG_COL,
                  MyHTML_TAG_COLGROUP})
      kind[t] = kKindVoid;
  }
  uint8_t Of(myhtml_tag_id_t t) const {
    return t <= MyHTML_TAG_LAST_ENTRY ? kind[t] : static_cast<uint8_t>(kKindBlock);
  }
};

const TagTable& Tags() {
  static const TagTable t;
  return t;
}

// Byte classes for text statistics.
enum : uint8_t { kCharSpace = 1, kCharComma = 2, kCharStop = 4 };
struct CharTable {
  uint8_t c[256] = {};
  CharTable() {
    for (unsigned char s : {' ', '\t', '\n', '\r', '\f', '\v'}) c[s] = kCharSpace;
    c[static_cast<unsigned char>(',')] = kCharComma;
    c[static_cast<unsigned char>('.')] = kCharStop;
    c[static_cast<unsigned char>('!')] = kCharStop;
    c[static_cast<unsigned char>('?')] = kCharStop;
  }
};
const CharTable& Chars() {
  static const CharTable t;
  return t;
}

struct Attrs {
  std::string_view cls, id, role, itemprop, itemtype, style, property, name, content, rel, href, datetime, type,
      lang, http_equiv, aria_hidden, title;
  bool hidden = false, pubdate = false;
};

template <size_t N>
inline bool KeyIs(const char* k, size_t n, const char (&lit)[N]) {
  if (n != N - 1) return false;
  for (size_t i = 0; i < n; ++i)
    if ((k[i] | 0x20) != lit[i]) return false;
  return true;
}

void ReadAttrs(myhtml_tree_node_t* node, Attrs& a) {
  for (myhtml_tree_attr_t* at = myhtml_node_attribute_first(node); at; at = myhtml_attribute_next(at)) {
    size_t kn = 0, vn = 0;
    const char* k = myhtml_attribute_key(at, &kn);
    const char* v = myhtml_attribute_value(at, &vn);
    if (!k || kn == 0) continue;
    std::string_view val = v ? std::string_view(v, vn) : std::string_view();
    switch (k[0] | 0x20) {
      case 'c':
        if (KeyIs(k, kn, "class")) a.cls = val;
        else if (KeyIs(k, kn, "content")) a.content = val;
        break;
      case 'i':
        if (KeyIs(k, kn, "id")) a.id = val;
        else if (KeyIs(k, kn, "itemprop")) a.itemprop = val;
        else if (KeyIs(k, kn, "itemtype")) a.itemtype = val;
        break;
      case 'r':
        if (KeyIs(k, kn, "role")) a.role = val;
        else if (KeyIs(k, kn, "rel")) a.rel = val;
        break;
      case 's':
        if (KeyIs(k, kn, "style")) a.style = val;
        break;
      case 'p':
        if (KeyIs(k, kn, "property")) a.property = val;
        else if (KeyIs(k, kn, "pubdate")) a.pubdate = true;
        break;
      case 'n':
        if (KeyIs(k, kn, "name")) a.name = val;
        break;
      case 'h':
        if (KeyIs(k, kn, "href")) a.href = val;
        else if (KeyIs(k, kn, "hidden")) a.hidden = true;
        else if (KeyIs(k, kn, "http-equiv")) a.http_equiv = val;
        break;
      case 'd':
        if (KeyIs(k, kn, "datetime")) a.datetime = val;
        break;
      case 't':
        if (KeyIs(k, kn, "type")) a.type = val;
        else if (KeyIs(k, kn, "title")) a.title = val;
        break;
      case 'l':
        if (KeyIs(k, kn, "lang")) a.lang = val;
        break;
      case 'a':
        if (KeyIs(k, kn, "aria-hidden")) a.aria_hidden = val;
        break;
      default:
        break;
    }
  }
}

bool StyleHides(std::string_view style) {
  if (style.empty()) return false;
  std::string s;
  s.reserve(style.size());
  for (char c : style)
    if (c != ' ' && c != '\t' && c != '\n') s.push_back(static_cast<char>(std::tolower(static_cast<unsigned char>(c))));
  return s.find("display:none") != std::string::npos || s.find("visibility:hidden") != std::string::npos;
}

uint32_t RoleFlags(std::string_view role) {
  std::string r = ToLowerAscii(role);
  if (r.empty()) return 0;
  if (r == "navigation" || r == "menu" || r == "menubar" || r == "search" || r == "tablist") return kSemNav;
  if (r == "banner") return kSemHeader;
  if (r == "contentinfo") return kSemFooter;
  if (r == "complementary") return kSemSidebar;
  if (r == "dialog" || r == "alertdialog" || r == "alert") return kSemConsent;
  if (r == "main" || r == "article") return kSemPositive | kSemKeep;
  return 0;
}

}  // namespace

// The common character references (a <title> is RCDATA, read from the input bytes).
std::string DecodeEntities(std::string s) {
  if (s.find('&') == std::string::npos) return s;
  static const std::pair<const char*, const char*> kEnt[] = {
      {"&amp;", "&"}, {"&quot;", "\""}, {"&#39;", "'"}, {"&#039;", "'"}, {"&apos;", "'"}, {"&nbsp;", " "},
      {"&lt;", "<"}, {"&gt;", ">"}, {"&#8211;", "\xE2\x80\x93"}, {"&ndash;", "\xE2\x80\x93"},
      {"&#8212;", "\xE2\x80\x94"}, {"&mdash;", "\xE2\x80\x94"}, {"&#8217;", "\xE2\x80\x99"},
      {"&rsquo;", "\xE2\x80\x99"}, {"&#8216;", "\xE2\x80\x98"}, {"&lsquo;", "\xE2\x80\x98"},
      {"&#8220;", "\xE2\x80\x9C"}, {"&ldquo;", "\xE2\x80\x9C"}, {"&#8221;", "\xE2\x80\x9D"},
      {"&rdquo;", "\xE2\x80\x9D"}, {"&#124;", "|"}, {"&raquo;", "\xC2\xBB"}, {"&laquo;", "\xC2\xAB"},
      {"&#187;", "\xC2\xBB"}, {"&middot;", "\xC2\xB7"}, {"&hellip;", "\xE2\x80\xA6"}};
  std::string out;
  out.reserve(s.size());
  for (size_t i = 0; i < s.size(); ++i) {
    if (s[i] == '&') {
      bool done = false;
      for (const auto& [e, r] : kEnt) {
        size_t n = std::strlen(e);
        if (s.compare(i, n, e) == 0) {
          out += r;
          i += n - 1;
          done = true;
          break;
        }
      }
      if (done) continue;
      // Numeric references of Latin-1 letters and other BMP characters.
      if (i + 3 < s.size() && s[i + 1] == '#') {
        size_t j = i + 2;
        bool hex = j < s.size() && (s[j] == 'x' || s[j] == 'X');
        if (hex) ++j;
        size_t k = j;
        while (k < s.size() && k - j < 7 && std::isxdigit(static_cast<unsigned char>(s[k]))) ++k;
        if (k > j && k < s.size() && s[k] == ';') {
          unsigned long cp = std::strtoul(s.substr(j, k - j).c_str(), nullptr, hex ? 16 : 10);
          if (cp > 0 && cp < 0x110000) {
            AppendUtf8(out, static_cast<char32_t>(cp));
            i = k;
            continue;
          }
        }
      }
    }
    out.push_back(s[i]);
  }
  return out;
}

namespace {

std::string Collapse(std::string_view s) {
  std::string out;
  out.reserve(s.size());
  bool space = false;
  for (char c : s) {
    if (c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f') {
      space = true;
      continue;
    }
    if (space && !out.empty()) out.push_back(' ');
    space = false;
    out.push_back(c);
  }
  return out;
}

// Meta names that give the publication date, best first.
int MetaDateRank(const std::string& p) {
  static const char* kNames[] = {"article:published_time", "og:article:published_time", "datepublished",
                                 "article.published", "published_time", "publishdate", "publish-date",
                                 "publish_date", "pubdate", "parsely-pub-date", "sailthru.date", "dc.date.issued",
                                 "dcterms.issued", "dc.date", "dcterms.date", "dcterms.created", "dc.date.created",
                                 "citation_publication_date", "citation_date", "date", "originalpublicationdate",
                                 "article_date_original", "publication_date", "cxenseparse:recs:publishtime",
                                 "displaydate", "og:published_time", "article:published", "release_date",
                                 "created", "creation_date"};
  for (size_t i = 0; i < sizeof kNames / sizeof *kNames; ++i)
    if (p == kNames[i]) return static_cast<int>(i);
  return -1;
}

bool IsAuthorMeta(const std::string& p) {
  return p == "author" || p == "article:author" || p == "byl" || p == "dc.creator" || p == "sailthru.author" ||
         p == "parsely-author" || p == "dcterms.creator" || p == "citation_author" || p == "og:article:author";
}

struct Frame {
  myhtml_tree_node_t* node;
  uint32_t parent;
  uint16_t depth;
  bool in_link;
  bool in_head;
};

}  // namespace

std::string Dom::TextOf(uint32_t node) const {
  std::string out;
  if (node >= nodes.size()) return out;
  for (uint32_t i = node; i < nodes[node].end; ++i) {
    const DomNode& n = nodes[i];
    if (n.is_text()) out.append(n.text, n.text_len);
    else if ((n.flags & kDomBlock) && !out.empty()) out.push_back(' ');
  }
  return Collapse(out);
}

void ReadJsonLd(std::string_view text, PageMarkup* m) {
  if (text.size() > (4u << 20)) return;
  // Raw control characters inside strings are common in the wild; JSON forbids them.
  std::string clean(text);
  for (char& c : clean)
    if (static_cast<unsigned char>(c) < 0x20) c = ' ';
  nlohmann::json j = nlohmann::json::parse(clean, nullptr, /*allow_exceptions=*/false);
  if (j.is_discarded()) return;
  struct Item {
    const nlohmann::json* n;
    int depth;
  };
  std::vector<Item> stack{{&j, 0}};
  int best_rank = -1;  // rank of the object whose fields are kept
  size_t visited = 0;
  while (!stack.empty() && ++visited < 10000) {
    Item it = stack.back();
    stack.pop_back();
    const nlohmann::json* n = it.n;
    if (it.depth > 12) continue;
    if (n->is_array()) {
      for (auto e = n->rbegin(); e != n->rend(); ++e) stack.push_back({&*e, it.depth + 1});
      continue;
    }
    if (!n->is_object()) continue;
    auto g = n->find("@graph");
    if (g != n->end()) stack.push_back({&*g, it.depth + 1});
    auto me = n->find("mainEntity");
    if (me != n->end() && me->is_object()) stack.push_back({&*me, it.depth + 1});
    std::string type;
    auto t = n->find("@type");
    if (t != n->end()) {
      if (t->is_string()) type = t->get<std::string>();
      else if (t->is_array())
        for (const auto& e : *t)
          if (e.is_string()) type += e.get<std::string>() + " ";
    }
    int rank = 0;
    if (type.find("Article") != std::string::npos || type.find("Posting") != std::string::npos ||
        type.find("Report") != std::string::npos || type.find("NewsArticle") != std::string::npos)
      rank = 3;
    else if (type.find("WebPage") != std::string::npos || type.find("ItemPage") != std::string::npos)
      rank = 1;
    else if (type.find("Comment") != std::string::npos || type.find("Person") != std::string::npos ||
             type.find("Organization") != std::string::npos || type.find("BreadcrumbList") != std::string::npos ||
             type.find("WebSite") != std::string::npos || type.find("ImageObject") != std::string::npos)
      continue;
    auto str = [&](const char* k) -> std::string {
      auto f = n->find(k);
      return f != n->end() && f->is_string() ? f->get<std::string>() : "";
    };
    bool better = rank > best_rank;
    std::string date = str("datePublished");
    if (date.empty()) date = str("dateCreated");
    if (!date.empty() && (better || m->ld_date.empty())) m->ld_date = date;
    std::string mod = str("dateModified");
    if (!mod.empty() && (better || m->ld_modified.empty())) m->ld_modified = mod;
    std::string head = str("headline");
    if (head.empty() && rank == 3) head = str("name");
    if (!head.empty() && (better || m->ld_headline.empty())) m->ld_headline = head;
    std::string body = str("articleBody");
    if (body.empty() && rank == 3) body = str("text");
    if (!body.empty() && (better || m->ld_body.empty())) m->ld_body = body;
    auto a = n->find("author");
    if (a != n->end() && (better || m->ld_author.empty())) {
      std::string names;
      auto add = [&](const nlohmann::json& e) {
        std::string nm;
        if (e.is_string()) nm = e.get<std::string>();
        else if (e.is_object() && e.contains("name") && e["name"].is_string()) nm = e["name"].get<std::string>();
        if (!nm.empty() && nm.find("://") == std::string::npos) names += (names.empty() ? "" : ", ") + nm;
      };
      if (a->is_array())
        for (const auto& e : *a) add(e);
      else
        add(*a);
      if (!names.empty()) m->ld_author = names;
    }
    if (rank > best_rank && (rank > 0 || !date.empty() || !head.empty())) best_rank = rank;
  }
}

Result<Dom> BuildDom(std::string_view html, const std::string& origin, const DomOptions& options,
                     std::string* warning) {
  Parser& p = ThreadParser();
  myhtml_tree_clean(p.tree);
  mystatus_t st = myhtml_parse(p.tree, MyENCODING_UTF_8, html.data(), html.size());
  if (st != MyHTML_STATUS_OK)
    return Status::Corrupt(origin + ": HTML parser failed (status " + std::to_string(st) + ")");

  Dom dom;
  dom.nodes.reserve(std::min<size_t>(html.size() / 40 + 64, options.max_nodes + 1));
  const TagTable& tags = Tags();
  const CharTable& chars = Chars();
  std::unordered_map<std::string_view, uint32_t> memo;
  auto classify = [&](std::string_view s) -> uint32_t {
    if (s.empty()) return 0;
    auto it = memo.find(s);
    if (it != memo.end()) return it->second;
    uint32_t f = ClassifyNames(s);
    memo.emplace(s, f);
    return f;
  };
  PageMarkup& mk = dom.markup;
  int meta_date_rank = 1 << 30;
  uint32_t itemprop_author_node = kNoNode;
  std::vector<std::pair<std::string_view, myhtml_tree_node_t*>> json_ld;

  std::vector<Frame> stack;
  std::vector<myhtml_tree_node_t*> kids;
  myhtml_tree_node_t* root = myhtml_tree_get_document(p.tree);
  dom.nodes.push_back(DomNode());
  dom.nodes[0].raw = root;
  dom.nodes[0].flags = kDomBlock;
  for (myhtml_tree_node_t* c = myhtml_node_last_child(root); c; c = myhtml_node_prev(c))
    stack.push_back({c, 0, 1, false, false});
  bool cut = false;
  while (!stack.empty()) {
    Frame f = stack.back();
    stack.pop_back();
    myhtml_tag_id_t tag = myhtml_node_tag_id(f.node);
    if (tag == MyHTML_TAG__TEXT) {
      if (f.in_head) continue;
      size_t len = 0;
      const char* text = myhtml_node_text(f.node, &len);
      if (!text || !len) continue;
      if (dom.nodes.size() >= options.max_nodes) {
        cut = true;
        continue;
      }
      DomNode n;
      n.raw = f.node;
      n.parent = f.parent;
      n.tag = kTextTag;
      n.depth = f.depth;
      n.text = text;
      n.text_len = static_cast<uint32_t>(len);
      myhtml_position_t pos = myhtml_node_raw_position(f.node);
      n.src = static_cast<uint32_t>(pos.begin);
      n.src_len = static_cast<uint32_t>(pos.length);
      uint32_t nonspace = 0, commas = 0, stops = 0;
      for (size_t i = 0; i < len; ++i) {
        unsigned char c = static_cast<unsigned char>(text[i]);
        uint8_t k = chars.c[c];
        nonspace += !(k & kCharSpace);
        commas += (k & kCharComma) != 0;
        stops += (k & kCharStop) != 0;
        // U+3001 、 U+FF0C ， (commas), U+3002 。 (stop): E3 80 81 / EF BC 8C / E3 80 82
        if (c == 0xE3 && i + 2 < len && static_cast<unsigned char>(text[i + 1]) == 0x80) {
          unsigned char d = static_cast<unsigned char>(text[i + 2]);
          commas += d == 0x81;
          stops += d == 0x82;
        } else if (c == 0xEF && i + 2 < len && static_cast<unsigned char>(text[i + 1]) == 0xBC &&
                   static_cast<unsigned char>(text[i + 2]) == 0x8C) {
          ++commas;
        }
      }
      n.chars = nonspace;
      n.link_chars = f.in_link ? nonspace : 0;
      n.commas = commas;
      n.stops = stops;
      dom.nodes.push_back(n);
      continue;
    }
    uint8_t kind = tags.Of(tag);
    Attrs a;
    bool has_attrs = myhtml_node_attribute_first(f.node) != nullptr;
    if (has_attrs) ReadAttrs(f.node, a);
    // Metadata in <head> and anywhere else.
    if (tag == MyHTML_TAG_META) {
      std::string prop = ToLowerAscii(!a.property.empty() ? a.property : !a.name.empty() ? a.name : a.itemprop);
      std::string content(Trim(a.content));
      if (content.empty()) continue;
      if ((prop == "og:title" || prop == "twitter:title") && mk.og_title.empty()) mk.og_title = content;
      else if (prop == "og:site_name" && mk.site_name.empty()) mk.site_name = content;
      else if (prop == "og:url" && mk.url.empty()) mk.url = content;
      else if ((prop == "og:locale" || prop == "dc.language" || prop == "language") && mk.lang.empty()) mk.lang = content;
      else if (IsAuthorMeta(prop) && mk.meta_author.empty() && content.find("://") == std::string::npos)
        mk.meta_author = content;
      else if (!a.http_equiv.empty() && ToLowerAscii(a.http_equiv) == "content-language" && mk.lang.empty())
        mk.lang = content;
      else {
        int rank = MetaDateRank(prop);
        if (rank >= 0 && rank < meta_date_rank) {
          meta_date_rank = rank;
          mk.meta_date = content;
        }
      }
      if (ToLowerAscii(a.itemprop) == "datepublished" && mk.itemprop_date.empty()) mk.itemprop_date = content;
      continue;
    }
    if (tag == MyHTML_TAG_LINK) {
      if (ToLowerAscii(a.rel) == "canonical" && !a.href.empty() && mk.url.empty()) mk.url = std::string(a.href);
      continue;
    }
    if (tag == MyHTML_TAG_TITLE) {
      if (mk.title_tag.empty()) {
        myhtml_tree_node_t* c = myhtml_node_child(f.node);
        size_t len = 0;
        const char* t = c ? myhtml_node_text(c, &len) : nullptr;
        if (t) mk.title_tag = Collapse(std::string_view(t, len));
      }
      continue;
    }
    if (tag == MyHTML_TAG_SCRIPT) {
      if (ToLowerAscii(Trim(a.type)) == "application/ld+json") {
        myhtml_tree_node_t* c = myhtml_node_child(f.node);
        size_t len = 0;
        const char* t = c ? myhtml_node_text(c, &len) : nullptr;
        if (t && json_ld.size() < 16) json_ld.push_back({std::string_view(t, len), c});
      }
      continue;
    }
    if (tag == MyHTML_TAG_HTML && !a.lang.empty()) mk.lang = std::string(a.lang);
    bool in_head = f.in_head || tag == MyHTML_TAG_HEAD;
    if (kind == kKindSkip && tag != MyHTML_TAG_HEAD) continue;
    if (a.hidden || StyleHides(a.style)) continue;
    if (in_head) {
      for (myhtml_tree_node_t* c = myhtml_node_last_child(f.node); c; c = myhtml_node_prev(c))
        stack.push_back({c, f.parent, f.depth, false, true});
      continue;
    }
    if (dom.nodes.size() >= options.max_nodes) {
      cut = true;
      continue;
    }
    uint32_t idx = static_cast<uint32_t>(dom.nodes.size());
    DomNode n;
    n.raw = f.node;
    n.parent = f.parent;
    n.tag = static_cast<uint16_t>(tag > 0xFFFF ? 0xFFFF : tag);
    n.depth = f.depth;
    if (f.depth > dom.max_depth) dom.max_depth = f.depth;
    if (kind == kKindBlock) n.flags |= kDomBlock;
    if (kind == kKindInline) n.flags |= kDomInline;
    if (f.in_link || tag == MyHTML_TAG_A) n.flags |= kDomInLink;
    if (tag >= MyHTML_TAG_H1 && tag <= MyHTML_TAG_H6) n.flags |= kDomHeading;
    if (tag == MyHTML_TAG_NAV || tag == MyHTML_TAG_FOOTER || tag == MyHTML_TAG_ASIDE ||
        tag == MyHTML_TAG_HEADER || tag == MyHTML_TAG_MENU || tag == MyHTML_TAG_DIALOG)
      n.flags |= kDomBoilerTag;
    if (tag == MyHTML_TAG_ARTICLE || tag == MyHTML_TAG_MAIN) n.flags |= kDomArticleTag;
    if (tag == MyHTML_TAG_A) n.links = 1;
    if (tag == MyHTML_TAG_IMG || tag == MyHTML_TAG_IMAGE) n.imgs = 1;
    if (tag == MyHTML_TAG_INPUT) n.inputs = 1;
    if (has_attrs) {
      n.sem = classify(a.cls) | classify(a.id) | RoleFlags(a.role);
      if (!a.itemprop.empty()) {
        std::string ip = ToLowerAscii(a.itemprop);
        if (ip == "articlebody" || ip == "reviewbody" || ip == "text") {
          n.sem |= kSemBody;
          if (ip == "articlebody") n.flags |= kDomItemBody;
        }
        else if (ip == "author" || ip == "creator") {
          n.sem |= kSemByline | kSemMeta;
          if (itemprop_author_node == kNoNode) itemprop_author_node = idx;
        } else if (ip == "datepublished") {
          n.sem |= kSemDate | kSemMeta;
          if (mk.itemprop_date.empty()) mk.itemprop_date = std::string(!a.datetime.empty() ? a.datetime : a.content);
        } else if (ip == "headline") {
          n.sem |= kSemTitle;
        } else if (ip == "comment" || ip == "comments") {
          n.sem |= kSemComments;
        }
      }
      if (!a.itemtype.empty()) {
        if (a.itemtype.find("Article") != std::string_view::npos ||
            a.itemtype.find("BlogPosting") != std::string_view::npos)
          n.flags |= kDomArticleTag;
        else if (a.itemtype.find("Comment") != std::string_view::npos)
          n.sem |= kSemComments;
      }
      if (a.aria_hidden == "true") n.flags |= kDomAriaHidden;
      // hAtom: <abbr class="published" title="2013-04-04T18:52:11+00:00">.
      if ((n.sem & kSemDate) && !a.title.empty() && a.title.size() < 40 && a.title.size() >= 10 &&
          std::isdigit(static_cast<unsigned char>(a.title[0])) && a.title[4] == '-') {
        std::string cls = ToLowerAscii(a.cls);
        if (cls.find("published") != std::string::npos || (mk.time_date.empty() && cls.find("updated") != std::string::npos))
          mk.time_date = std::string(a.title);
      }
      if (tag == MyHTML_TAG_TIME && mk.time_date.empty() && !a.datetime.empty()) {
        // Prefer a <time> marked as the publication date; else the first.
        mk.time_date = std::string(a.datetime);
      } else if (tag == MyHTML_TAG_TIME && (a.pubdate || (n.sem & kSemDate)) && !a.datetime.empty()) {
        mk.time_date = std::string(a.datetime);
      }
    }
    // Inline elements hidden by their names ("sr-only", "tooltip") hold text no reader sees
    // in the flow of a paragraph.
    if (kind == kKindInline && (n.sem & kSemHidden)) continue;
    if (tag == MyHTML_TAG_BODY && dom.body == kNoNode) dom.body = idx;
    dom.nodes.push_back(n);
    if (kind == kKindVoid || tag == MyHTML_TAG_BR || tag == MyHTML_TAG_HR) continue;
    bool in_link = f.in_link || tag == MyHTML_TAG_A;
    uint16_t d = static_cast<uint16_t>(f.depth < 0xFFFE ? f.depth + 1 : f.depth);
    for (myhtml_tree_node_t* c = myhtml_node_last_child(f.node); c; c = myhtml_node_prev(c))
      stack.push_back({c, idx, d, in_link, false});
  }
  // Subtree ends and statistics, children before parents (reverse pre-order).
  const size_t n = dom.nodes.size();
  for (size_t i = 0; i < n; ++i) dom.nodes[i].end = static_cast<uint32_t>(i + 1);
  for (size_t i = n; i-- > 1;) {
    DomNode& c = dom.nodes[i];
    if (c.tag == MyHTML_TAG_P && c.chars >= 20) ++c.paras;
    if (c.tag == MyHTML_TAG_LI) ++c.lis;
    if (c.flags & kDomHeading) ++c.headings;
    DomNode& par = dom.nodes[c.parent];
    par.end = std::max(par.end, c.end);
    par.chars += c.chars;
    par.link_chars += c.link_chars;
    par.commas += c.commas;
    par.stops += c.stops;
    par.links += c.links;
    par.imgs += c.imgs;
    par.inputs += c.inputs;
    par.paras += c.paras;
    par.lis += c.lis;
    par.headings += c.headings;
  }
  for (const auto& [j, node] : json_ld) {
    size_t before = mk.ld_body.size();
    ReadJsonLd(j, &mk);
    if (mk.ld_body.size() != before) {
      myhtml_position_t pos = myhtml_node_raw_position(node);
      mk.ld_body_src = static_cast<uint32_t>(pos.begin);
      mk.ld_body_src_len = static_cast<uint32_t>(pos.length);
    }
  }
  for (const auto& [off, len] : options.json_ld) {
    if (off + static_cast<size_t>(len) > html.size()) continue;
    size_t before = mk.ld_body.size();
    ReadJsonLd(html.substr(off, len), &mk);
    if (mk.ld_body.size() != before) {
      mk.ld_body_src = off;
      mk.ld_body_src_len = len;
    }
  }
  if (mk.title_tag.empty() && options.title.second > 0 && options.title.first + options.title.second <= html.size())
    mk.title_tag = DecodeEntities(Collapse(html.substr(options.title.first, std::min<uint32_t>(options.title.second, 2000))));
  if (itemprop_author_node != kNoNode) {
    std::string t = dom.TextOf(itemprop_author_node);
    if (t.size() < 120) mk.itemprop_author = t;
  }
  if (cut && warning)
    *warning = origin + ": page has more than " + std::to_string(options.max_nodes) +
               " HTML nodes; the rest was ignored";
  return dom;
}

}  // namespace entente
