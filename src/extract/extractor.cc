#include "extract/extractor.h"

#include <algorithm>
#include <cstring>

#include "common/date.h"
#include "common/text.h"
#include "extract/block_judge.h"
#include "extract/charset.h"
#include "extract/html_content.h"
#include "extract/html_dom.h"
#include "extract/html_guard.h"
#include "extract/page_dates.h"

namespace entente {
namespace {

struct HtmlPage {
  Decoded decoded;  // the page as UTF-8, with its map back to the input
  Dom dom;
  HtmlContentResult content;
  std::vector<std::string> warnings;
};

std::string Megabytes(size_t n) { return std::to_string((n + (1 << 19)) >> 20) + " MB"; }

Result<HtmlPage> ReadHtml(const Document& doc, const ExtractOptions& o) {
  HtmlPage page;
  std::string_view bytes = doc.bytes;
  if (bytes.size() > o.max_html_bytes) {
    size_t cut = bytes.rfind('<', o.max_html_bytes);
    if (cut == std::string_view::npos || cut < o.max_html_bytes / 2) cut = o.max_html_bytes;
    page.warnings.push_back(doc.origin + ": HTML page of " + Megabytes(bytes.size()) + " is over the " +
                            Megabytes(o.max_html_bytes) + " limit; only its first " + Megabytes(cut) + " were read");
    bytes = bytes.substr(0, cut);
  }
  page.decoded = DecodeToUtf8(bytes, doc.charset);
  if (page.decoded.replaced > 16 && page.decoded.replaced * 100 > bytes.size())
    page.warnings.push_back(doc.origin + ": " + std::to_string(page.decoded.replaced) + " bytes are not valid " +
                            page.decoded.charset + " (decoded as windows-1252 or U+FFFD)");
  std::string_view html = page.decoded.Text(bytes);  // the text parsed (the input itself when UTF-8)
  GuardReport guard = GuardHtml(html, o.max_nesting);
  if (!guard.blank.empty()) {
    // Copy only when tags must be blanked (offsets do not move).
    if (page.decoded.same) page.decoded.text.assign(html);
    page.decoded.same = false;
    ApplyGuard(guard, page.decoded.text);
    html = page.decoded.text;
  }
  if (guard.blanked)
    page.warnings.push_back(doc.origin + ": elements nested deeper than " + std::to_string(o.max_nesting) +
                            " levels were flattened (" + std::to_string(guard.blanked) + " tags)");
  std::string warning;
  DomOptions dom_options;
  dom_options.json_ld = std::move(guard.json_ld);
  dom_options.title = guard.title;
  auto dom = BuildDom(html, doc.origin, dom_options, &warning);
  if (!dom.ok()) return dom.status();
  if (!warning.empty()) page.warnings.push_back(warning);
  page.dom = std::move(dom.value());
  page.content = HtmlArticleBlocks(page.dom, html);
  return page;
}

// Adds a block's run (clean offsets -> decoded offsets) to the article map, through the
// decoder's map back to input bytes.
void AddRun(OffsetMap& out, uint32_t clean, uint32_t dec, uint32_t len, const std::vector<DecodeRun>& runs) {
  if (runs.empty()) {
    out.Add(clean, dec, len);
    return;
  }
  auto it = std::upper_bound(runs.begin(), runs.end(), dec, [](uint32_t d, const DecodeRun& r) { return d < r.dec; });
  if (it == runs.begin()) return;
  --it;
  while (len > 0 && it != runs.end()) {
    if (dec < it->dec) break;
    uint32_t off = dec - it->dec;
    if (off >= it->dec_len) {
      ++it;
      continue;
    }
    uint32_t take = std::min(len, it->dec_len - off);
    if (it->dec_len == it->src_len) out.Add(clean, it->src + off, take);
    else if (off == 0) out.Add(clean, it->src, std::min(take, it->src_len));
    clean += take;
    dec += take;
    len -= take;
    ++it;
  }
}

// "Headline | Site", "Headline - Site" -> "Headline".
std::string CleanTitle(std::string title, const std::string& site) {
  title = std::string(Trim(title));
  static const char* kSeps[] = {" | ", " - ", " \xE2\x80\x93 ", " \xE2\x80\x94 ", " :: ", " \xC2\xBB ", " \xC2\xB7 "};
  for (const char* sep : kSeps) {
    size_t p = title.rfind(sep);
    if (p == std::string::npos || p == 0) continue;
    std::string head = title.substr(0, p);
    std::string tail = title.substr(p + std::strlen(sep));
    bool tail_site = !site.empty() && (FoldText(tail).find(FoldText(site)) != std::string::npos ||
                                       FoldText(site).find(FoldText(tail)) != std::string::npos);
    if (tail_site || (CountWords(tail) <= 4 && CountWords(head) >= 3)) return std::string(Trim(head));
  }
  return title;
}

std::string FirstDate(std::initializer_list<const std::string*> candidates, const std::string& latest,
                      const std::string** raw = nullptr) {
  for (const std::string* c : candidates) {
    if (c->empty()) continue;
    std::string iso = NormalizeDate(*c);
    if (!iso.empty() && PlausibleDate(iso, latest)) {
      if (raw) *raw = c;
      return iso;
    }
  }
  return "";
}

// "2020-02-25T02:25:54Z", "...T05:00:00+00:00": a UTC time before 08:00.
bool EarlyUtc(std::string_view ts) {
  if (ts.size() < 16 || (ts[10] != 'T' && ts[10] != ' ')) return false;
  int hh = (ts[11] - '0') * 10 + (ts[12] - '0');
  if (hh < 0 || hh > 23) return false;
  bool utc = EndsWith(ts, "Z") || EndsWith(ts, "+00:00") || EndsWith(ts, "+0000");
  return utc && hh < 8;
}

void HtmlMetadata(const Document& doc, const HtmlPage& page, Article& a) {
  const PageMarkup& m = page.dom.markup;
  a.url = !doc.url.empty() ? doc.url : m.url;
  // The visible headline first (metadata titles often carry the site's name or an SEO
  // variant), then JSON-LD, OpenGraph, <title> without the site's name.
  std::string title = !page.content.headline.empty() ? page.content.headline
                      : !m.ld_headline.empty()        ? m.ld_headline
                      : !m.og_title.empty()           ? m.og_title
                                                      : CleanTitle(m.title_tag, m.site_name);
  a.title = !doc.title.empty() ? doc.title : std::string(Trim(title));
  a.byline = !m.ld_author.empty()       ? m.ld_author
             : !m.meta_author.empty()     ? m.meta_author
             : !m.itemprop_author.empty() ? m.itemprop_author
                                          : page.content.byline;
  if (!doc.published.empty()) {
    a.published = doc.published;
  } else {
    std::string latest = doc.fetched.substr(0, std::min<size_t>(10, doc.fetched.size()));
    std::string month;
    std::string url_date = DateFromUrl(a.url, &month);
    if (!url_date.empty() && !PlausibleDate(url_date, latest)) url_date.clear();
    const std::string* raw = nullptr;
    std::string meta = FirstDate({&m.ld_date, &m.meta_date, &m.itemprop_date}, latest, &raw);
    if (!meta.empty()) {
      a.published = meta;
      // An early-morning UTC timestamp is the evening before in the Americas: when the
      // URL names that day, the URL is right.
      if (!url_date.empty() && raw && EarlyUtc(*raw) &&
          ToDays(*ParseIsoDate(meta)) - ToDays(*ParseIsoDate(url_date)) == 1)
        a.published = url_date;
    } else if (!url_date.empty()) {
      a.published = url_date;
    } else {
      // Last resort: a date in the page's title ("Headline | DW | 23.05.2011").
      std::string title_date = FindTextDate(m.og_title.empty() ? m.title_tag : m.og_title);
      a.published = FirstDate({&m.time_date, &page.content.dateline, &title_date}, latest);
      // A visible date in the month the URL names; else the month alone.
      if (!month.empty() && a.published.compare(0, 7, month) != 0) a.published = month;
    }
  }
  if (!a.published.empty()) {
    auto d = ParseIsoDate(a.published);
    a.published = d ? d->ToString() : "";
  }
}

void TextMetadata(const Document& doc, const PageMetadata& page, Article& a) {
  a.url = doc.url;
  a.title = !doc.title.empty() ? doc.title : page.title;
  a.byline = page.byline;
  a.published = !doc.published.empty() ? doc.published : page.published;
  if (!a.published.empty()) {
    auto d = ParseIsoDate(a.published);
    a.published = d ? d->ToString() : "";
  }
}

bool AnyBody(const std::vector<Block>& blocks) {
  for (const Block& b : blocks)
    if (b.role == Block::Role::kBody) return true;
  return false;
}

// The container gave nothing: judge the page's blocks one by one.
void FallBackToBlockJudge(std::vector<Block>& blocks) {
  for (Block& b : blocks) {
    b.role = Block::Role::kUnknown;
    b.why.clear();
  }
  JudgeBlocks(blocks);
}

void AssembleText(const std::vector<Block>& blocks, bool keep_all, const std::vector<DecodeRun>& runs, Article& a) {
  bool first = true;
  for (const Block& b : blocks) {
    bool keep = keep_all ? !b.text.empty() : b.role == Block::Role::kBody;
    if (!keep) continue;
    if (!first) a.text += b.line_break ? "\n" : "\n\n";
    first = false;
    uint32_t base = static_cast<uint32_t>(a.text.size());
    a.text += b.text;
    for (const auto& r : b.map) AddRun(a.offsets, base + r.clean, r.source, r.len, runs);
  }
}

}  // namespace

Result<std::vector<Block>> ExtractBlocks(const Document& doc) {
  if (doc.kind == Document::Kind::kHtml) {
    auto page = ReadHtml(doc, ExtractOptions());
    if (!page.ok()) return page.status();
    std::vector<Block> blocks = std::move(page->content.blocks);
    if (!AnyBody(blocks)) FallBackToBlockJudge(blocks);
    return blocks;
  }
  std::vector<Block> blocks = TextBlocks(doc.bytes);
  JudgeBlocks(blocks);
  return blocks;
}

Result<Article> Extract(const Document& doc, const ExtractOptions& options) {
  Article a;
  a.doc_id = doc.id;
  if (doc.kind == Document::Kind::kHtml) {
    auto page = ReadHtml(doc, options);
    if (!page.ok()) return page.status();
    std::vector<Block>& blocks = page->content.blocks;
    if (!AnyBody(blocks)) FallBackToBlockJudge(blocks);
    HtmlMetadata(doc, *page, a);
    a.warnings = std::move(page->warnings);
    AssembleText(blocks, options.keep_all, page->decoded.runs, a);
  } else {
    std::vector<Block> blocks = TextBlocks(doc.bytes);
    PageMetadata page = JudgeBlocks(blocks);
    TextMetadata(doc, page, a);
    AssembleText(blocks, options.keep_all, {}, a);
  }
  if (a.text.empty()) return Status::Corrupt(doc.origin + ": no article text found");
  a.language = options.detect_language ? DetectLanguage(a.text) : "un";
  return a;
}

}  // namespace entente
