// CSV (RFC 4180): one row per fused event, with the evidence of its first report.
#include "export/export.h"

namespace entente::exports {
namespace {

const std::vector<std::string> kColumns = {
    "id", "date", "source_actor", "source_code", "source_name", "target_actor", "target_code",
    "target_name", "code", "root", "quad", "goldstein", "plover", "factuality", "mentions",
    "articles", "sources", "doc_id", "url", "title", "publisher", "published", "sentence",
    "source_text", "target_text", "evidence", "text"};

}  // namespace

const std::vector<std::string>& CsvColumnNames() { return kColumns; }

std::vector<std::string> CsvFields(const StoredEvent& e) {
  const Evidence* ev = FirstReport(e);
  std::string none;
  return {std::to_string(e.id), e.date, e.source_actor, e.source_code, e.source_name,
          e.target_actor, e.target_code, e.target_name, e.code, e.root,
          e.quad > 0 ? std::to_string(e.quad) : "", FormatNumber(e.goldstein), e.plover, e.factuality,
          std::to_string(e.mentions), std::to_string(e.articles), std::to_string(e.sources),
          ev ? ev->doc_id : none, ev ? ev->url : none, ev ? ev->title : none, ev ? ev->publisher : none,
          ev ? ev->published : none, ev ? std::to_string(ev->sentence) : none,
          ev ? ev->source_text : none, ev ? ev->target_text : none, ev ? EvidenceText(*ev) : none,
          ev ? ev->text : e.text};
}

std::string CsvField(const std::string& s) {
  bool quote = s.find_first_of(",\"\r\n") != std::string::npos ||
               (!s.empty() && (s.front() == ' ' || s.back() == ' '));
  if (!quote) return s;
  std::string out = "\"";
  for (char c : s) {
    if (c == '"') out += '"';
    out += c;
  }
  out += '"';
  return out;
}

namespace {
void WriteLine(const std::vector<std::string>& fields, std::ostream& os) {
  for (size_t i = 0; i < fields.size(); ++i) os << (i ? "," : "") << CsvField(fields[i]);
  os << "\r\n";
}
}  // namespace

void WriteCsvHeader(std::ostream& os) { WriteLine(kColumns, os); }
void WriteCsvRow(const StoredEvent& e, std::ostream& os) { WriteLine(CsvFields(e), os); }

}  // namespace entente::exports
