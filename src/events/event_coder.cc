// CodeEvents, sentence by sentence: the sentence's actor groups (GroupMentions) and lemma
// ids; then at each word that may anchor verb patterns (AnchorCandidates), left to right,
// the first pattern that fits the word (AnchorFits), matches (pattern_match.h, or as a
// passive: MatchPassive) and finds its actors (event_roles.h) codes the verb (TryPattern):
// its code by factuality (RecodeByFactuality), its dyads (event_dyads.h) and one event
// per dyad (EventTemplate, EventOf).
#include "events/event_coder.h"

#include <algorithm>
#include <cstdint>
#include <cstdlib>
#include <optional>
#include <string>
#include <unordered_set>
#include <utility>
#include <vector>

#include "events/clause_syntax.h"
#include "events/coding_context.h"
#include "events/event_dyads.h"
#include "events/event_roles.h"
#include "events/factuality.h"
#include "events/pattern_match.h"
#include "events/sentence_view.h"
#include "events/unclaimed_violence.h"

namespace entente {
namespace events {
namespace {

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
