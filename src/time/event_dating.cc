#include "time/event_dating.h"

#include <algorithm>
#include <cstdlib>
#include <set>
#include <tuple>

#include "common/date.h"

namespace entente {

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

// May the time of an earlier sentence carry over to this event? Not a time to come to an
// event told as done ("Next year, the summit moves to Seoul. Putin has claimed
// victory."), nor a time past to an event to come.
static bool CarriesOver(const TimeExpr& t, const Event& e, const std::optional<DateValue>& published) {
  if (!published || t.dates.empty()) return true;
  const int pub = ToDays(*published);
  const bool to_come = e.factuality == "future" || e.factuality == "hypothetical";
  return to_come ? LastDay(t.dates.front()) >= pub : ToDays(t.dates.front()) <= pub;
}

void DateEvents(CodedEvents& coded, const std::vector<Sentence>& sentences, const std::vector<TimeExpr>& times,
                const std::optional<DateValue>& published, const std::string& text) {
  std::vector<Event> out;
  // Sentences that set a frame of their own ("Since 2014, ...").
  std::vector<bool> own_frame(sentences.size(), false);
  for (const TimeExpr& t : times)
    if (t.relational && !t.dates.empty() && t.sentence < own_frame.size()) own_frame[t.sentence] = true;
  for (size_t k = 0; k < coded.events.size(); ++k) {
    Event& e = coded.events[k];
    const auto& cl = coded.clauses[k];
    const TimeExpr* best = nullptr;
    std::string source;
    // 1. In the clause: the finest expression, nearest to the verb on ties.
    for (const TimeExpr& t : times) {
      if (t.sentence != cl.sentence || !Usable(t)) continue;
      if (t.first < cl.begin || t.last > cl.end) continue;
      if (!best || Rank(t) > Rank(*best) ||
          (Rank(t) == Rank(*best) &&
           std::abs(static_cast<int>(t.first) - static_cast<int>(cl.anchor)) <
               std::abs(static_cast<int>(best->first) - static_cast<int>(cl.anchor))))
        best = &t;
    }
    if (best) source = "clause";
    // 2. Elsewhere in the sentence.
    if (!best) {
      for (const TimeExpr& t : times)
        if (t.sentence == cl.sentence && Usable(t) && (!best || Rank(t) > Rank(*best))) best = &t;
      if (best) source = "sentence";
    }
    // 3. The paragraph's time context: the last expression of an earlier sentence in it
    //    that fits the event's tense; none when the sentence sets its own frame ("Since
    //    2014, Isis has built up a presence").
    if (!best && !own_frame[cl.sentence]) {
      uint32_t para = sentences[cl.sentence].paragraph;
      for (const TimeExpr& t : times) {
        if (t.sentence >= cl.sentence) break;
        // "since 2019" says nothing about when later sentences happened.
        // A time named long before has stopped framing the story: the three sentences before.
        if (sentences[t.sentence].paragraph == para && t.sentence + 3 >= cl.sentence && Usable(t) &&
            CarriesOver(t, e, published))
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
      e.date = *published;
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
