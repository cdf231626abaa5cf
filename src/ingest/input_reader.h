// Turns command-line inputs into Documents: files (text or HTML, detected by content),
// directories (recursive, sorted), "-" for stdin, and JSON Lines files.
// Each document or failure is handed to the sink as it is read, so one bad input never
// stops the batch and memory stays proportional to one document.
#pragma once

#include <functional>
#include <string>
#include <vector>

#include "entente/document.h"
#include "entente/status.h"

namespace entente {

struct InputOptions {
  std::vector<std::string> paths;  // files, directories, or "-" for stdin
  std::vector<std::string> jsonl;  // JSON Lines files, one document per line
  size_t max_document_bytes = size_t{64} << 20;  // larger inputs are refused
};

// Called once per document or per failed input. A failure's Status names the input
// (and line for JSONL).
using DocumentSink = std::function<void(Result<Document>)>;

// Returns an error only when the run cannot proceed at all (nothing given).
Status ReadInputs(const InputOptions& options, const DocumentSink& sink);

// Exposed for tests.
Document::Kind DetectKind(std::string_view bytes);
Status CheckText(std::string_view bytes, const std::string& origin);
// HTML in any charset: refuses only empty and binary input.
Status CheckHtml(std::string_view bytes, const std::string& origin);
std::string DocIdFromPath(const std::string& path);
Result<Document> ParseJsonlLine(std::string_view line, const std::string& origin);

}  // namespace entente
