// TimeML (TempEval-3 .tml) output of the time stage: a document's text with its time
// expressions marked as TIMEX3 elements, the publication date as the document creation
// time (DCT, tid "t0"). What the field's temporal taggers write (HeidelTime, SUTime) and
// what TempEval-3's scorer reads; `entente dates --timeml DIR` writes one file per document.
#pragma once

#include <string>
#include <vector>

#include "time/time_tagger.h"

namespace entente {

// The TimeML document for `text` and its expressions (TagTimes' result over that same
// text). `published` is "YYYY-MM-DD" or "" (then no DCT, and relative expressions carry
// no anchor). Text and attributes are XML-escaped. Pure.
std::string ToTimeMl(const std::string& doc_id, const std::string& text, const std::string& published,
                     const std::vector<TimeExpr>& times);

// A file name for a document id: letters, digits, '.', '-' and '_' kept, others '_'.
std::string TimeMlFileName(const std::string& doc_id);

}  // namespace entente
