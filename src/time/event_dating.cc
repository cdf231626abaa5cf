#include "time/event_dating.h"

#include <set>
#include <tuple>

namespace entente {

static int Rank(const TimeExpr& e) {
  if (e.dates.empty()) return -1;
  return static_cast<int>(e.dates.front().precision);
}

void DateEvents(CodedEvents& coded, const std::vector<Sentence>& sentences, const std::vector<TimeExpr>& times,
                const std::optional<DateValue>& published, const std::string& text) {
  std::vector<Event> out;
  for (size_t k = 0; k < coded.events.size(); ++k) {
    Event& e = coded.events[k];
    const auto& cl = coded.clauses[k];
    const TimeExpr* best = nullptr;
    std::string source;
    // 1. In the clause: the finest expression, nearest to the verb on ties.
    for (const TimeExpr& t : times) {
      if (t.sentence != cl.sentence || t.dates.empty()) continue;
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
        if (t.sentence == cl.sentence && !t.dates.empty() && (!best || Rank(t) > Rank(*best))) best = &t;
      if (best) source = "sentence";
    }
    // 3. The paragraph's time context: the last expression of an earlier sentence in it.
    if (!best) {
      uint32_t para = sentences[cl.sentence].paragraph;
      for (const TimeExpr& t : times) {
        if (t.sentence >= cl.sentence) break;
        // "since 2019" says nothing about when later sentences happened.
        if (sentences[t.sentence].paragraph == para && !t.dates.empty() && !t.relational) best = &t;
      }
      if (best) source = "paragraph";
    }
    if (best) {
      e.date_source = source;
      for (size_t d = 0; d < best->dates.size(); ++d) {
        Event copy = e;
        copy.date = best->dates[d];
        copy.date_text = text.substr(best->begin, best->end - best->begin);
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
