#include "extract/html_blocks.h"

#include <myhtml/api.h>

#include <cstring>
#include <memory>
#include <mutex>

#include <nlohmann/json.hpp>

#include "common/date.h"
#include "common/text.h"
#include "extract/text_cleaner.h"

namespace entente {
namespace {

// One parser instance per thread: myhtml_t is heavy to create and not thread-safe.
struct Parser {
  myhtml_t* myhtml = nullptr;
  myhtml_tree_t* tree = nullptr;
  Parser() {
    myhtml = myhtml_create();
    myhtml_init(myhtml, MyHTML_OPTIONS_PARSE_MODE_SINGLE, 1, 0);
    tree = myhtml_tree_create();
    myhtml_tree_init(tree, myhtml);
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

std::string Attr(myhtml_tree_node_t* node, const char* key) {
  myhtml_tree_attr_t* attr = myhtml_attribute_by_key(node, key, std::strlen(key));
  if (!attr) return "";
  size_t len = 0;
  const char* v = myhtml_attribute_value(attr, &len);
  return v ? std::string(v, len) : "";
}

bool IsBlockTag(myhtml_tag_id_t tag) {
  switch (tag) {
    case MyHTML_TAG_P: case MyHTML_TAG_DIV: case MyHTML_TAG_LI: case MyHTML_TAG_BLOCKQUOTE:
    case MyHTML_TAG_PRE: case MyHTML_TAG_TD: case MyHTML_TAG_DD: case MyHTML_TAG_DT:
    case MyHTML_TAG_FIGCAPTION: case MyHTML_TAG_H1: case MyHTML_TAG_H1 + 1: case MyHTML_TAG_H1 + 2:
    case MyHTML_TAG_H1 + 3: case MyHTML_TAG_H1 + 4: case MyHTML_TAG_H1 + 5: case MyHTML_TAG_SECTION:
    case MyHTML_TAG_ARTICLE: case MyHTML_TAG_MAIN: case MyHTML_TAG_HEADER: case MyHTML_TAG_FOOTER:
    case MyHTML_TAG_NAV: case MyHTML_TAG_ASIDE: case MyHTML_TAG_UL: case MyHTML_TAG_OL:
    case MyHTML_TAG_TABLE: case MyHTML_TAG_TR: case MyHTML_TAG_BR: case MyHTML_TAG_HR:
    case MyHTML_TAG_FORM:
      return true;
    default:
      return false;
  }
}

bool IsSkippedTag(myhtml_tag_id_t tag) {
  switch (tag) {
    case MyHTML_TAG_SCRIPT: case MyHTML_TAG_STYLE: case MyHTML_TAG_NOSCRIPT: case MyHTML_TAG_TEMPLATE:
    case MyHTML_TAG_SVG: case MyHTML_TAG_IFRAME: case MyHTML_TAG_SELECT: case MyHTML_TAG_BUTTON:
    case MyHTML_TAG__COMMENT: case MyHTML_TAG_TITLE: case MyHTML_TAG_HEAD:
      return true;
    default:
      return false;
  }
}

bool BoilerplateName(const std::string& cls_id) {
  if (cls_id.empty()) return false;
  std::string s = ToLowerAscii(cls_id);
  static const char* kWords[] = {"nav", "menu", "footer", "sidebar", "comment", "related", "share", "social",
                                 "promo", "advert", "cookie", "newsletter", "breadcrumb", "subscribe",
                                 "popular", "recommend", "widget", "masthead", "tags", "byline-share",
                                 "most-read", "trending", "outbrain", "taboola"};
  for (const char* w : kWords)
    if (s.find(w) != std::string::npos) return true;
  // "ad", "ads" as whole class tokens.
  for (auto tok : Split(s, ' '))
    if (tok == "ad" || tok == "ads" || tok == "advertisement") return true;
  return false;
}

bool ArticleName(const std::string& cls_id) {
  std::string s = ToLowerAscii(cls_id);
  static const char* kWords[] = {"article-body", "article_body", "articlebody", "story-body", "entry-content",
                                 "post-content", "article-content", "story-content", "news-content"};
  for (const char* w : kWords)
    if (s.find(w) != std::string::npos) return true;
  return false;
}

void ReadJsonLd(std::string_view text, HtmlMetadata* meta) {
  nlohmann::json j = nlohmann::json::parse(text, nullptr, /*allow_exceptions=*/false);
  if (j.is_discarded()) return;
  std::vector<const nlohmann::json*> stack{&j};
  while (!stack.empty()) {
    const nlohmann::json* n = stack.back();
    stack.pop_back();
    if (n->is_array()) {
      for (const auto& e : *n) stack.push_back(&e);
      continue;
    }
    if (!n->is_object()) continue;
    if (n->contains("@graph")) stack.push_back(&(*n)["@graph"]);
    auto str = [&](const char* k) -> std::string {
      auto it = n->find(k);
      return it != n->end() && it->is_string() ? it->get<std::string>() : "";
    };
    if (meta->title.empty()) meta->title = str("headline");
    if (meta->published.empty()) meta->published = str("datePublished");
    if (meta->author.empty()) {
      auto it = n->find("author");
      if (it != n->end()) {
        const nlohmann::json* a = &*it;
        if (a->is_array() && !a->empty()) a = &(*a)[0];
        if (a->is_object() && a->contains("name") && (*a)["name"].is_string()) meta->author = (*a)["name"];
        else if (a->is_string()) meta->author = a->get<std::string>();
      }
    }
  }
}

}  // namespace

Result<std::vector<Block>> HtmlBlocks(std::string_view html, const std::string& origin, HtmlMetadata* meta) {
  Parser& p = ThreadParser();
  myhtml_tree_clean(p.tree);
  mystatus_t st = myhtml_parse(p.tree, MyENCODING_UTF_8, html.data(), html.size());
  if (st != MyHTML_STATUS_OK) return Status::Corrupt(origin + ": HTML parser failed (status " + std::to_string(st) + ")");

  std::vector<Block> blocks;
  Block cur;
  size_t link_bytes = 0;
  std::string title_tag;

  auto flush = [&]() {
    TrimBlock(cur);
    if (!cur.text.empty()) {
      cur.link_density = static_cast<double>(link_bytes) / static_cast<double>(cur.text.size());
      if (cur.link_density > 1) cur.link_density = 1;
      blocks.push_back(std::move(cur));
    }
    cur = Block();
    link_bytes = 0;
  };

  struct Frame {
    myhtml_tree_node_t* node;
    bool leaving;
    int in_link, in_article, in_boiler, heading, list_item;
  };
  std::vector<Frame> stack;
  myhtml_tree_node_t* root = myhtml_tree_get_document(p.tree);
  stack.push_back({root, false, 0, 0, 0, 0, 0});
  size_t steps = 0;
  while (!stack.empty()) {
    Frame f = stack.back();
    stack.pop_back();
    if (++steps > 50'000'000) return Status::Unsupported(origin + ": HTML too large to walk");
    myhtml_tag_id_t tag = myhtml_node_tag_id(f.node);
    if (f.leaving) {
      if (IsBlockTag(tag)) flush();
      continue;
    }
    if (tag == MyHTML_TAG__TEXT) {
      size_t len = 0;
      const char* text = myhtml_node_text(f.node, &len);
      if (!text || !len) continue;
      myhtml_position_t pos = myhtml_node_raw_position(f.node);
      std::string_view piece(text, len);
      size_t before = cur.text.size();
      if (pos.length == len) {
        AppendText(cur, piece, static_cast<uint32_t>(pos.begin));
      } else {
        // Entities were decoded: map the node's text to its start.
        size_t mark = cur.map.size();
        AppendText(cur, piece, static_cast<uint32_t>(pos.begin));
        for (size_t k = mark; k < cur.map.size(); ++k) cur.map[k].source = static_cast<uint32_t>(pos.begin);
      }
      if (f.in_link) link_bytes += cur.text.size() - before;
      cur.heading = cur.heading || f.heading;
      cur.list_item = cur.list_item || f.list_item;
      cur.in_article = cur.in_article || f.in_article;
      cur.boilerplate_container = cur.boilerplate_container || f.in_boiler;
      continue;
    }
    if (tag == MyHTML_TAG_TITLE && title_tag.empty()) {
      myhtml_tree_node_t* c = myhtml_node_child(f.node);
      if (c) {
        size_t len = 0;
        const char* t = myhtml_node_text(c, &len);
        if (t) title_tag = std::string(Trim(std::string_view(t, len)));
      }
      continue;
    }
    if (tag == MyHTML_TAG_META) {
      std::string prop = ToLowerAscii(Attr(f.node, "property") + Attr(f.node, "name") + Attr(f.node, "itemprop"));
      std::string content = Attr(f.node, "content");
      if (content.empty()) continue;
      if (prop == "og:title" && meta->title.empty()) meta->title = content;
      else if ((prop == "article:published_time" || prop == "datepublished" || prop == "pubdate" ||
                prop == "date" || prop == "dc.date" || prop == "sailthru.date" || prop == "parsely-pub-date") &&
               meta->published.empty())
        meta->published = content;
      else if ((prop == "author" || prop == "article:author" || prop == "byl") && meta->author.empty() &&
               content.find("://") == std::string::npos)
        meta->author = content;
      else if (prop == "og:url" && meta->url.empty()) meta->url = content;
      continue;
    }
    if (tag == MyHTML_TAG_SCRIPT) {
      if (ToLowerAscii(Attr(f.node, "type")) == "application/ld+json") {
        myhtml_tree_node_t* c = myhtml_node_child(f.node);
        if (c) {
          size_t len = 0;
          const char* t = myhtml_node_text(c, &len);
          if (t) ReadJsonLd(std::string_view(t, len), meta);
        }
      }
      continue;
    }
    if (IsSkippedTag(tag)) continue;
    std::string hidden = ToLowerAscii(Attr(f.node, "style"));
    if (hidden.find("display:none") != std::string::npos || hidden.find("display: none") != std::string::npos)
      continue;
    Frame child = f;
    if (tag == MyHTML_TAG_A) child.in_link = 1;
    if (tag == MyHTML_TAG_ARTICLE || tag == MyHTML_TAG_MAIN) child.in_article = 1;
    if (tag == MyHTML_TAG_NAV || tag == MyHTML_TAG_FOOTER || tag == MyHTML_TAG_ASIDE || tag == MyHTML_TAG_FORM ||
        (tag == MyHTML_TAG_HEADER && !f.in_article))
      child.in_boiler = 1;
    if (tag != MyHTML_TAG__TEXT && tag != MyHTML_TAG_A) {
      std::string names = Attr(f.node, "class") + " " + Attr(f.node, "id");
      std::string itemprop = Attr(f.node, "itemprop");
      if (itemprop == "articleBody" || ArticleName(names)) child.in_article = 1, child.in_boiler = 0;
      else if (BoilerplateName(names) && tag != MyHTML_TAG_BODY && tag != MyHTML_TAG_HTML) child.in_boiler = 1;
    }
    if (tag >= MyHTML_TAG_H1 && tag <= MyHTML_TAG_H1 + 5) child.heading = 1;
    if (tag == MyHTML_TAG_LI) child.list_item = 1;
    if (IsBlockTag(tag)) flush();
    child.node = f.node;
    child.leaving = true;
    stack.push_back(child);
    // Push children in reverse so they are visited in document order.
    std::vector<myhtml_tree_node_t*> kids;
    for (myhtml_tree_node_t* c = myhtml_node_child(f.node); c; c = myhtml_node_next(c)) kids.push_back(c);
    for (auto it = kids.rbegin(); it != kids.rend(); ++it) {
      Frame k = child;
      k.node = *it;
      k.leaving = false;
      stack.push_back(k);
    }
  }
  flush();
  if (meta->title.empty()) meta->title = title_tag;
  if (!meta->published.empty()) {
    auto d = ParseIsoDate(meta->published);
    meta->published = d ? d->ToString() : "";
  }
  // When the page marks its article body, what lies outside it is not the article.
  size_t article_words = 0;
  for (const Block& b : blocks)
    if (b.in_article && !b.boilerplate_container) article_words += b.text.size();
  if (article_words > 400)
    for (Block& b : blocks)
      if (!b.in_article && !b.heading) b.boilerplate_container = true;
  return blocks;
}

}  // namespace entente
