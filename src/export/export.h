// Exports of fused events (StoredEvent, with their evidence) to the field's file formats:
// GDELT 2.0 event TSV, PLOVER JSON Lines and plain CSV. Pure functions over an ostream;
// the `entente export` subcommand pages events out of a Store and feeds them here.
// Formats, column lists and choices: docs/exports.md.
#pragma once

#include <array>
#include <ostream>
#include <string>
#include <vector>

#include "store/store.h"

namespace entente::exports {

// A CAMEO actor code cut into the parts GDELT keeps in separate columns:
// "PRKGOV" -> country PRK, type1 GOV; "IGOUNOHRI" -> known group UNO, type1 IGO, type2 HRI;
// "USAREBTAL" -> country USA, type1 REB, known group TAL. Unrecognised parts are dropped.
struct CameoActorParts {
  std::string country, known_group, ethnic, religion1, religion2;
  std::string type1, type2, type3;
};
CameoActorParts ParseCameoActor(const std::string& code);

// ---- GDELT 2.0 event table (tab-separated, one event per line, no header by default).
constexpr int kGdeltColumns = 61;
const std::array<const char*, kGdeltColumns>& GdeltColumnNames();
// The 61 fields of one event, before escaping.
std::array<std::string, kGdeltColumns> GdeltFields(const StoredEvent& e);
// A field made safe for a TSV line: tabs, carriage returns and newlines become spaces.
std::string TsvField(const std::string& s);
void WriteGdeltHeader(std::ostream& os);
void WriteGdeltRow(const StoredEvent& e, std::ostream& os);

// ---- PLOVER JSON Lines: one record per line (PLOVER's JSON data fields, POLECAT-style
// flat actor fields, and entente's own: CAMEO code, Goldstein, factuality, counts, evidence).
std::string PloverRecord(const StoredEvent& e);  // one line of JSON, no newline
void WritePloverRow(const StoredEvent& e, std::ostream& os);

// ---- CSV (RFC 4180): header row, CRLF line ends, UTF-8, fields quoted when needed.
const std::vector<std::string>& CsvColumnNames();
std::vector<std::string> CsvFields(const StoredEvent& e);
std::string CsvField(const std::string& s);  // quoted when it holds , " CR or LF (or edge spaces)
void WriteCsvHeader(std::ostream& os);
void WriteCsvRow(const StoredEvent& e, std::ostream& os);

// Shared helpers.
// The first report's evidence words (the span inside its sentence), else "".
std::string EvidenceText(const Evidence& ev);
// Numbers as the formats print them: shortest round-trip form ("8", "-2.5", "0.1").
std::string FormatNumber(double v);

}  // namespace entente::exports
