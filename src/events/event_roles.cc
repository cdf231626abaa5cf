#include "events/event_roles.h"

#include <algorithm>
#include <cstdlib>
#include <string>
#include <utility>
#include <vector>

#include "events/clause_syntax.h"
#include "events/unclaimed_violence.h"

namespace entente::events {
namespace {

// The subject of the verb at the anchor, and the clause it opens (*clause_begin): the
// clause's subject, else the main clause's after a fronted participle clause, else (TABARI)
// the subject before "that"; a verb conjoined to a coded one shares its subject; a
// subject the pattern matched as its target, or (TABARI/PETRARCH) one among the pattern's
// words before the verb, gives way to the actor before them.
std::vector<int> SubjectOf(const SentenceContext& c, const Anchor& at, const VerbPattern& pat, const Match& m,
                           const SentenceState& st, uint32_t* clause_begin) {
  const SentenceView& v = c.v;
  const auto& t = v.s->tokens;
  const uint32_t a = at.a;
  std::vector<int> subject = Subject(v, a, clause_begin, !pat.field_semantics);
  if (subject.empty() && !pat.has_source) subject = FrontedClauseSubject(v, a);
  // TABARI reads no clause boundary at "that": a clause after it naming no actor
  // before its verb has the subject before it ("Gondor accepts that Calenardon
  // might affirm an attack by X" -> GON).
  if (subject.empty() && c.fo && pat.field_semantics && !pat.has_source && *clause_begin > 0 &&
      t[*clause_begin - 1].norm == "that"sv) {
    uint32_t cb = 0;
    subject = Subject(v, *clause_begin - 1, &cb, false);
    if (!subject.empty()) *clause_begin = cb;
  }
  // "X met Y and signed Z": a verb conjoined to a coded one shares its subject.
  if (!st.last_subject.empty() && a > st.last_anchor && ConjoinedVerbAt(v, a) &&
      (subject.empty() || v.groups[subject.front()].first > st.last_anchor))
    subject = st.last_subject;
  // A target matched before the verb ("suggested Gondor should require"): the
  // subject is the one of the words before it.
  if (pat.anchor != 0 && !m.target.empty() && m.begin != UINT32_MAX && !subject.empty() &&
      std::find(m.target.begin(), m.target.end(), subject.front()) != m.target.end()) {
    uint32_t cb = 0;
    subject = Subject(v, v.groups[m.target.front()].first, &cb, !pat.field_semantics);
    *clause_begin = std::min(*clause_begin, cb);
  }
  // TABARI/PETRARCH: words of the pattern before the verb ("SUGGESTED_NEVER * DEMAND"
  // in "Arnor suggested never Gondor should demand"): an actor among them is no
  // subject; the subject stands before the pattern's first word.
  // Also when no subject was found in the clause of the verb ("NOTED + *" in "noted that
  // North Yemen regretted": the clause of "regretted" holds only the target).
  if (pat.field_semantics && pat.anchor != 0 && !pat.has_source && m.begin != UINT32_MAX && m.begin > 0 &&
      (subject.empty() || v.groups[subject.front()].first >= m.begin)) {
    uint32_t cb = 0;
    if (std::vector<int> before = Subject(v, m.begin, &cb, false); !before.empty()) {
      subject = std::move(before);
      *clause_begin = std::min(*clause_begin, cb);
    }
  }
  return subject;
}

// TABARI's readings of a clause's actors under its options file: CODE ALL, "that"
// clauses, DEFAULT: codes, and a source after the verb when the pattern's target stands
// before it.
void FieldRoles(const SentenceContext& c, const Anchor& at, const VerbPattern& pat, const Match& m, bool passive,
                const SentenceState& st, Roles* r) {
  const SentenceView& v = c.v;
  const MentionSet& ms = c.ms;
  const FieldOptions* fo = c.fo;
  const auto& t = v.s->tokens;
  const uint32_t n = static_cast<uint32_t>(t.size());
  const uint32_t a = at.a;
  std::vector<int>& sources = r->sources;
  std::vector<int>& targets = r->targets;
  // TABARI's CODE ALL: a later verb in the clause of a coded one codes with that
  // clause's subject as source; its target is the first actor after it other than
  // that subject (a pronoun referring back to it is none), else the coded verb's
  // target ("Calenardhon urged Bree to assist it" -> CAL/BRE twice; "Eriador was
  // opposed by Osgiliath in being drawn ... by its resumption of ties with Gondor").
  if (at.all_clause && pat.field_semantics && !passive && !pat.has_source) {
    sources = st.all_subject;
    std::vector<int> kept;
    for (int g : targets) {
      const std::string& gc = ms.mentions[v.groups[g].mentions.front()].code;
      bool is_source = false;
      for (int sg : sources)
        is_source = is_source || sg == g || ms.mentions[v.groups[sg].mentions.front()].code == gc;
      if (!is_source) kept.push_back(g);
    }
    // None in the pattern: the first other actor after it in the clause.
    for (uint32_t q = std::max(m.end, a + 1); q < n && kept.empty() && !IsClauseBreak(t[q]); ++q) {
      int g = v.group_at[q];
      if (g < 0) continue;
      const std::string& gc = ms.mentions[v.groups[g].mentions.front()].code;
      bool is_source = false;
      for (int sg : sources) is_source = is_source || ms.mentions[v.groups[sg].mentions.front()].code == gc;
      if (!is_source) kept = Coordinated(v, g);
      q = v.groups[g].last - 1;
    }
    targets = kept.empty() ? st.all_target : kept;
  }
  // TABARI options: "X requested that Y assist" with no target after the verb: X is
  // the source (the clause's first actor: "that" opens none), Y the target.
  // (Y stands right before the verb, after "that"; the subject search may have taken
  // Y, or X when it reads past "that".)
  if (at.that_clause && pat.field_semantics && !passive && !pat.has_source && targets.empty() && !sources.empty() &&
      a > 0 && v.group_at[a - 1] >= 0) {
    const int y = v.group_at[a - 1];
    uint32_t b = v.groups[y].first;
    while (b > 0 && t[b - 1].norm == "the"sv) --b;
    if (b > 0 && t[b - 1].norm == "that"sv) {
      if (std::find(sources.begin(), sources.end(), y) != sources.end()) {
        uint32_t cb = 0;
        std::vector<int> outer = Subject(v, b - 1, &cb, false);
        if (!outer.empty()) targets = sources, sources = outer, r->clause_begin = cb;
      } else {
        targets = {y};
      }
    }
  }
  // TABARI's DEFAULT: no actor before the verb: the default source with PRIOR, else
  // the first actor after the verb (the next one is the target); no target: the
  // default target with AFTER, else the second member of a compound source.
  if (c.defaults && !passive) {
    if (sources.empty()) {
      if (fo->default_prior && !fo->default_source.empty()) {
        r->default_src = true;
      } else if (!targets.empty()) {
        sources = {targets.front()};
        targets.erase(targets.begin());
      } else if (!fo->default_source.empty()) {
        r->default_src = true;
      }
    }
    if (targets.empty() && pat.has_target) {
      if (!fo->default_after && sources.size() >= 2) {
        targets.assign(sources.begin() + 1, sources.end());
        sources.resize(1);
      } else if (!fo->default_target.empty()) {
        r->default_tgt = true;
      }
    }
  }
  // TABARI/PETRARCH: a target slot before the verb and no actor before it ("- + WAS * DEAD" in
  // "An Eriadorian was shot dead in Osgiliath"): the source is the first actor after
  // the verb.
  if (sources.empty() && !r->default_src && !c.defaults && !passive && pat.field_semantics && !pat.has_source &&
      pat.anchor != 0 && !targets.empty() && v.groups[targets.front()].last <= a) {
    for (uint32_t q = m.end > a ? m.end : a + 1; q < n; ++q) {
      if (t[q].punct && (t[q].norm == ";"sv || t[q].norm == ":"sv)) break;
      const int g = v.group_at[q];
      if (g < 0 || std::find(targets.begin(), targets.end(), g) != targets.end()) continue;
      sources = Coordinated(v, g);
      break;
    }
  }
}

}  // namespace

bool FindRoles(const SentenceContext& c, const Anchor& at, const VerbPattern& pat, const Match& m, bool passive,
               bool reduced, const SentenceState& st, Roles* r) {
  const SentenceView& v = c.v;
  const uint32_t a = at.a;
  std::vector<int> subject = SubjectOf(c, at, pat, m, st, &r->clause_begin);
  std::vector<int>& sources = r->sources;
  std::vector<int>& targets = r->targets;
  if (passive) {
    sources = m.source;
    targets = reduced ? DescribedBy(v, a) : subject;
    if (targets.empty()) return false;
  } else if (pat.has_source) {
    sources = m.source;
    // A compound source ("% have delayed", reciprocal) without a target: its members
    // are each other's targets.
    targets = pat.has_target ? m.target : pat.reciprocal ? std::vector<int>{} : subject;
  } else {
    sources = subject;
    targets = m.target;
  }
  if (!pat.field_semantics && targets.size() == 1 && pat.code.compare(0, 2, "11") == 0)
    if (int about = ComplaintSubject(v, targets.front()); about >= 0) targets = Coordinated(v, about);
  if (sources.empty() && !pat.field_semantics && !targets.empty() && std::atoi(pat.code.substr(0, 2).c_str()) >= 18)
    if (int place = UnclaimedViolencePlace(v, c.ms, targets, a, r->clause_begin); place >= 0) sources = {place};
  FieldRoles(c, at, pat, m, passive, st, r);
  return !(sources.empty() && !r->default_src);
}

}  // namespace entente::events
