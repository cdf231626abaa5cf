#include "extract/extractor.h"

#include "common/date.h"
#include "extract/block_judge.h"
#include "extract/html_blocks.h"

namespace entente {

Result<std::vector<Block>> ExtractBlocks(const Document& doc) {
  std::vector<Block> blocks;
  HtmlMetadata html_meta;
  if (doc.kind == Document::Kind::kHtml) {
    auto r = HtmlBlocks(doc.bytes, doc.origin, &html_meta);
    if (!r.ok()) return r.status();
    blocks = std::move(r.value());
  } else {
    blocks = TextBlocks(doc.bytes);
  }
  JudgeBlocks(blocks);
  return blocks;
}

Result<Article> Extract(const Document& doc, const ExtractOptions& options) {
  std::vector<Block> blocks;
  HtmlMetadata html_meta;
  if (doc.kind == Document::Kind::kHtml) {
    auto r = HtmlBlocks(doc.bytes, doc.origin, &html_meta);
    if (!r.ok()) return r.status();
    blocks = std::move(r.value());
  } else {
    blocks = TextBlocks(doc.bytes);
  }
  PageMetadata page = JudgeBlocks(blocks);

  Article a;
  a.doc_id = doc.id;
  a.url = doc.url.empty() ? html_meta.url : doc.url;
  // Metadata: input metadata first, then structured page metadata, then visible text.
  a.title = !doc.title.empty() ? doc.title : !html_meta.title.empty() ? html_meta.title : page.title;
  a.byline = !html_meta.author.empty() ? html_meta.author : page.byline;
  if (!doc.published.empty()) a.published = doc.published;
  else if (!html_meta.published.empty()) a.published = html_meta.published;
  else a.published = page.published;
  if (!a.published.empty()) {
    auto d = ParseIsoDate(a.published);
    a.published = d ? d->ToString() : "";
  }

  for (const Block& b : blocks) {
    bool keep = options.keep_all ? !b.text.empty() : b.role == Block::Role::kBody;
    if (!keep) continue;
    if (!a.text.empty()) a.text += "\n\n";
    uint32_t base = static_cast<uint32_t>(a.text.size());
    a.text += b.text;
    for (const auto& r : b.map) a.offsets.Add(base + r.clean, r.source, r.len);
  }
  if (a.text.empty()) {
    return Status::Corrupt(doc.origin + ": no article text found");
  }
  a.language = DetectLanguage(a.text);
  return a;
}

}  // namespace entente
