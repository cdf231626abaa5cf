// What enters the pipeline (Document) and what the extract stage makes of it (Article).
#pragma once

#include <cstdint>
#include <string>
#include <vector>

namespace entente {

// One input document as read, before any cleaning.
struct Document {
  enum class Kind { kText, kHtml };
  std::string id;         // JSONL id, else the file name without extension
  std::string origin;     // where it came from: "path" or "file.jsonl:12", for diagnostics
  std::string url;        // may be empty
  std::string published;  // ISO date "YYYY-MM-DD" from input metadata, or ""
  std::string title;      // from input metadata, or ""
  std::string bytes;      // the raw input (UTF-8 text, or HTML in any charset)
  Kind kind = Kind::kText;
  std::string charset;    // HTML: charset declared by the transport (HTTP Content-Type), or ""
  std::string fetched;    // ISO date-time the page was crawled (WARC-Date), or ""; never a publication date
};

// Maps byte offsets of cleaned text back to byte offsets of the input.
// Built as runs: cleaned [clean, clean+len) came from input [source, source+len).
class OffsetMap {
 public:
  struct Run {
    uint32_t clean;
    uint32_t source;
    uint32_t len;
  };
  void Add(uint32_t clean, uint32_t source, uint32_t len);
  // Input offset of cleaned offset `clean`; offsets inside inserted text (separators)
  // map to the end of the preceding run.
  uint32_t ToSource(uint32_t clean) const;
  const std::vector<Run>& runs() const { return runs_; }

 private:
  std::vector<Run> runs_;
};

// The article's own text and metadata, boilerplate removed.
struct Article {
  std::string doc_id;
  std::string url;
  std::string title;
  std::string byline;
  std::string published;  // ISO date or "" when unknown
  std::string language;   // ISO 639-1 code ("en") or "un" when unknown
  std::string text;       // paragraphs separated by "\n\n"
  OffsetMap offsets;      // text byte -> Document::bytes byte
  std::vector<std::string> warnings;  // non-fatal diagnostics ("page cut at 8 MB")
};

}  // namespace entente
