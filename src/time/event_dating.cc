#include "time/event_dating.h"

#include <algorithm>
#include <cstdlib>
#include <set>
#include <string_view>
#include <tuple>

#include "common/date.h"
#include "time/time_lexicon.h"

namespace entente {

using timewords::OneOf;
using timewords::YearValue;

static int Rank(const TimeExpr& e) {
  if (e.dates.empty()) return -1;
  return static_cast<int>(e.dates.front().precision);
}

// An expression that can date an event: a calendar value that says when, not "since".
static bool Usable(const TimeExpr& e) { return !e.dates.empty() && !e.relational; }

// Last day of the period of v.
static int LastDay(const DateValue& v) {
  switch (v.precision) {
    case DateValue::Precision::kYear:
      return DaysFromCivil(v.year, 12, 31);
    case DateValue::Precision::kMonth:
      return DaysFromCivil(v.year, v.month, DaysInMonth(v.year, v.month));
    default:
      return ToDays(v);
  }
}

// May a time from outside the event's clause date it? Not a time to come to an event
// told as done ("Next year, the summit moves to Seoul. Putin has claimed victory."), nor
// a time past to an event to come.
static bool FitsFactuality(const TimeExpr& t, const Event& e, const std::optional<DateValue>& published) {
  if (!published || t.dates.empty()) return true;
  const int pub = ToDays(*published);
  const bool to_come = e.factuality == "future" || e.factuality == "hypothetical";
  return to_come ? LastDay(t.dates.front()) >= pub : ToDays(t.dates.front()) <= pub;
}

// Is the event told in the present ("advises", "is exporting", "has resigned", "can
// starve")? Then it is now, and a time long past from another sentence does not date it.
static bool TenseIsPresent(const Sentence& s, uint32_t anchor) {
  const auto& t = s.tokens;
  if (anchor >= t.size()) return false;
  const Token& v = t[anchor];
  int k = static_cast<int>(anchor) - 1;
  while (k >= 0 && (OneOf(t[k].norm, {"not", "n't", "also", "already", "just", "now", "still", "been", "being", "be"}) ||
                    (t[k].norm.size() > 4 && t[k].norm.ends_with("ly"))))
    --k;
  const std::string aux = k >= 0 ? t[k].norm : "";
  if (OneOf(aux, {"has", "have", "is", "are", "am", "can", "may", "must", "should"})) return true;
  if (OneOf(aux, {"had", "was", "were", "did", "will", "would", "could", "might"})) return false;
  if (v.past_verb) return false;
  // "advises", "says": a verb in -s with no auxiliary.
  return v.norm.size() > 3 && v.norm.back() == 's' && v.lemma != v.norm && !v.norm.ends_with("ss");
}

// Is the event told in the pluperfect ("had accused", "had been halted"), not as
// reported speech? Then it lies before the story's time, on a day the text does not tell.
static bool Pluperfect(const Sentence& s, uint32_t anchor) {
  const auto& t = s.tokens;
  if (anchor >= t.size()) return false;
  int k = static_cast<int>(anchor) - 1;
  while (k >= 0 && (OneOf(t[k].norm, {"not", "n't", "also", "already", "just", "been", "long", "never", "earlier",
                                      "previously", "repeatedly"}) ||
                    (t[k].norm.size() > 4 && t[k].norm.ends_with("ly"))))
    --k;
  if (k < 0 || t[k].norm != "had") return false;
  // "Putin said the sides had agreed": reported, the act is recent — the day told.
  for (int r = 0; r < k; ++r)
    if (OneOf(t[r].norm, {"said", "says", "told", "announced", "reported", "added", "stated", "noted", "denied",
                          "confirmed", "claimed", "insisted", "explained", "revealed", "disclosed", "saying", "telling",
                          "emphasized", "stressed", "alleged", "quoted", "quoting"}))
      return false;
  return true;
}

// Does the expression date something subordinate in its sentence: a relative clause, a
// "since / until" phrase ("since the blast that killed Hariri in February", "the Busan
// Roadmap, which was agreed in 2005")? Scans left to the edge of its clause. ("when",
// "while", "before" and "after" clauses tell the time around the main clause's: not
// these. "He crossed into Iraq before returning to the UK in November 2015. Upon
// landing, he was arrested.")
static bool Subordinate(const Sentence& s, const TimeExpr& t) {
  for (int k = static_cast<int>(t.first) - 1; k >= 0; --k) {
    const std::string& w = s.tokens[k].norm;
    if (OneOf(w, {",", ";", ":", "(", ")", "--"})) break;
    if (OneOf(w, {"which", "who", "whom", "whose", "where", "since", "until", "till", "because", "unless"}))
      return true;
  }
  return false;
}

// "Saturday's airstrikes": a date naming a thing, which frames its own sentence ("In
// Friday's other action, ...") but not the sentences after it.
static bool NamesAThing(const Sentence& s, const TimeExpr& t) {
  return t.last < s.tokens.size() && s.tokens[t.last].norm == "'s";
}

// Inside a quotation at token i? (Straight and curly quotes are '"'; `` and '' come as
// pairs of '`' and '\''.)
static bool Quoted(const Sentence& s, uint32_t i) {
  bool in = false;
  for (uint32_t k = 0; k < i && k < s.tokens.size(); ++k) {
    const std::string& w = s.tokens[k].norm;
    if (w == "\"") in = !in;
    else if (w == "`" && k + 1 < s.tokens.size() && s.tokens[k + 1].norm == "`") in = true, ++k;
    else if (w == "'" && k + 1 < s.tokens.size() && s.tokens[k + 1].norm == "'") in = false, ++k;
  }
  return in;
}

// The countries each sentence names (the first three letters of its actors' codes).
using SentenceCountries = std::vector<std::vector<std::string_view>>;

static SentenceCountries CountriesBySentence(const std::vector<Mention>& mentions, size_t sentences) {
  SentenceCountries out(sentences);
  for (const Mention& m : mentions)
    if (m.sentence < sentences && !m.code.empty())
      out[m.sentence].push_back(std::string_view(m.code).substr(0, 3));
  return out;
}

// Does sentence `si` name one of the event's parties (by country)?
static bool NamesAParty(const SentenceCountries* countries, uint32_t si, const Event& e) {
  if (!countries) return true;
  const std::string_view a = std::string_view(e.source.code).substr(0, 3);
  const std::string_view b = e.target ? std::string_view(e.target->code).substr(0, 3) : std::string_view();
  for (std::string_view c : (*countries)[si])
    if (c == a || (!b.empty() && c == b)) return true;
  return false;
}

// Does the sentence carry on from the one before ("They were received by Liu", "It also
// relaxed rules", "During his visit, ...")?
static bool Continues(const Sentence& s) {
  if (s.tokens.empty()) return false;
  const std::string& w = s.tokens[0].norm;
  return OneOf(w, {"he", "she", "it", "they", "during", "meanwhile", "later", "afterwards", "then", "there"}) ||
         (s.tokens.size() > 1 && s.tokens[1].norm == "also");
}

void DateEvents(CodedEvents& coded, const std::vector<Sentence>& sentences, const std::vector<TimeExpr>& times,
                const std::optional<DateValue>& published, const std::string& text,
                const std::vector<Mention>* mentions) {
  std::vector<Event> out;
  const SentenceCountries countries = mentions ? CountriesBySentence(*mentions, sentences.size()) : SentenceCountries();
  // Sentences that set a frame of their own ("Since 2014, ...").
  std::vector<bool> own_frame(sentences.size(), false);
  for (const TimeExpr& t : times)
    if (t.relational && !t.dates.empty() && t.sentence < own_frame.size()) own_frame[t.sentence] = true;
  for (size_t k = 0; k < coded.events.size(); ++k) {
    Event& e = coded.events[k];
    const auto& cl = coded.clauses[k];
    const Sentence& sentence = sentences[cl.sentence];
    const TimeExpr* best = nullptr;
    std::string source;
    // The expressions (in text order) of the event's sentence and of the three before.
    auto from_sentence = [&](uint32_t si) {
      return std::lower_bound(times.begin(), times.end(), si,
                              [](const TimeExpr& t, uint32_t v) { return t.sentence < v; });
    };
    const auto window_begin = from_sentence(cl.sentence >= 3 ? cl.sentence - 3 : 0);
    const auto own_begin = from_sentence(cl.sentence), own_end = from_sentence(cl.sentence + 1);
    // 1. In the clause: the finest expression, nearest to the verb on ties.
    for (auto it = own_begin; it != own_end; ++it) {
      const TimeExpr& t = *it;
      if (!Usable(t)) continue;
      if (t.first < cl.begin || t.last > cl.end) continue;
      if (!best || Rank(t) > Rank(*best) ||
          (Rank(t) == Rank(*best) &&
           std::abs(static_cast<int>(t.first) - static_cast<int>(cl.anchor)) <
               std::abs(static_cast<int>(best->first) - static_cast<int>(cl.anchor))))
        best = &t;
    }
    if (best) source = "clause";
    // 2. Elsewhere in the sentence: an expression that frames it, not one of a
    //    subordinate part or of a quotation the event is not in, and that fits the
    //    event ("hope to complete them in September" does not date a meeting held).
    if (!best) {
      // A quoted act takes the day it was told ("..., a spokesman told AFP on Friday"); an
      // act told outside a quotation does not take a time from inside it.
      const bool event_quoted = Quoted(sentence, cl.anchor);
      // A time to come does not date an act told as done; a time past may date an act
      // to come, as the day it was announced ("On Monday, Natsios warned that the United
      // States would resort to Plan B").
      const bool to_come = e.factuality == "future" || e.factuality == "hypothetical";
      for (auto it = own_begin; it != own_end; ++it)
        if (const TimeExpr& t = *it; Usable(t) && !Subordinate(sentence, t) &&
            (event_quoted || !Quoted(sentence, t.first)) && (to_come || FitsFactuality(t, e, published)) &&
            (!best || Rank(t) > Rank(*best)))
          best = &t;
      if (best) source = "sentence";
    }
    // 3. The time context of the paragraph: the last expression of one of the three
    //    sentences before that frames its sentence and fits the event — in its
    //    factuality, and, for an event told in the present, a time of the last week or
    //    later — from the sentence before, or from one that names one of the event's
    //    parties or that this one carries on from. None when the sentence sets its own frame ("Since 2014, Isis
    //    has built up a presence"). A paragraph of one sentence that carries on from the
    //    one before ("It also relaxed rules") looks into the paragraph before.
    if (!best && !own_frame[cl.sentence]) {
      const uint32_t para = sentence.paragraph;
      const bool present = TenseIsPresent(sentence, cl.anchor);
      const bool continues = Continues(sentence);
      const bool first_of_paragraph = cl.sentence == 0 || sentences[cl.sentence - 1].paragraph != para;
      for (auto it = window_begin; it != own_begin; ++it) {
        const TimeExpr& t = *it;
        if (!Usable(t)) continue;
        const uint32_t tp = sentences[t.sentence].paragraph;
        const bool reach = tp == para || (first_of_paragraph && continues && tp + 1 == para &&
                                          t.sentence + 1 == cl.sentence);
        if (!reach || Subordinate(sentences[t.sentence], t) || NamesAThing(sentences[t.sentence], t) ||
            !FitsFactuality(t, e, published))
          continue;
        if (present && published && LastDay(t.dates.front()) < ToDays(*published) - 7) continue;
        // From further back than the sentence before, the story must be the same: that
        // sentence names one of the event's parties, or goes on from its own ("He
        // insisted on Wednesday"), or this one does.
        if (t.sentence + 1 < cl.sentence && !continues && !Continues(sentences[t.sentence]) &&
            !NamesAParty(mentions ? &countries : nullptr, t.sentence, e))
          continue;
        best = &t;
      }
      if (best) source = "paragraph";
    }
    if (best) {
      // A coordination ("in March, May and June") gives one event per date.
      e.date_source = source;
      const TimeExpr& head = times[best->group];
      uint32_t begin = head.begin, end = best->end;
      std::vector<DateValue> dates;
      for (size_t k = best->group; k < times.size() && times[k].group == best->group; ++k) {
        for (const DateValue& d : times[k].dates) dates.push_back(d);
        end = std::max(end, times[k].end);
      }
      for (const DateValue& d : dates) {
        Event copy = e;
        copy.date = d;
        copy.date_text = text.substr(begin, end - begin);
        out.push_back(std::move(copy));
      }
      continue;
    }
    if (published) {
      // An act told in the pluperfect with no time of its own happened before the story,
      // on a day the text does not tell: the publication year, not its day.
      e.date = Pluperfect(sentence, cl.anchor) ? YearValue(published->year) : *published;
      e.date_source = "publication";
    } else {
      e.date_source = "none";
    }
    out.push_back(std::move(e));
  }
  coded.events = std::move(out);
}

void DedupeEvents(std::vector<Event>& events) {
  std::set<std::tuple<std::string, std::string, std::string, std::string>> seen;
  std::vector<Event> out;
  for (Event& e : events) {
    auto key = std::make_tuple(e.source.code, e.target ? e.target->code : std::string(), e.code, e.date.ToString());
    if (!seen.insert(key).second) continue;
    out.push_back(std::move(e));
  }
  events = std::move(out);
}

}  // namespace entente
