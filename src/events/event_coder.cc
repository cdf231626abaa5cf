// CodeEvents, sentence by sentence: the sentence's actor groups (GroupMentions) and lemma
// ids, then at each word that may anchor verb patterns (AnchorCandidates), left to right,
// the first pattern that fits the word (AnchorFits), matches (pattern_match.h) and finds
// its actors (FindRoles: clause_syntax.h, unclaimed_violence.h) codes the verb: its code
// by factuality (RecodeByFactuality), its source/target pairs (MakeDyads: actor_codes.h)
// and one event per pair.
#include "events/event_coder.h"

#include <algorithm>
#include <cstdint>
#include <cstdlib>
#include <optional>
#include <string>
#include <unordered_set>
#include <utility>
#include <vector>

#include "events/actor_codes.h"
#include "events/clause_syntax.h"
#include "events/factuality.h"
#include "events/pattern_match.h"
#include "events/sentence_view.h"
#include "events/unclaimed_violence.h"

namespace entente {
namespace events {
namespace {

// Words that, after a comma, narrow what came before rather than start a new clause.
bool NarrowsBefore(std::string_view w) {
  return w == "especially" || w == "particularly" || w == "notably" || w == "including" || w == "mainly" ||
         w == "chiefly" || w == "primarily" || w == "above" || w == "such";
}

// What stays fixed while one sentence is coded.
struct SentenceContext {
  const SentenceView& v;
  uint32_t si;  // the sentence's index
  const MentionSet& ms;
  const Dictionaries& dicts;
  const std::string& text;
  const CoderOptions& options;
  const FieldOptions* fo;    // options.field
  bool defaults;             // TABARI's DEFAULT: a default source or target is set
  LemmaBits sentence_bits;   // the bits of the sentence's lemma ids
};

// The word at token `a` as the anchor of patterns, and what its place says about it.
struct Anchor {
  uint32_t a = 0;
  bool check_anchor = false;      // candidates by stem may be restricted to surface forms
  bool after_determiner = false;  // a noun, unless the pattern names the words before it
  bool after_article = false;
  bool all_clause = false;        // TABARI's CODE ALL: in the clause of a coded verb
  bool that_clause = false;       // TABARI options: in a clause opened by "that"
};

// What coding one sentence carries from one verb to the next.
struct SentenceState {
  uint32_t matched_until = 0;  // anchors inside an earlier match are its words, not new verbs
  bool discard = false;        // a "[###]" or "[+++]" pattern matched: the sentence is dropped
  std::vector<int> last_subject;  // subject of the last coded verb, for conjoined verbs
  uint32_t last_anchor = 0;
  std::vector<size_t> dominant;  // events of dominant patterns ("[031!]") in this sentence
  std::vector<int> all_subject, all_target;  // CODE ALL (TABARI): the clause's first coded verb's
  uint32_t all_anchor = 0;
};

// The actors of a matched pattern: who does it (sources) to whom (targets), as groups.
struct Roles {
  std::vector<int> sources, targets;
  uint32_t clause_begin = 0;
  bool default_src = false, default_tgt = false;  // TABARI's DEFAULT: codes stand in
};

using Dyad = std::pair<ActorRef, std::optional<ActorRef>>;

// SET: MINIMUM WORDS: a shorter sentence is not coded (TABARI's minimum length).
bool TooShort(const std::vector<Token>& t, uint32_t si, const CoderOptions& options) {
  const FieldOptions* fo = options.field;
  if (options.too_short && si < options.too_short->size()) return (*options.too_short)[si];
  if (fo && fo->min_words > 0) {
    int words = 0;
    for (const Token& x : t) words += !x.punct && x.norm != "'s"sv;
    return words < fo->min_words;
  }
  return false;
}

// The groups of sentence `si`: mentions sharing a token range form one group; of
// overlapping mentions the first is kept. `*mi` walks the document's mentions in order.
void GroupMentions(const MentionSet& ms, uint32_t si, size_t* mi, SentenceView* v) {
  for (; *mi < ms.mentions.size() && ms.mentions[*mi].sentence < si; ++*mi) {
  }
  for (size_t k = *mi; k < ms.mentions.size() && ms.mentions[k].sentence == si; ++k) {
    const Mention& m = ms.mentions[k];
    if (!v->groups.empty() && v->groups.back().first == m.first && v->groups.back().last == m.last) {
      v->groups.back().mentions.push_back(static_cast<uint32_t>(k));
      continue;
    }
    if (v->group_at[m.first] >= 0) continue;  // overlapping: keep the first
    v->groups.push_back({m.first, m.last, {static_cast<uint32_t>(k)}});
    v->persons.push_back(m.kind == "person");
    for (uint32_t x = m.first; x < m.last; ++x) v->group_at[x] = static_cast<int>(v->groups.size() - 1);
  }
}

// Each token's lemma id (0: in no pattern); returns the sentence's lemma bits.
LemmaBits SetLemmaIds(const VerbDictionary& verbs, SentenceView* v) {
  const auto& t = v->s->tokens;
  const uint32_t n = static_cast<uint32_t>(t.size());
  LemmaBits sentence_bits;
  v->lemma_id.resize(n);
  for (uint32_t q = 0; q < n; ++q) {
    v->lemma_id[q] = verbs.LemmaId(t[q].lemma);
    if (v->lemma_id[q]) sentence_bits.Set(LemmaIdBit(v->lemma_id[q]));
  }
  return sentence_bits;
}

// TABARI's COMPLEX: too many dictionary verbs or conjunctions: the sentence is not coded.
bool TooComplex(const SentenceView& v, const VerbDictionary& verbs, const FieldOptions& fo) {
  if (!(fo.complex_verbs > 0 || fo.complex_conj > 0)) return false;
  const auto& t = v.s->tokens;
  const uint32_t n = static_cast<uint32_t>(t.size());
  int verb_count = 0, conj = 0;
  for (uint32_t q = 0; q < n; ++q) {
    if (t[q].punct) continue;
    const std::string& w = t[q].norm;
    if (w == "and"sv || w == "or"sv || w == "but"sv) {
      // Not one joining two actors: a compound ("Gondor and Arnor") is one phrase.
      if (!(q > 0 && q + 1 < n && v.group_at[q - 1] >= 0 && v.group_at[q + 1] >= 0)) ++conj;
      continue;
    }
    if (v.group_at[q] >= 0 || IsAuxiliary(w)) continue;
    if (q > 0 && (t[q - 1].norm == "the"sv || t[q - 1].norm == "a"sv || t[q - 1].norm == "an"sv)) continue;
    if (verbs.CandidatesWithNull(v.lemma_id[q]) || (verbs.has_stems() && !verbs.ByStemAnchor(w).empty()))
      ++verb_count;
  }
  return (fo.complex_verbs > 0 && verb_count >= fo.complex_verbs) || (fo.complex_conj > 0 && conj >= fo.complex_conj);
}

// Lists reused from one anchor to the next.
struct CandidateLists {
  std::vector<AnchorCandidate> by_index, by_stem;
  std::vector<uint64_t> mask;
};

// The patterns that may anchor at token a, in the dictionary's order (the most specific
// first); null when there are none. `*check_anchor`: the list holds candidates by stem,
// which may be restricted to surface forms.
const std::vector<AnchorCandidate>* AnchorCandidates(const SentenceView& v, uint32_t a, const VerbDictionary& verbs,
                                                     const LemmaBits& sentence_bits, CandidateLists* lists,
                                                     bool* check_anchor) {
  const std::vector<AnchorCandidate>* cands = verbs.CandidatesWithNull(v.lemma_id[a]);
  // A long list: only the candidates whose first required word the sentence holds
  // (and those requiring none), in the list's order.
  if (const VerbDictionary::BitIndex* x = cands ? verbs.CandidateIndex(v.lemma_id[a]) : nullptr) {
    // A bit set over the list's positions keeps its order without sorting.
    std::vector<uint64_t>& mask = lists->mask;
    mask.assign(x->free_mask.begin(), x->free_mask.end());
    for (int w = 0; w < 4; ++w)
      for (uint64_t bits = sentence_bits.w[w]; bits; bits &= bits - 1) {
        uint32_t b = static_cast<uint32_t>(w * 64 + __builtin_ctzll(bits));
        for (uint32_t i = x->start[b]; i < x->start[b + 1]; ++i)
          mask[x->by_bit[i] >> 6] |= uint64_t{1} << (x->by_bit[i] & 63);
      }
    lists->by_index.clear();
    for (size_t w = 0; w < mask.size(); ++w)
      for (uint64_t bits = mask[w]; bits; bits &= bits - 1)
        lists->by_index.push_back((*cands)[w * 64 + static_cast<size_t>(__builtin_ctzll(bits))]);
    cands = &lists->by_index;
  }
  *check_anchor = false;
  if (verbs.has_stems()) {
    // TABARI stems: patterns whose anchor stem begins this word, merged with the
    // lemma's in the dictionary's order of specificity.
    std::vector<uint32_t> stem_idx = verbs.ByStemAnchor(v.s->tokens[a].norm);
    if (!stem_idx.empty()) {
      if (cands)
        for (const AnchorCandidate& c : *cands) stem_idx.push_back(c.pattern);
      verbs.SortBySpecificity(&stem_idx);
      lists->by_stem.clear();
      for (uint32_t i : stem_idx) lists->by_stem.push_back(verbs.candidate(i));
      cands = &lists->by_stem;
      *check_anchor = true;
    }
  }
  return cands;
}

// A word after a determiner is a noun ("the attack"), not a verb to anchor a pattern
// on, unless the pattern names the words before it ("raised its voice for").
bool AfterDeterminer(const SentenceView& v, uint32_t a) {
  const auto& t = v.s->tokens;
  const uint32_t n = static_cast<uint32_t>(t.size());
  return a > 0 && (t[a - 1].norm == "the"sv || t[a - 1].norm == "a"sv || t[a - 1].norm == "an"sv ||
                   t[a - 1].norm == "its"sv || t[a - 1].norm == "their"sv || t[a - 1].norm == "his"sv ||
                   t[a - 1].norm == "her"sv || (t[a - 1].norm == "'s"sv && !(a >= 2 && v.group_at[a - 2] >= 0)) ||
                   // "blacklists of banned airlines", "clashes with armed men": a participle
                   // after a preposition describes the noun after it.
                   (t[a].past_verb && t[a - 1].norm != "to"sv && IsPreposition(t[a - 1].norm)) ||
                   // "talks with visiting US President Bush": the visitor is the actor after it.
                   (t[a].norm == "visiting"sv && IsPreposition(t[a - 1].norm) && a + 1 < n && v.group_at[a + 1] >= 0));
}

// TABARI's clauses: no clause word (other than "that"), "but" nor "and" between the
// tokens `from` and `to`.
bool NoClauseBetween(const std::vector<Token>& t, uint32_t from, uint32_t to) {
  for (uint32_t q = from + 1; q < to; ++q)
    if ((IsClauseBreak(t[q]) && t[q].norm != "that"sv) || t[q].norm == "but"sv || t[q].norm == "and"sv) return false;
  return true;
}

// The verb at `a` stands in a clause opened by "that".
bool InThatClause(const std::vector<Token>& t, uint32_t a) {
  for (uint32_t q = a; q-- > 0;) {
    if (t[q].norm == "that"sv) return true;
    if (IsClauseBreak(t[q])) return false;
  }
  return false;
}

// Whether the word at the anchor may be the verb of `pat`: its form where the pattern
// names forms, and not a noun by the words around it.
bool AnchorFits(const SentenceView& v, const Anchor& at, const VerbPattern& pat, int pass) {
  const auto& t = v.s->tokens;
  const uint32_t n = static_cast<uint32_t>(t.size());
  const uint32_t a = at.a;
  const PatternElem& anchor_elem = pat.elems[pat.anchor];
  if ((at.check_anchor || !anchor_elem.forms.empty()) && !WordMatches(anchor_elem, t[a], v.lemma_id[a])) return false;
  if (pass == 1 && pat.null_event) return false;
  // (TABARI's CODE ALL: only an article makes the word a noun: "by its resumption of ties".)
  if (at.after_determiner && pat.anchor == 0 && !(at.all_clause && pat.field_semantics && !at.after_article))
    return false;
  // TABARI: an article right before the verb word makes it a noun ("was in an accord
  // with" is no ACCORD), unless the pattern names that word before the verb.
  if (pat.noun_shifts && pat.anchor > 0 && a > 0 &&
      (t[a - 1].norm == "the"sv || t[a - 1].norm == "a"sv || t[a - 1].norm == "an"sv) &&
      !(pat.elems[pat.anchor - 1].kind == PatternElem::Kind::kWord &&
        WordMatches(pat.elems[pat.anchor - 1], t[a - 1], v.lemma_id[a - 1])))
    return false;
  if (pat.noun_shifts && ((a > 0 && t[a].upper_initial && !t[a].all_caps && !t[a - 1].punct) ||
                          (a + 1 < n && t[a + 1].norm == "'s"sv)))
    return false;
  return true;
}

// Pass 1 (TABARI's fallback): a bare "verb +" pattern takes the first actor after the verb
// in its clause as its target (m->target, m->end). False when there is none, or when that
// actor only modifies a noun or stands in a phrase of origin or place.
bool LooseTarget(const SentenceView& v, const VerbPattern& pat, uint32_t a, Match* m) {
  const auto& t = v.s->tokens;
  const uint32_t n = static_cast<uint32_t>(t.size());
  uint32_t q = a + 1;
  // TABARI's bare verb: the first actor after it, also past "that" ("allowed that
  // Mordor isn't a place to visit").
  while (q < n && q - a <= 10 && v.group_at[q] < 0 &&
         (!IsClauseBreak(t[q]) || (pat.field_semantics && q == a + 1 && t[q].norm == "that"sv)) &&
         t[q].norm != ";"sv && !(t[q].norm == ","sv && q + 1 < n && t[q + 1].past_verb) &&
         !(!pat.field_semantics && AdjunctPreposition(t[q])))  // "told reporters after meeting X"
    ++q;
  if (q >= n || v.group_at[q] < 0 || q - a > 10 || IsPassiveAt(v, a)) return false;
  // Not an actor that only modifies a noun ("UN sanctions", "the two countries' deal")
  // or sits in a phrase of origin or place ("pressure from the U.S.", "in Iraq").
  const Group& g = v.groups[v.group_at[q]];
  static const std::unordered_set<std::string> kModified = {
      "sanction", "resolution", "plan", "proposal", "policy", "good", "export", "import", "aid",
      "relation", "tie", "talk", "deal", "agreement", "war", "force", "troop", "peacekeeper",
      "inspector", "border", "territory", "side", "national", "citizen", "refugee", "official",
      "authority", "soldier", "army", "military", "government", "embassy", "investment", "trade"};
  if (g.last < n && (t[g.last].norm == "'s"sv || t[g.last].norm == "'"sv || kModified.count(t[g.last].lemma)))
    return false;
  if (g.first > 0 && IsPreposition(t[g.first - 1].norm)) {
    static const std::unordered_set<std::string> kTargetPreps = {"to", "against", "with", "at", "on",
                                                                 "toward", "towards", "into", "upon"};
    if (!kTargetPreps.count(t[g.first - 1].norm)) return false;
  }
  m->target = Coordinated(v, v.group_at[q]);
  m->end = v.groups[m->target.back()].last;
  return true;
}

// The passive of "X attacked Y": "Y was attacked by X" (or "Y, attacked by X") swaps the
// roles: the agent after "by" is the source (m->source, m->end); with none, violence takes
// the country where it happened (AgentlessPassivePlace, entente's patterns). Returns
// whether the verb is read as a passive; *reduced: a reduced one ("Y, attacked by X").
bool MatchPassive(const SentenceView& v, const MentionSet& ms, const VerbPattern& pat, uint32_t a, Match* m,
                  bool* reduced) {
  const auto& t = v.s->tokens;
  const uint32_t n = static_cast<uint32_t>(t.size());
  bool passive = false;
  if (!pat.has_source && pat.elems.size() >= 2 && pat.elems[1].kind == PatternElem::Kind::kTarget &&
      (IsPassiveAt(v, a) || (*reduced = ReducedPassiveAt(v, a)))) {
    std::vector<int> agent;
    uint32_t next;
    // TABARI/PETRARCH: also past a modifier ("was opposed earlier by Osgiliath").
    uint32_t by = a + 1;
    if (pat.field_semantics && by + 1 < n && t[by].norm != "by"sv && !t[by].punct && v.group_at[by] < 0 &&
        !t[by].upper_initial && !IsPreposition(t[by].norm) && !IsClauseBreak(t[by]) && t[by + 1].norm == "by"sv)
      ++by;
    if (by + 1 < n && t[by].norm == "by"sv && MatchSlot(v, by + 1, n, &agent, &next)) {
      m->source = agent;
      m->end = next;
      passive = true;
    }
    const int root_of_pattern = std::atoi(pat.code.substr(0, 2).c_str());
    if (!passive && !pat.field_semantics && root_of_pattern >= 17 && root_of_pattern <= 20) {
      if (int place = AgentlessPassivePlace(v, ms, a); place >= 0) {
        m->source = {place};
        m->end = v.groups[place].last;
        passive = true;
      }
    }
  }
  return passive;
}

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

// The source and target of the pattern matched at the anchor: the clause's subject and
// the pattern's slots (a passive swaps them), what a complaint is about, the place of
// violence no one claims, and TABARI's readings (FieldRoles). False when there is no
// source (nor a default one), or a passive has nothing it describes.
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

// The end of the clause of a match that ends at token `match_end`: the next clause break;
// a relative clause set off by commas (", who met Kim last year,") ends at its comma.
uint32_t ClauseEnd(const std::vector<Token>& t, uint32_t match_end, uint32_t clause_begin) {
  const uint32_t n = static_cast<uint32_t>(t.size());
  uint32_t clause_end = match_end;
  while (clause_end < n && !IsClauseBreak(t[clause_end])) ++clause_end;
  if (clause_begin >= 2 && (t[clause_begin - 1].norm == "who"sv || t[clause_begin - 1].norm == "which"sv) &&
      t[clause_begin - 2].norm == ","sv)
    for (uint32_t q = match_end; q < clause_end; ++q)
      if (t[q].norm == ","sv) {
        clause_end = q;
        break;
      }
  return clause_end;
}

// CAMEO codes a refusal as a rejection and a stated intention as an intent (entente's
// own patterns: TABARI and PETRARCH patterns spell out their own refusals and intentions,
// "- NOT * [112]", "- WILL * [035]"). May relabel a refusal recoded as asserted.
std::string RecodeByFactuality(std::string code, Factuality* f) {
  if (f->refusal) {
    std::string r = RefusalCode(code);
    if (!r.empty()) code = r, f->label = "asserted";
  } else if (f->intent && !f->threat && (f->decided || (f->announced && code.compare(0, 2, "16") == 0))) {
    // "announced it would prohibit all aid": a sanction decided and made known is the
    // sanction itself, not a threat; "the court decided to allow X to run" is the
    // concession itself, not an intention.
  } else if (!f->intent && f->threat && f->label == "hypothetical" && code.compare(0, 2, "16") >= 0 &&
             code.compare(0, 2, "21") < 0) {
    // "may halt mediation if cooperation founders": a coercive possibility on a
    // condition is a threat (13x).
    std::string i = IntentCode(code);
    if (!i.empty()) code = i;
  } else if (f->intent && f->preparing && !f->threat && code.compare(0, 2, "18") >= 0 && code.compare(0, 2, "21") < 0) {
    // "The army prepared to resume shelling": forces made ready, a show of force (150).
    code = "150";
  } else if (f->intent && code.compare(0, 2, "12") == 0) {
    // "will not accept refugees if war starts": a refusal stays a refusal.
  } else if (f->intent) {
    // "will withdraw its force unless ..." is a threat (13x), else an intent (03x).
    // Help offered "if it is attacked" (consulting, support, cooperation, aid) is a
    // conditional promise, not a threat.
    if (f->threat && !f->unless && code.compare(0, 2, "04") >= 0 && code.compare(0, 2, "08") < 0) f->threat = false;
    std::string i = f->threat && code.compare(0, 2, "13") != 0 ? std::string("130") : IntentCode(code);
    if (f->threat && (code.compare(0, 2, "15") >= 0 && code.compare(0, 2, "21") < 0)) i = "138";
    if (!i.empty()) code = i;
  }
  return code;
}

// The source/target pairs of a coded verb with root `root`: each source with each target
// (not one state's organs with each other, nor a statement with the press); a reciprocal
// pattern's sources with each other; with no target, the place named later in the
// clause, or the actor's own country for domestic protests, concessions and coercion; with
// TABARI's DEFAULT:, its codes. Empty when the verb codes nothing.
std::vector<Dyad> MakeDyads(const SentenceContext& c, const VerbPattern& pat, uint32_t a, uint32_t clause_end,
                            const Roles& r, int root) {
  const SentenceView& v = c.v;
  const MentionSet& ms = c.ms;
  const std::string& text = c.text;
  const FieldOptions* fo = c.fo;
  const auto& t = v.s->tokens;
  const bool paired_only = pat.null_event;  // a null pattern that got here has a paired code
  const bool default_src = r.default_src, default_tgt = r.default_tgt;
  // Expand groups to mentions; an agent-of-country head lends its role to a bare list.
  auto expand = [&](const std::vector<int>& gs) {
    std::vector<const Mention*> out_m;
    std::string role;
    for (size_t gi = 0; gi < gs.size(); ++gi) {
      for (uint32_t idx : v.groups[gs[gi]].mentions) {
        const Mention* mm = &ms.mentions[idx];
        out_m.push_back(mm);
        // (TABARI does not: "The ambassadors of Arnor, Osgiliath and Gondor" is ARNGOV, OSG, GON.)
        if (gi == 0 && mm->code.size() > 3 && !t[mm->first].upper_initial && !pat.agent_stays_first)
          role = mm->code.substr(3);
      }
    }
    return std::make_pair(out_m, role);
  };
  auto [src_m, src_role] = expand(r.sources);
  auto [tgt_m, tgt_role] = expand(r.targets);
  // A compound slot after the verb ("has exchanged prisoners with %"): its members are
  // each other's partners; the subject is not one of them.
  if (pat.compound_among && !pat.has_source && !default_src && !default_tgt && tgt_m.size() >= 2) {
    src_m = tgt_m;
    src_role = tgt_role;
    tgt_m.clear();
  }
  std::vector<Dyad> dyads;
  auto ref = [&](const Mention* mm, const std::string& role) {
    ActorRef ar = RefOf(*mm, text);
    if (!role.empty() && ar.code.size() == 3 && ar.code.compare(0, 3, "IGO") != 0) ar.code += role;
    // An ethnic group is coded by where it lives, as that country's civilians when it
    // has no role of its own.
    if (std::string home = Residence(v, ms, *mm); !home.empty())
      ar.code = home + (ar.code.size() > 3 ? ar.code.substr(3) : std::string("CVL"));
    return ar;
  };
  if (default_src || default_tgt) {
    std::vector<ActorRef> srs, trs;
    if (default_src) srs.push_back({fo->default_source, "default source (DEFAULT:)", ""});
    for (auto* sm : src_m) srs.push_back(ref(sm, src_role));
    if (default_tgt) trs.push_back({fo->default_target, "default target (DEFAULT:)", ""});
    for (auto* tm : tgt_m) trs.push_back(ref(tm, tgt_role));
    for (const ActorRef& sr : srs)
      for (const ActorRef& tr : trs)
        if (sr.code != tr.code) dyads.emplace_back(sr, tr);
  } else if (!tgt_m.empty()) {
    // In a compound slot, an actor of the other side's own country is an escort
    // ("received by Liu and North Korea's ambassador") when others are foreign.
    auto foreign_filter = [](std::vector<const Mention*>& list, const std::vector<const Mention*>& other) {
      if (list.size() < 2 || other.empty()) return;
      std::string home = CountryOf(other.front()->code);
      std::vector<const Mention*> keep;
      for (auto* x : list)
        if (CountryOf(x->code) != home) keep.push_back(x);
      if (!keep.empty()) list = keep;
    };
    foreign_filter(src_m, tgt_m);
    foreign_filter(tgt_m, src_m);
    for (auto* sm : src_m)
      for (auto* tm : tgt_m) {
        ActorRef sr = ref(sm, src_role), tr = ref(tm, tgt_role);
        if (sr.code == tr.code) continue;
        if (SameStateApparatus(sr.code, tr.code)) continue;
        // "X told AFP", "told reporters": the press is the channel of a statement, not
        // its addressee; the statement is not an event between X and the media.
        if (root == 1 && !pat.field_semantics && tr.code.size() >= 6 && tr.code.compare(3, 3, "MED") == 0) continue;
        // A pronoun resolved to the other side's own state is a resolution slip; its
        // people, rebels or opposition against that state are not ("they forgive
        // the Nigerian President").
        if ((sm->pronoun || tm->pronoun) && SameState(sr.code, tr.code)) continue;
        dyads.emplace_back(sr, tr);
      }
  } else if (pat.reciprocal && src_m.size() >= 2 &&
             std::any_of(src_m.begin(), src_m.end(), [&](const Mention* x) {
               return CountryOf(x->code) != CountryOf(src_m.front()->code);
             })) {
    // (Parties of one country, "the government and the rebels agreed": untargeted below.)
    for (auto* x : src_m)
      for (auto* y : src_m) {
        ActorRef xr = ref(x, src_role), yr = ref(y, src_role);
        if (x == y || CountryOf(xr.code) == CountryOf(yr.code)) continue;
        dyads.emplace_back(xr, yr);
      }
  } else if (!pat.has_target) {
    // Without a target only events that stand alone are coded (a drill, an attack).
    if (!c.options.untargeted_roots.count(root)) return {};
    // The place or party named later in the clause is the target: "strengthened its
    // forces in Lebanon", "will withdraw inspectors from Iraq", "shell Iraqi towns".
    // It ends at a comma outside a list: ", killing ...", ", a spokeswoman for the
    // U.S. embassy said" name other parties; a comma before words that narrow what
    // came before (", especially with China", ", including Laos") does not end it.
    std::vector<const Mention*> places, home_places;
    for (uint32_t q = a + 1; q < clause_end && places.empty(); ++q) {
      if (t[q].punct && t[q].norm == ","sv && !(q + 1 < clause_end && NarrowsBefore(t[q + 1].norm))) break;
      int g = v.group_at[q];
      if (g < 0) continue;
      std::vector<int> co = Coordinated(v, g);
      for (int cg : co) {
        const Mention* cand = &ms.mentions[v.groups[cg].mentions.front()];
        bool is_source = false;
        for (auto* sm : src_m) is_source = is_source || CountryOf(sm->code) == CountryOf(cand->code);
        if (!is_source && !cand->pronoun) places.push_back(cand);
        else if (is_source && !cand->pronoun && home_places.empty() && cand->code.size() == 3) home_places.push_back(cand);
      }
      q = std::max(v.groups[g].last, v.groups[co.back()].last) - 1;
    }
    if (places.empty()) places = home_places;
    for (auto* sm : src_m) {
      ActorRef sr = ref(sm, src_role);
      std::optional<ActorRef> tr;
      if (!places.empty()) {
        for (const Mention* p : places) dyads.emplace_back(sr, RefOf(*p, text));
        continue;
      }
      // A protest, a concession or coercion with no one named is aimed at home:
      // CAMEO codes it against the actor's own country.
      // So is the threat of one ("will impose a curfew"): the root before recoding.
      const int acted = std::stoi((paired_only ? pat.paired_code : pat.code).substr(0, 2));
      if (c.options.implicit_domestic_target && (root == 8 || root == 14 || root == 17 ||
                                                 (root == 13 && (acted == 14 || acted == 17))) &&
          sr.code.size() >= 3 && sr.code.compare(0, 3, "IGO") != 0 && sr.code.compare(0, 3, "NGO") != 0)
        tr = ActorRef{CountryOf(sr.code), CountryOf(sr.code) + " (implicit: the actor's own country)", ""};
      dyads.emplace_back(sr, tr);
    }
  } else {
    return {};  // a pattern that needs a target found none
  }
  return dyads;
}

// Reported speech: "KCNA reported that ...": the name of the actor before the "that"
// that opens the clause; "" when there is none.
std::string Reporter(const SentenceView& v, const MentionSet& ms, uint32_t clause_begin) {
  const auto& t = v.s->tokens;
  std::string reporter;
  if (clause_begin >= 2 && t[clause_begin - 1].norm == "that"sv) {
    for (uint32_t j = clause_begin - 1; j-- > 0;) {
      if (v.group_at[j] >= 0) {
        const Mention& rm = ms.mentions[v.groups[v.group_at[j]].mentions.front()];
        reporter = rm.name;
        break;
      }
    }
  }
  return reporter;
}

// What the events of one coded verb share: sentence, factuality and cues, text, evidence
// span (the verb, the match and the actors), pattern id, verb and reporter.
Event EventTemplate(const SentenceContext& c, const VerbPattern& pat, int pass, uint32_t a, const Match& m,
                    const Roles& r, const Factuality& f, const std::string& reporter) {
  const SentenceView& v = c.v;
  const Sentence& s = *v.s;
  const auto& t = s.tokens;
  const std::string& text = c.text;
  Event e;
  e.sentence = c.si;
  e.factuality = f.label;
  e.cues = f.cues;
  e.text = text.substr(s.begin, s.end - s.begin);
  uint32_t span_first = a, span_last = m.end;
  for (int g : r.sources) span_first = std::min(span_first, v.groups[g].first), span_last = std::max(span_last, v.groups[g].last);
  for (int g : r.targets) span_first = std::min(span_first, v.groups[g].first), span_last = std::max(span_last, v.groups[g].last);
  if (m.begin != UINT32_MAX) span_first = std::min(span_first, m.begin);
  e.span_begin = t[span_first].begin;
  e.span_end = t[std::max(span_last, span_first + 1) - 1].end;
  // Pattern ids without a name are "file:line"; show the file name only.
  std::string id = pat.id;
  if (size_t slash = id.rfind('/'); slash != std::string::npos) id = id.substr(slash + 1);
  e.pattern = pass == 1 ? id + "~loose" : id;
  e.verb = text.substr(t[a].begin, t[a].end - t[a].begin);
  e.reporter = reporter;
  return e;
}

// One event: the verb's template with a dyad and a code (its Goldstein score, PLOVER
// category and quad class from the CAMEO table).
Event EventOf(const Event& proto, const CameoTable& cameo, const ActorRef& sr, const std::optional<ActorRef>& tr,
              const std::string& ecode) {
  const CameoCode* cc = cameo.Find(ecode);
  Event e = proto;
  e.source = sr;
  e.target = tr;
  e.code = ecode;
  e.root = ecode.substr(0, 2);
  if (cc) {
    e.goldstein = cc->goldstein;
    e.plover = cc->plover;
    e.quad = cc->quad;
  } else {
    e.quad = CameoTable::QuadOfRoot(std::stoi(e.root));
  }
  return e;
}

// Tries one candidate pattern at the anchor (pass 0: as written; pass 1: TABARI's loose
// fallback for a bare "verb +" pattern). True when it codes the verb (events added to
// *out, or a null pattern that blocks the rest): the anchor's other patterns are not
// tried. Pass 0 collects the bare patterns for pass 1 in *bare_cands. REQUIRES: the
// candidate passed VerbDictionary::MayMatch for the sentence.
bool TryPattern(const SentenceContext& c, const Anchor& at, const AnchorCandidate& cand, int pass,
                std::vector<AnchorCandidate>* bare_cands, SentenceState* st, CodedEvents* out) {
  const SentenceView& v = c.v;
  const FieldOptions* fo = c.fo;
  const auto& t = v.s->tokens;
  const uint32_t n = static_cast<uint32_t>(t.size());
  const uint32_t a = at.a;
  const VerbPattern& pat = c.dicts.verbs.pattern(cand.pattern);
  if (!AnchorFits(v, at, pat, pass)) return false;
  const bool bare = !pat.has_source && pat.elems.size() == 2 && pat.elems[1].kind == PatternElem::Kind::kTarget;
  if (pass == 0 && bare && !pat.null_event) bare_cands->push_back(cand);  // for pass 1
  if (pass == 1 && !bare) return false;
  if (pass == 1 && !LooksFinite(t, a)) return false;
  Match m;
  m.verb = a;
  if (pass == 1 && !LooseTarget(v, pat, a, &m)) return false;
  bool reduced = false;
  const bool passive = MatchPassive(v, c.ms, pat, a, &m, &reduced);
  if (!passive && pass == 0) {
    if (pat.anchor != 0 && !MatchBefore(v, pat, pat.anchor, a, &m)) return false;
    if (!MatchFrom(v, pat, pat.anchor, a, n, &m)) return false;
  }
  // A null pattern ("[---]") that matches codes nothing here and keeps less specific
  // patterns from coding; "[###]" and "[+++]" drop the whole sentence.
  if (pat.null_event && pat.paired_code.empty()) {
    if (pat.special) st->discard = true;
    st->matched_until = m.end;
    return true;
  }
  Roles r;
  if (!FindRoles(c, at, pat, m, passive, reduced, *st, &r)) return false;
  const uint32_t clause_end = ClauseEnd(t, m.end, r.clause_begin);
  Factuality f = JudgeFactuality(*v.s, r.clause_begin, a, clause_end);
  const bool paired_only = pat.null_event;  // a null pattern that got here has a paired code
  std::string code = paired_only ? pat.paired_code : pat.code;
  if (!paired_only && !pat.field_semantics) code = BombingCode(v, a, r.clause_begin, clause_end, code);
  if (!paired_only && !pat.field_semantics) code = RecodeByFactuality(code, &f);
  const int root = std::stoi(code.substr(0, 2));
  std::vector<Dyad> dyads = MakeDyads(c, pat, a, clause_end, r, root);
  if (dyads.empty()) return false;
  const Event proto = EventTemplate(c, pat, pass, a, m, r, f, Reporter(v, c.ms, r.clause_begin));
  auto emit = [&](const ActorRef& sr, const std::optional<ActorRef>& tr, const std::string& ecode) {
    out->events.push_back(EventOf(proto, c.dicts.cameo, sr, tr, ecode));
    out->clauses.push_back({c.si, r.clause_begin, clause_end, a});
  };
  const size_t emitted_before = out->events.size();
  for (auto& [sr, tr] : dyads) {
    // Paired codes ("[042:043]"): the target also does the paired event to the source
    // ("X visited Y": Y hosted X); a null main code ("[:173]") gives only that one.
    if (paired_only) {
      if (tr) emit(*tr, sr, code);
      continue;
    }
    emit(sr, tr, code);
    if (!pat.paired_code.empty() && tr && code == pat.code) emit(*tr, sr, pat.paired_code);
  }
  if (pat.dominant && fo && pat.field_semantics)
    for (size_t k = emitted_before; k < out->events.size(); ++k) st->dominant.push_back(k);
  if (!passive && !pat.has_source) st->last_subject = r.sources, st->last_anchor = a;
  if (fo && pat.field_semantics && fo->code_by == FieldOptions::CodeBy::kAll &&
      (st->all_subject.empty() || !at.all_clause || passive || pat.has_source)) {
    // The clause's subject: its first actor (a passive's or a "+ * MONEY $" pattern's
    // is its target).
    auto first_at = [&](const std::vector<int>& g) { return g.empty() ? UINT32_MAX : v.groups[g.front()].first; };
    const bool target_first = first_at(r.targets) < first_at(r.sources);
    st->all_subject = target_first ? r.targets : r.sources;
    st->all_target = target_first ? r.sources : r.targets;
    st->all_anchor = a;
  }
  // A loose fallback match (pass 1) is not sure enough of its verb phrase to block the rest.
  // A relative clause set off by commas ends its verb phrase at its comma.
  st->matched_until =
      pass == 1 || (fo && fo->code_by == FieldOptions::CodeBy::kAll)
          ? m.end
          : std::max(m.end, std::min(VerbPhraseEnd(v, a, pat.field_semantics, fo && pat.field_semantics), clause_end));
  // SET: CODE BY SENTENCE: only the first coded verb of the sentence.
  if (fo && fo->code_by == FieldOptions::CodeBy::kSentence) st->matched_until = n;
  return true;
}

// Codes one sentence (c.v, which is *view: set here per anchor are the skippable words
// and whether a target may be missing): at each word that may anchor patterns, left to
// right, the most specific pattern that codes it wins; then TABARI's discards and
// dominant codes ("[031!]") keep or drop the sentence's events.
void CodeSentence(const SentenceContext& c, SentenceView* view, CodedEvents* out) {
  const SentenceView& v = c.v;
  const FieldOptions* fo = c.fo;
  const auto& t = v.s->tokens;
  const uint32_t n = static_cast<uint32_t>(t.size());
  SentenceState st;
  CandidateLists lists;
  std::vector<AnchorCandidate> bare_cands;
  bool have_skip = false;
  const size_t events_before = out->events.size();
  for (uint32_t a = 0; a < n; ++a) {
    if (v.group_at[a] >= 0 || t[a].punct || a < st.matched_until) continue;
    Anchor at;
    at.a = a;
    const std::vector<AnchorCandidate>* cands =
        AnchorCandidates(v, a, c.dicts.verbs, c.sentence_bits, &lists, &at.check_anchor);
    if (!cands || HyphenatedModifier(t, a, c.text)) continue;
    if (!have_skip) {
      have_skip = true;
      view->skip.resize(n);
      for (uint32_t q = 0; q < n; ++q) view->skip[q] = Skip(t[q]);
    }
    at.after_determiner = AfterDeterminer(v, a);
    // TABARI's CODE ALL: this verb is in the clause of a coded one (TryPattern); its
    // target may be missing.
    at.all_clause = fo && fo->code_by == FieldOptions::CodeBy::kAll && !st.all_subject.empty() && a > st.all_anchor &&
                    NoClauseBetween(t, st.all_anchor, a);
    // TABARI options: a verb in a "that" clause may miss its target (FieldRoles).
    at.that_clause = fo && InThatClause(t, a);
    view->missing_target_ok = c.defaults || at.all_clause || at.that_clause;
    at.after_article = a > 0 && (t[a - 1].norm == "the"sv || t[a - 1].norm == "a"sv || t[a - 1].norm == "an"sv);
    bool coded = false;
    bare_cands.clear();
    // Pass 0: the patterns as written. Pass 1 (TABARI's fallback): a bare "verb +" pattern
    // takes the first actor after the verb in its clause as the target.
    for (int pass = 0; pass < 2 && !coded && !st.discard; ++pass)
      for (const AnchorCandidate& cand : pass == 0 ? *cands : bare_cands) {
        if (!c.dicts.verbs.MayMatch(cand, c.sentence_bits)) continue;  // most candidates stop here
        if (TryPattern(c, at, cand, pass, &bare_cands, &st, out)) {
          coded = true;
          break;  // the most specific pattern at this anchor wins
        }
      }
    if (st.discard) break;
  }
  if (st.discard) {
    out->events.resize(events_before);
    out->clauses.resize(events_before);
  } else if (!st.dominant.empty()) {
    // TABARI's dominant code ("[031!]"): its events are the sentence's only ones.
    size_t w = events_before;
    for (size_t k : st.dominant) {
      if (w != k) {
        out->events[w] = std::move(out->events[k]);
        out->clauses[w] = out->clauses[k];
      }
      ++w;
    }
    out->events.resize(w);
    out->clauses.resize(w);
  }
}

}  // namespace
}  // namespace events

CodedEvents CodeEvents(const std::vector<Sentence>& sentences, const MentionSet& ms, const Dictionaries& dicts,
                       const std::string& text, const CoderOptions& options) {
  using namespace events;
  CodedEvents out;
  size_t mi = 0;
  for (uint32_t si = 0; si < sentences.size(); ++si) {
    const Sentence& s = sentences[si];
    const auto& t = s.tokens;
    // A discard phrase (PETRARCH discards, TABARI "[###]" actors): the sentence, or with a
    // story discard the whole document, is not coded.
    if (const DiscardEntry* d = dicts.discards.Match(t, options.day)) {
      if (d->story) {
        out.events.clear();
        out.clauses.clear();
        return out;
      }
      continue;
    }
    if (TooShort(t, si, options)) continue;
    const FieldOptions* fo = options.field;
    const bool defaults = fo && (!fo->default_source.empty() || !fo->default_target.empty());
    SentenceView v;
    v.s = &s;
    v.group_at.assign(t.size(), -1);
    v.missing_target_ok = defaults;
    v.field = fo != nullptr;
    if (v.field && dicts.actors.has_parser_words()) v.parser_words = &dicts.actors;
    GroupMentions(ms, si, &mi, &v);
    if (v.groups.empty() && !defaults) continue;
    const LemmaBits sentence_bits = SetLemmaIds(dicts.verbs, &v);
    if (fo && TooComplex(v, dicts.verbs, *fo)) continue;
    const SentenceContext c{v, si, ms, dicts, text, options, fo, defaults, sentence_bits};
    CodeSentence(c, &v, &out);
  }
  return out;
}

}  // namespace entente
