// Reads web archives (WARC 1.0/1.1, plain or gzip-compressed record by record as Common
// Crawl publishes them) as a stream of Documents: each HTTP response record with an HTML
// payload becomes one document with its target URL, fetch date (WARC-Date, kept apart from
// the publication date) and the charset of its Content-Type header. Other records
// (warcinfo, request, metadata, revisit, images, PDFs, redirects, errors) are skipped.
//
// Streaming: one record is held in memory at a time, so memory stays flat however large
// the archive; records larger than the limit are skipped with a diagnostic. A damaged
// record is reported (file and byte offset) and reading resumes at the next record.
#pragma once

#include <cstdint>
#include <functional>
#include <string>
#include <string_view>

#include "entente/document.h"
#include "entente/status.h"

namespace entente {

struct WarcOptions {
  size_t max_record_bytes = size_t{64} << 20;  // larger payloads are skipped
};

struct WarcStats {
  size_t records = 0;     // WARC records read
  size_t documents = 0;   // HTML responses handed to the sink
  size_t skipped = 0;     // records that are not HTML responses
  size_t errors = 0;      // damaged or oversized records
};

// True for "x.warc", "x.warc.gz" (any case).
bool IsWarcPath(std::string_view path);

// Streams the archive at `path` into `sink` (documents and per-record failures).
// Returns an error only when the file cannot be opened.
Status ReadWarc(const std::string& path, const WarcOptions& options,
                const std::function<void(Result<Document>)>& sink, WarcStats* stats = nullptr);

// Parts of a record, exposed for tests.
// Splits an HTTP response into status code, headers and body; returns false when it is
// not an HTTP response.
bool ParseHttpResponse(std::string_view block, int* status, std::string* content_type, std::string* transfer_encoding,
                       std::string* content_encoding, std::string_view* body);
// Decodes a chunked transfer-encoded body; returns false when malformed.
bool Dechunk(std::string_view body, std::string* out);

}  // namespace entente
