// Scores the time tagger against human-annotated TIMEX3 expressions (TimeBank/AQUAINT
// rows of ../shared/eval/time/*.jsonl, format in that folder's SOURCES.md):
//   {"corpus","doc","dct","text","type","value","temporalFunction","context","char_start","char_end",...}
//
// Each document is rebuilt from the lines the file holds (its `context` lines, in text
// order, one paragraph each) and read with its publication date (the date part of
// `dct`), twice:
//  - given the spans (the primary measure of SOURCES.md: the resolver gets the text of
//    the expression, its context and the DCT): ResolveTimeSpans reads each gold span in
//    its place; the row is *correct* when that value equals the gold value, as a string;
//  - tagging the text (TempEval-3 task A style, what `entente dates` does): a gold
//    expression is *found* when a tagged expression overlaps its span (strict: same
//    span); the row is *tagged_correct* when the overlapping expression (the one with the
//    largest overlap) has exactly the gold value. An expression not found is wrong.
// With `per_line`, every line is read on its own instead (what a caller that only has the
// sentence sees).
#pragma once

#include <map>
#include <string>
#include <vector>

#include "entente/status.h"
#include "segment/lemmatizer.h"

namespace entente {

struct TimeEvalOptions {
  bool per_line = false;  // tag each context line alone instead of the rebuilt document
};

struct TimeEvalRow {
  std::string corpus, doc, dct, type, text, gold, context;
  bool relative = false;  // temporalFunction == "true"
  bool found = false;     // an expression overlaps the gold span
  bool strict = false;    // ... with exactly the gold span
  std::string predicted_text, predicted;  // the overlapping expression and its value
  std::string resolved;                    // the value read from the gold span itself
  bool correct() const { return !resolved.empty() && resolved == gold; }
  bool tagged_correct() const { return found && predicted == gold; }
};

struct TimeEvalCount {
  int rows = 0, found = 0, strict = 0;
  int correct = 0;         // given the spans
  int tagged_correct = 0;  // tagging the text
  void Add(const TimeEvalRow& r);
  double accuracy() const { return rows ? static_cast<double>(correct) / rows : 0; }
  double tagged_accuracy() const { return rows ? static_cast<double>(tagged_correct) / rows : 0; }
  double found_rate() const { return rows ? static_cast<double>(found) / rows : 0; }
};

struct TimeEvalReport {
  std::vector<TimeEvalRow> rows;
  std::map<std::string, TimeEvalCount> by_type;    // DATE, TIME, DURATION, SET
  std::map<std::string, TimeEvalCount> by_corpus;  // DATE and TIME rows only
  TimeEvalCount date_time;                         // DATE and TIME rows (the metric of SOURCES.md)
  TimeEvalCount relative;                          // DATE and TIME rows with temporalFunction
  TimeEvalCount full_day;                          // DATE and TIME rows whose gold is YYYY-MM-DD
  int tagged = 0;    // expressions the tagger found in the rebuilt text
  int spurious = 0;  // ... that overlap no gold expression
  struct Spurious {
    std::string doc, text, value, context;
  };
  std::vector<Spurious> spurious_rows;
};

// Reads `path` — JSON Lines rows, a TimeML .tml file, or a folder of .tml files (read
// as TempEval-3 reads them, the whole text of each) — and scores ResolveTimeSpans and
// TagTimes on it. `lemmatizer` may be null (tense is then found
// from word forms alone). Errors: the file cannot be read, or a line is not valid JSON.
Result<TimeEvalReport> EvaluateTimes(const std::string& path, const Lemmatizer* lemmatizer,
                                     const TimeEvalOptions& options = {});

}  // namespace entente
