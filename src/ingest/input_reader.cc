#include "ingest/input_reader.h"

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <iterator>

#include <nlohmann/json.hpp>

#include "common/date.h"
#include "common/file.h"
#include "common/text.h"
#include "ingest/warc_reader.h"

namespace entente {
namespace fs = std::filesystem;

Document::Kind DetectKind(std::string_view bytes) {
  std::string_view head = bytes.substr(0, 4096);
  if (StartsWith(head, "\xEF\xBB\xBF")) head.remove_prefix(3);
  head = Trim(head);
  std::string lower = ToLowerAscii(head.substr(0, 4096));
  if (StartsWith(lower, "<!doctype html") || StartsWith(lower, "<html") ||
      StartsWith(lower, "<?xml") || StartsWith(lower, "<head") || StartsWith(lower, "<!--"))
    return Document::Kind::kHtml;
  // Count tag-like runs: real markup has many, scraped text has at most a stray one.
  static const char* kTags[] = {"<p>", "<p ", "<div", "<br", "<a href", "<body", "<span", "<meta", "<title", "<script", "<article", "<h1", "<h2", "<li", "<table"};
  int hits = 0;
  for (const char* t : kTags) {
    for (size_t pos = lower.find(t); pos != std::string::npos; pos = lower.find(t, pos + 1)) {
      if (++hits >= 3) return Document::Kind::kHtml;
    }
  }
  return Document::Kind::kText;
}

Status CheckText(std::string_view bytes, const std::string& origin) {
  ENTENTE_RETURN_IF_ERROR(CheckHtml(bytes, origin));  // empty, NUL bytes, control bytes
  size_t bad = FindInvalidUtf8(bytes);
  if (bad != std::string_view::npos)
    return Status::Corrupt(origin + ":" + std::to_string(LineOf(bytes, bad)) + ": invalid UTF-8 at byte " +
                           std::to_string(bad));
  return Status::Ok();
}

Status CheckHtml(std::string_view bytes, const std::string& origin) {
  if (Trim(bytes).empty()) return Status::Corrupt(origin + ": empty document");
  size_t control = 0;
  for (size_t i = 0; i < bytes.size(); ++i) {
    unsigned char c = static_cast<unsigned char>(bytes[i]);
    if (c == 0) return Status::Corrupt(origin + ": binary data (NUL byte at offset " + std::to_string(i) + ")");
    if (c < 0x20 && c != '\n' && c != '\r' && c != '\t' && c != '\f') ++control;
  }
  if (control * 50 > bytes.size())
    return Status::Corrupt(origin + ": binary data (" + std::to_string(control) + " control bytes)");
  return Status::Ok();
}

std::string DocIdFromPath(const std::string& path) {
  fs::path p(path);
  std::string name = p.filename().string();
  // Strip every extension: "a.html.gz" -> "a".
  size_t dot = name.find('.');
  if (dot != std::string::npos && dot > 0) name = name.substr(0, dot);
  return name;
}

static std::string StringField(const nlohmann::json& j, const char* key) {
  auto it = j.find(key);
  if (it == j.end() || it->is_null()) return "";
  if (it->is_string()) return it->get<std::string>();
  if (it->is_number_integer()) return std::to_string(it->get<long long>());
  return it->dump();
}

Result<Document> ParseJsonlLine(std::string_view line, const std::string& origin) {
  nlohmann::json j;
  try {
    j = nlohmann::json::parse(line);
  } catch (const nlohmann::json::parse_error& e) {
    return Status::Corrupt(origin + ": malformed JSON at byte " + std::to_string(e.byte) + ": " +
                           std::string(e.what()).substr(0, 200));
  }
  if (!j.is_object()) return Status::Corrupt(origin + ": a JSON object is expected");
  Document doc;
  doc.origin = origin;
  doc.id = StringField(j, "id");
  if (doc.id.empty()) return Status::Corrupt(origin + ": missing \"id\"");
  doc.url = StringField(j, "url");
  doc.title = StringField(j, "title");
  std::string published = StringField(j, "published");
  if (!published.empty()) {
    auto d = ParseIsoDate(published);
    if (!d) return Status::Corrupt(origin + ": \"published\" is not an ISO date: " + published);
    doc.published = published.substr(0, std::min<size_t>(published.size(), 10));
  }
  if (j.contains("html") && j["html"].is_string()) {
    doc.bytes = j["html"].get<std::string>();
    doc.kind = Document::Kind::kHtml;
  } else if (j.contains("text") && j["text"].is_string()) {
    doc.bytes = j["text"].get<std::string>();
    doc.kind = Document::Kind::kText;
  } else {
    return Status::Corrupt(origin + ": needs a \"text\" or \"html\" string");
  }
  ENTENTE_RETURN_IF_ERROR(CheckText(doc.bytes, origin));
  return doc;
}

static void ReadOneFile(const std::string& path, const InputOptions& options, const DocumentSink& sink) {
  if (IsWarcPath(path)) {
    // Web archives are streamed record by record.
    WarcOptions wo;
    wo.max_record_bytes = options.max_document_bytes;
    Status st = ReadWarc(path, wo, sink);
    if (!st.ok()) sink(st);
    return;
  }
  auto bytes = ReadFile(path, options.max_document_bytes);
  if (!bytes.ok()) {
    sink(bytes.status());
    return;
  }
  Document::Kind kind = DetectKind(*bytes);
  // HTML comes in any charset (the extract stage decodes it): only binary data is refused.
  Status st = kind == Document::Kind::kHtml ? CheckHtml(*bytes, path) : CheckText(*bytes, path);
  if (!st.ok()) {
    sink(st);
    return;
  }
  Document doc;
  doc.id = DocIdFromPath(path);
  doc.origin = path;
  doc.kind = kind;
  doc.bytes = std::move(bytes.value());
  sink(std::move(doc));
}

static void ReadJsonlStream(std::istream& in, const std::string& name, const DocumentSink& sink) {
  std::string line;
  size_t lineno = 0;
  while (std::getline(in, line)) {
    ++lineno;
    if (Trim(line).empty()) continue;
    sink(ParseJsonlLine(line, name + ":" + std::to_string(lineno)));
  }
}

Status ReadInputs(const InputOptions& options, const DocumentSink& sink) {
  if (options.paths.empty() && options.jsonl.empty())
    return Status::InvalidArgument("no input given (files, directories, - or --jsonl FILE)");
  for (const std::string& path : options.paths) {
    if (path == "-") {
      std::string bytes((std::istreambuf_iterator<char>(std::cin)), std::istreambuf_iterator<char>());
      Status st = CheckText(bytes, "<stdin>");
      if (!st.ok()) {
        sink(st);
        continue;
      }
      Document doc;
      doc.id = "stdin";
      doc.origin = "<stdin>";
      doc.kind = DetectKind(bytes);
      doc.bytes = std::move(bytes);
      sink(std::move(doc));
      continue;
    }
    std::error_code ec;
    fs::file_status status = fs::status(path, ec);
    if (ec || !fs::exists(status)) {
      sink(Status::NotFound(path + ": no such file or directory"));
      continue;
    }
    if (fs::is_directory(status)) {
      std::vector<std::string> files;
      for (auto it = fs::recursive_directory_iterator(path, fs::directory_options::skip_permission_denied, ec);
           !ec && it != fs::recursive_directory_iterator(); it.increment(ec)) {
        if (it->is_regular_file(ec)) {
          std::string name = it->path().filename().string();
          if (!name.empty() && name[0] == '.') continue;  // hidden files
          files.push_back(it->path().string());
        }
      }
      if (ec) sink(Status::IoError(path + ": " + ec.message()));
      std::sort(files.begin(), files.end());
      for (const auto& f : files) {
        if (EndsWith(f, ".jsonl")) {
          std::ifstream in(f, std::ios::binary);
          ReadJsonlStream(in, f, sink);
        } else {
          ReadOneFile(f, options, sink);
        }
      }
      continue;
    }
    ReadOneFile(path, options, sink);
  }
  for (const std::string& path : options.jsonl) {
    if (path == "-") {
      ReadJsonlStream(std::cin, "<stdin>", sink);
      continue;
    }
    std::ifstream in(path, std::ios::binary);
    if (!in) {
      sink(Status::NotFound(path + ": cannot open"));
      continue;
    }
    ReadJsonlStream(in, path, sink);
  }
  return Status::Ok();
}

}  // namespace entente
