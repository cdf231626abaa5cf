#include "events/pattern_match.h"

#include <algorithm>
#include <string>
#include <vector>

#include "common/fast_hash.h"
#include "events/clause_syntax.h"

namespace entente::events {
namespace {

// A currency sign before an amount ("$50,000 worth of goods", "£2 million"): part of a
// noun phrase a gap steps over, not punctuation that ends it.
bool IsCurrencySign(const Token& t) {
  const std::string& n = t.norm;
  return n == "$"sv || n == "\xC2\xA3"sv /*£*/ || n == "\xE2\x82\xAC"sv /*€*/ || n == "\xC2\xA5"sv /*¥*/;
}

// A comma inside a list of common nouns closed by "and"/"or" ("artillery, mortar, and
// rocket fire"): an entente gap steps over it. Not one before a participle (", killing").
bool ListComma(const SentenceView& v, uint32_t q, uint32_t end) {
  const auto& t = v.s->tokens;
  if (t[q].norm != ","sv || q == 0 || !IsModifierWord(t[q - 1]) || v.group_at[q - 1] >= 0) return false;
  auto common_noun = [&](uint32_t r) {
    const std::string& n = t[r].norm;
    return v.group_at[r] < 0 && IsModifierWord(t[r]) && !(n.size() > 4 && n.compare(n.size() - 3, 3, "ing") == 0);
  };
  for (uint32_t r = q + 1, words = 0; r < end && words < 6; ++r, ++words) {
    if (t[r].norm == "and"sv || t[r].norm == "or"sv) return words > 0 || (r + 1 < end && common_noun(r + 1));
    if (t[r].norm == ","sv) continue;
    if (!common_noun(r)) return false;
  }
  return false;
}

// A relative clause after a slot, between the pattern's words ("allow 13,000 refugees who
// have lived in Iraq for a decade to return"): the pattern's next word is looked for after
// it, within 14 words, before a comma or a clause break of another kind.
bool MatchPastRelativeClause(const SentenceView& v, const VerbPattern& pat, size_t k, uint32_t p, uint32_t end,
                             Match* m) {
  const auto& t = v.s->tokens;
  if (k >= pat.elems.size() || pat.elems[k].kind != PatternElem::Kind::kWord || p >= end) return false;
  if (t[p].norm != "who"sv && t[p].norm != "which"sv) return false;
  for (uint32_t q = p + 2; q < end && q <= p + 14; ++q) {
    if (t[q].punct || (IsClauseBreak(t[q]) && t[q].norm != "that"sv)) return false;
    if (!WordMatches(pat.elems[k], t[q], v.lemma_id[q])) continue;
    Match saved = *m;
    if (MatchFrom(v, pat, k, q, end, m)) return true;
    *m = saved;
  }
  return false;
}

}  // namespace

bool WordMatchesSlow(const PatternElem& e, const Token& tok, uint32_t lemma_id) {
  if (e.forms.empty() && e.stems.empty() && !e.word_ids.empty()) {
    if (lemma_id == 0) return false;
    if (e.word_ids.size() > 8) return std::binary_search(e.word_ids.begin(), e.word_ids.end(), lemma_id);
    return std::find(e.word_ids.begin(), e.word_ids.end(), lemma_id) != e.word_ids.end();
  }
  if (e.matcher_ready) {
    // The same tests with what VerbDictionary::Finish prepared: forms by hash, lemmas by id.
    if (!e.forms.empty()) {
      const uint64_t h = FastHash(tok.norm);
      if (std::binary_search(e.form_hashes.begin(), e.form_hashes.end(), h) &&
          std::find(e.forms.begin(), e.forms.end(), tok.norm) != e.forms.end())
        return true;
      return StemPrefixOf(e.stems_beyond_forms, e.min_stem_beyond_forms, tok.norm);
    }
    if (e.word_ids.size() == e.words.size()) {
      // lemma_id is the token's lemma's id (0: a lemma no pattern word has).
      if (lemma_id != 0 && (e.word_ids.size() > 8
                                ? std::binary_search(e.word_ids.begin(), e.word_ids.end(), lemma_id)
                                : std::find(e.word_ids.begin(), e.word_ids.end(), lemma_id) != e.word_ids.end()))
        return true;
    } else if (std::find(e.words.begin(), e.words.end(), tok.lemma) != e.words.end()) {
      return true;
    }
    return StemPrefixOf(e.sorted_stems, e.min_sorted_stem, tok.norm);
  }
  if (!e.forms.empty()) {
    if (std::find(e.forms.begin(), e.forms.end(), tok.norm) != e.forms.end()) return true;
    for (const std::string& st : e.stems)
      if (std::find(e.forms.begin(), e.forms.end(), st) == e.forms.end() && tok.norm.compare(0, st.size(), st) == 0)
        return true;
    return false;
  }
  if (std::find(e.words.begin(), e.words.end(), tok.lemma) != e.words.end()) return true;
  for (const std::string& st : e.stems)
    if (tok.norm.size() >= st.size() && tok.norm.compare(0, st.size(), st) == 0) return true;
  return false;
}

bool MatchSlot(const SentenceView& v, uint32_t p, uint32_t end, std::vector<int>* groups, uint32_t* next,
               bool first_actor) {
  const auto& t = v.s->tokens;
  uint32_t skipped = 0;
  if (first_actor) {
    // TABARI/PETRARCH: the first actor after this place in the clause.
    while (p < end && v.group_at[p] < 0 && skipped < 20) {
      // Under TABARI's options the sentence is read after COMMA: dropped its phrases: a
      // comma left is no boundary ("ties with Gxndor ... its embassy, a Bree official").
      if ((t[p].punct && t[p].norm != "-"sv && !(v.field && t[p].norm == ","sv)) || IsClauseBreak(t[p]) ||
          t[p].norm == "and"sv || t[p].norm == "or"sv)
        return false;
      ++p;
      ++skipped;
    }
  }
  while (p < end && v.group_at[p] < 0 && skipped < 4) {
    if (t[p].punct || IsClauseBreak(t[p]) || t[p].norm == "and"sv || t[p].norm == "or"sv) return false;
    // "the sanctions imposed by Washington": the participle's agent is the slot's actor.
    if (!first_actor && skipped > 0 && t[p].past_verb && p + 2 < end && t[p + 1].norm == "by"sv &&
        v.group_at[p + 1] < 0) {
      ++p;
      ++skipped;
      continue;
    }
    if (t[p].past_verb && !(p + 1 < end && v.group_at[p + 1] >= 0)) return false;  // "proposed Israeli changes"
    // "the deputy chief of Israel's militia", "scores of Liberian refugees": the head noun
    // before "of" stands for the actor after it.
    // "condemned the joint drills by South Korea": the agent of the act named is the target.
    // "welcomed the agreement between Serbia and Kosovo": the parties to the act named.
    if ((t[p].norm == "of"sv || ((t[p].norm == "by"sv || t[p].norm == "between"sv) && !first_actor)) &&
        skipped > 0) {
      uint32_t q = p + 1;
      if (q < end && t[q].norm == "the"sv) ++q;
      // Up to two modifiers the dictionaries do not know ("thousands of Tamil civilian
      // refugees").
      for (uint32_t mods = 0; mods < 2 && q + 1 < end && v.group_at[q] < 0 && !t[q].punct && !t[q].past_verb &&
                              !IsPreposition(t[q].norm) && !IsClauseBreak(t[q]) && t[q].norm != "and"sv;
           ++mods)
        ++q;
      if (q < end && v.group_at[q] >= 0) {
        p = q;
        break;
      }
      return false;
    }
    if (IsPreposition(t[p].norm) && t[p].norm != "to"sv) return false;
    ++p;
    ++skipped;
  }
  if (p >= end || v.group_at[p] < 0) return false;
  *groups = Coordinated(v, v.group_at[p]);
  *next = v.groups[groups->back()].last;
  // An apposition closed by a comma ("the UN refugee agency, UNHCR, out of"): the
  // pattern goes on after it.
  if (groups->size() == 1) {
    uint32_t q = SkipParenthetical(t, v.groups[v.group_at[p]].last);
    if (q + 2 < end && t[q].norm == ","sv && v.group_at[q + 1] >= 0 && v.groups[v.group_at[q + 1]].first == q + 1) {
      uint32_t r = SkipParenthetical(t, v.groups[v.group_at[q + 1]].last);
      if (r < end && t[r].norm == ","sv && std::max(*next, r) == r) *next = r + 1;
    }
  }
  return true;
}

bool MatchBefore(const SentenceView& v, const VerbPattern& pat, size_t k, uint32_t p, Match* m) {
  const auto& t = v.s->tokens;
  if (k == 0) {
    m->begin = p;
    return true;
  }
  const PatternElem& e = pat.elems[k - 1];
  const bool adjacent = pat.elems[k].adjacent;
  switch (e.kind) {
    case PatternElem::Kind::kWord: {
      for (uint32_t q = p, skipped = 0; q-- > 0; ++skipped) {
        if ((v.group_at[q] < 0 || !t[q].upper_initial) && WordMatches(e, t[q], v.lemma_id[q]))
          return MatchBefore(v, pat, k - 1, q, m);
        if (adjacent || skipped >= 3 || !v.skip[q]) return false;
      }
      return false;
    }
    case PatternElem::Kind::kGap: {
      if (e.skip_actor) {  // TABARI '^': an actor phrase (after a few words) is stepped over
        uint32_t q = p;
        for (int words = 0; q > 0 && v.group_at[q - 1] < 0 && words < 4; --q, ++words)
          if (t[q - 1].punct && (t[q - 1].norm == ";"sv || t[q - 1].norm == ":"sv)) return false;
        if (q == 0 || v.group_at[q - 1] < 0) return false;
        return MatchBefore(v, pat, k - 1, v.groups[CoordinationHead(v, v.group_at[q - 1])].first, m);
      }
      for (uint32_t q = p, steps = 0; steps <= 12; --q, ++steps) {
        if (MatchBefore(v, pat, k - 1, q, m)) return true;
        if (q == 0 || (t[q - 1].punct && (t[q - 1].norm == ";"sv || t[q - 1].norm == ":"sv))) return false;
      }
      return false;
    }
    case PatternElem::Kind::kSource:
    case PatternElem::Kind::kTarget: {
      uint32_t q = p, skipped = 0;
      while (q > 0 && v.group_at[q - 1] < 0 && skipped < 4) {
        if (t[q - 1].punct || IsClauseBreak(t[q - 1]) || adjacent) return false;
        --q;
        ++skipped;
      }
      if (q == 0 || v.group_at[q - 1] < 0) return false;
      int head = CoordinationHead(v, v.group_at[q - 1]);
      Match saved = *m;
      (e.kind == PatternElem::Kind::kSource ? m->source : m->target) = Coordinated(v, head);
      if (MatchBefore(v, pat, k - 1, v.groups[head].first, m)) return true;
      *m = saved;
      return false;
    }
  }
  return false;
}

bool MatchFrom(const SentenceView& v, const VerbPattern& pat, size_t k, uint32_t p, uint32_t end, Match* m) {
  const auto& t = v.s->tokens;
  if (k == pat.elems.size()) {
    m->end = p;
    return true;
  }
  const PatternElem& e = pat.elems[k];
  switch (e.kind) {
    case PatternElem::Kind::kWord: {
      uint32_t q = p;
      for (int skipped = 0; q < end; ++q, ++skipped) {
        // A pattern word may be a common noun that also named an actor ("withdraw its
        // troops", "mobilized army reservists"), never a proper name.
        if ((v.group_at[q] < 0 || !t[q].upper_initial) && WordMatches(e, t[q], v.lemma_id[q]))
          return MatchFrom(v, pat, k + 1, q + 1, end, m);
        if (k == pat.anchor || skipped >= 3 || !v.skip[q]) return false;
      }
      return false;
    }
    case PatternElem::Kind::kGap: {
      if (e.skip_actor) {  // TABARI '^': an actor phrase (after a few words) is stepped over
        uint32_t q = p;
        for (int words = 0; q < end && v.group_at[q] < 0 && words < 4; ++q, ++words)
          if (t[q].punct && (t[q].norm == ";"sv || t[q].norm == ":"sv)) return false;
        if (q >= end || v.group_at[q] < 0) return false;
        std::vector<int> co = Coordinated(v, v.group_at[q]);
        return MatchFrom(v, pat, k + 1, v.groups[co.back()].last, end, m);
      }
      // TABARI/PETRARCH gaps step over anything but ';' and ':' (up to 12 words); entente's
      // stop at an actor, a clause word or punctuation (up to 8).
      const uint32_t limit = pat.field_semantics ? 12 : 8;
      // A word after the gap is tried only where it stands (the word's own scan over
      // skippable words is covered by the gap's).
      const PatternElem* word = k + 1 < pat.elems.size() && pat.elems[k + 1].kind == PatternElem::Kind::kWord
                                    ? &pat.elems[k + 1] : nullptr;
      for (uint32_t q = p; q <= end && q - p <= limit; ++q) {
        if (word && (q >= end || (v.group_at[q] >= 0 && t[q].upper_initial) || !WordMatches(*word, t[q], v.lemma_id[q]))) {
        } else if (MatchFrom(v, pat, k + 1, q, end, m)) {
          return true;
        }
        if (q >= end) break;
        if (pat.field_semantics ? (t[q].punct && (t[q].norm == ";"sv || t[q].norm == ":"sv))
                                : ((v.group_at[q] >= 0 && t[q].upper_initial) || IsClauseBreak(t[q]) ||
                                   (t[q].punct && !ListComma(v, q, end) && !IsCurrencySign(t[q])) ||
                                   AdjunctPreposition(t[q]))) {
          if (!pat.field_semantics && word && MatchPastRelativeClause(v, pat, k + 1, q, end, m)) return true;
          // An actor whose own head noun is the word ("expelled two Russian diplomats",
          // "allow Turkish Kurd refugees to return"): it is the target of a pattern that
          // names none.
          if (!pat.field_semantics && word && v.group_at[q] >= 0 && t[q].upper_initial) {
            const Group& g = v.groups[v.group_at[q]];
            for (uint32_t r = q + 1; r < end && r < g.last + 3; ++r) {
              if (r >= g.last && (t[r].punct || IsPreposition(t[r].norm) || IsClauseBreak(t[r]) || t[r].past_verb ||
                                  t[r].norm == "and"sv || t[r].norm == "or"sv || t[r].norm == "as"sv))
                break;
              if (t[r].upper_initial || !WordMatches(*word, t[r], v.lemma_id[r])) continue;
              Match saved = *m;
              if (!pat.has_target && m->target.empty()) m->target = {v.group_at[r] >= 0 ? v.group_at[r] : v.group_at[q]};
              if (MatchFrom(v, pat, k + 1, r, end, m)) return true;
              *m = saved;
            }
          }
          return false;
        }
      }
      return false;
    }
    case PatternElem::Kind::kSource:
    case PatternElem::Kind::kTarget: {
      std::vector<int> groups;
      uint32_t next;
      if (!MatchSlot(v, p, end, &groups, &next, pat.field_semantics)) {
        // TABARI: a target slot ending the pattern with no actor after it takes the first
        // actor after the verb ("allowed that Mordor isn't a real pleasant place +").
        if (!(pat.field_semantics && e.kind == PatternElem::Kind::kTarget && k + 1 == pat.elems.size())) return false;
        uint32_t q = m->verb + 1;
        while (q < end && v.group_at[q] < 0 && !(t[q].punct && (t[q].norm == ";"sv || t[q].norm == ":"sv))) ++q;
        if (q >= end || v.group_at[q] < 0 || q >= p) {
          // DEFAULT: on: the target is left to the defaults.
          if (!v.missing_target_ok) return false;
          m->target.clear();
          m->end = p;
          return true;
        }
        m->target = Coordinated(v, v.group_at[q]);
        m->end = p;
        return true;
      }
      Match saved = *m;
      (e.kind == PatternElem::Kind::kSource ? m->source : m->target) = groups;
      if (MatchFrom(v, pat, k + 1, next, end, m)) return true;
      if (!pat.field_semantics && MatchPastRelativeClause(v, pat, k + 1, next, end, m)) return true;
      // The rest of a name the actor dictionary did not take ("his Rwandan Patriotic
      // Front must") or a place after the actor ("the rebels in Darfur must"): the pattern
      // may go on after it.
      if (!pat.field_semantics && k + 1 < pat.elems.size() && next < end) {
        uint32_t q = next;
        while (q < end && q < next + 3 && t[q].upper_initial && !t[q].punct && v.group_at[q] < 0) ++q;
        if (q == next && q + 1 < end && (t[q].norm == "in"sv || t[q].norm == "of"sv)) {
          uint32_t r = q + 1;
          if (r < end && t[r].norm == "the"sv) ++r;
          if (r < end && v.group_at[r] >= 0 && v.groups[v.group_at[r]].first == r) q = v.groups[v.group_at[r]].last;
        }
        if (q > next && MatchFrom(v, pat, k + 1, q, end, m)) return true;
      }
      *m = saved;
      return false;
    }
  }
  return false;
}

}  // namespace entente::events
