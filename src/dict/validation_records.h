// The field's validation records: text plus the events a coder must produce.
//  - TABARI (Validate.text): "YYMMDD  ID" header, text up to "/*", then annotation lines
//    starting with a literal "\n"; "{ SRC / TGT / CODE }" groups are the expected events,
//    "{---}" "{###}" "{+++}" expect none, "-{" stops checking, "{ OPTION: ... }" is an
//    options command. Records after FINAL-01 are extra tests.
//  - PETRARCH (PETR.UnitTest.records.xml, PETR_Validate_records_2_02.xml): <Sentence>
//    records with <EventCoding> expectations and <Text>; <Parse> trees are ignored.
//    <Environment> names the dictionaries; <Include> the categories that are scored;
//    evaluate="false" records are not scored.
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace entente {

struct ExpectedEvent {
  std::string source, target, code;
  bool operator<(const ExpectedEvent& o) const;
  bool operator==(const ExpectedEvent& o) const;
  std::string ToString() const;  // "ARN/GON/064"
};

struct ValidationRecord {
  std::string id;
  std::string id_field;  // TABARI: the header after the 6-digit date, blanks kept ("  FRWD-001-002")
  std::string date;      // ISO "1995-01-01", "" when malformed
  std::string text;      // lines joined with blanks
  std::string category;  // PETRARCH category; TABARI: the id's prefix ("DEMO")
  std::string origin;    // "file:line" of the header
  std::vector<ExpectedEvent> events;
  enum class Expect { kEvents, kNone, kUnchecked, kOption };
  Expect expect = Expect::kEvents;
  std::string note;       // why none / unchecked: "{###}", "error=storydiscard", "OPTION: SET: ..."
  std::vector<std::string> options;  // kOption: the commands, in order ("SET: CONVERT AGENT = TRUE")
  bool partial = false;   // TABARI "-{" after the first groups: those must be among the events
  bool scored = true;     // false: after FINAL-01, category not included, evaluate="false"
  std::string unscored_reason;
};

struct ValidationSuite {
  std::vector<ValidationRecord> records;
  // PETRARCH <Environment>: dictionary files, resolved against the file's folder.
  std::vector<std::string> dictionary_files;
};

ValidationSuite ReadTabariRecords(std::string_view text, const std::string& name,
                                  std::vector<std::string>* diagnostics);
ValidationSuite ReadPetrarchRecords(std::string_view text, const std::string& name,
                                    std::vector<std::string>* diagnostics);

}  // namespace entente
