// TimeML (TempEval-3 .tml) for the time stage: a document's text with its time
// expressions marked as TIMEX3 elements, the publication date as the document creation
// time (DCT, tid "t0"). What the field's temporal taggers write (HeidelTime, SUTime) and
// what TempEval-3's scorer reads; `entente dates --timeml DIR` writes one file per
// document, and `entente eval-time` reads annotated ones as gold.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "entente/status.h"
#include "time/time_tagger.h"

namespace entente {

// The TimeML document for `text` and its expressions (TagTimes' result over that same
// text). `published` is "YYYY-MM-DD" or "" (then no DCT, and relative expressions carry
// no anchor). Text and attributes are XML-escaped. Pure.
std::string ToTimeMl(const std::string& doc_id, const std::string& text, const std::string& published,
                     const std::vector<TimeExpr>& times);

// A file name for a document id: letters, digits, '.', '-' and '_' kept, others '_'.
std::string TimeMlFileName(const std::string& doc_id);

// A TimeML document read back (TimeBank, AQUAINT, TempEval-3 .tml files, or ToTimeMl's):
// the text of <TEXT> with every tag dropped and XML character references decoded, as
// TempEval-3's tools read it, and the TIMEX3 elements inside it.
struct TimeMlDocument {
  std::string dct;   // value of the first TIMEX3 in <DCT>; "" when there is none
  std::string text;  // plain text of <TEXT>
  struct Timex {
    uint32_t begin = 0, end = 0;  // bytes into text
    std::string tid, type, value, temporal_function;
  };
  std::vector<Timex> timexes;  // in text order
};

// Errors name `name` and the line: no <TEXT>, a tag left open, a TIMEX3 inside a TIMEX3
// or never closed.
Result<TimeMlDocument> ReadTimeMl(std::string_view xml, const std::string& name);

}  // namespace entente
