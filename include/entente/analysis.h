// Plain typed results of the segment, actors, events and time stages.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "entente/document.h"

namespace entente {

struct Token {
  uint32_t begin = 0, end = 0;  // byte offsets into Article::text
  std::string norm;             // normalised form: case-folded, no diacritics, no periods
  std::string lemma;            // base form (WordNet morphology), = norm when unknown
  bool upper_initial = false;   // "Kim", "KCNA"
  bool all_caps = false;        // "KCNA", "UN", "U.N."
  bool punct = false;           // a punctuation token
  bool past_verb = false;       // a past tense or participle ("met", "left", "received")
};

struct Sentence {
  uint32_t begin = 0, end = 0;  // byte offsets into Article::text
  uint32_t paragraph = 0;       // index of the paragraph holding it
  std::vector<Token> tokens;
};

// A recognised actor in a sentence.
struct Mention {
  uint32_t sentence = 0;
  uint32_t first = 0, last = 0;  // token range [first, last)
  uint32_t begin = 0, end = 0;   // byte offsets into Article::text
  std::string code;              // CAMEO actor code ("PRKGOV")
  std::string name;              // canonical name ("Kim Jong Un", "North Korea")
  std::string kind;              // country | person | org | agent | pronoun
  std::string resolved_from;     // for coreference: the text it was resolved to, else ""
  bool is_group = false;         // a collective (delegation, country, party): "they" may refer to it
  bool personal = false;         // a role one person holds ("Vietnam's foreign minister"): "he/she" may refer to it
  bool pronoun = false;          // "he", "it", "they", "the country", "the two sides": resolved by coreference
};

// A calendar date at a precision; empty when unknown.
struct DateValue {
  enum class Precision { kNone, kYear, kMonth, kDay };
  int year = 0, month = 0, day = 0;
  Precision precision = Precision::kNone;
  std::string ToString() const;  // "2024-03-21", "2024-03", "2024" or ""
  bool known() const { return precision != Precision::kNone; }
};

// A time expression (TimeML TIMEX3) of the time stage; docs/time.md.
struct TimeExpr {
  uint32_t sentence = 0;
  uint32_t first = 0, last = 0;  // tokens [first, last)
  uint32_t begin = 0, end = 0;   // bytes into Article::text
  std::string value;             // TIMEX3 value; "" when it cannot be resolved
  std::string type = "DATE";     // TIMEX3 type: DATE, TIME ("Friday night"), DURATION, SET
  // The calendar value an event on this expression gets: day, month or year precision
  // (a week gives the month of its Thursday, a quarter or a season its year). Empty for
  // values that are not event dates: PRESENT_REF, decades, unresolved expressions.
  std::vector<DateValue> dates;
  // Index (in TagTimes' result) of the first expression of a coordination
  // ("in March, May and June", "in 1956 and 1988"); its own index otherwise.
  uint32_t group = 0;
  bool relative = false;    // needed the publication date (or an earlier expression)
  // Says when something else happened, not the clause's event: "since 2019", "until
  // June", "before 2020", "the 2018 summit". Never used to date an event.
  bool relational = false;
};

struct ActorRef {
  std::string code, name, text;
};

struct Event {
  std::string doc_id;
  uint32_t sentence = 0;
  ActorRef source;
  std::optional<ActorRef> target;
  std::string code;     // CAMEO event code, "051"
  std::string root;     // "05"
  int quad = 0;         // 1 verbal coop, 2 material coop, 3 verbal conflict, 4 material conflict
  double goldstein = 0;
  std::string plover;   // PLOVER category, "AGREE"
  std::string factuality = "asserted";  // asserted|negated|future|hypothetical|alleged
  std::vector<std::string> cues;        // words that decided factuality
  std::string text;                     // the sentence
  uint32_t span_begin = 0, span_end = 0;  // evidence, byte offsets into Article::text
  std::string pattern;                  // id of the verb pattern that fired
  std::string verb;                     // the word the pattern was anchored on ("met")
  std::string reporter;                 // "KCNA" in "KCNA reported that ..."
  DateValue date;
  std::string date_text;                // the time expression used, "" if none
  std::string date_source;              // clause | sentence | paragraph | publication | none
};

// Everything the pipeline derived from one document.
struct Analysis {
  Article article;
  std::vector<Sentence> sentences;
  std::vector<Mention> mentions;
  std::vector<Event> events;
  std::vector<TimeExpr> times;        // time expressions of English text, in text order
  std::vector<std::string> warnings;  // non-fatal diagnostics
};

}  // namespace entente
