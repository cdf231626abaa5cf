// Matching one verb pattern (dict/verb_dictionary.h: words, gaps, source and target
// slots) against a sentence from its anchor: the elements after the anchor left to right
// (MatchFrom), those before it right to left (MatchBefore), a slot taking an actor group
// and its coordination (MatchSlot). Internal to src/events.
//
// WordMatches runs for nearly every token a pattern looks at: its common case (a word
// element of lemma ids only, most tokens rejected by a 256-bit filter) is inline here.
#pragma once

#include <algorithm>
#include <climits>
#include <cstdint>
#include <vector>

#include "dict/verb_dictionary.h"
#include "events/sentence_view.h"

namespace entente::events {

// What a pattern matched: the groups its slots took, and the tokens it spans.
struct Match {
  std::vector<int> source, target;
  uint32_t end = 0;
  uint32_t begin = UINT32_MAX;  // first token of an element before the anchor, if any
  uint32_t verb = 0;            // the anchor's token
};

// A word element at a token: its lemmas, its stems (TABARI words without '_': any token
// starting with the stem), restricted to its surface forms when it has some ("=left").
bool WordMatchesSlow(const PatternElem& e, const Token& tok, uint32_t lemma_id);
inline bool WordMatches(const PatternElem& e, const Token& tok, uint32_t lemma_id) {
  if (e.ids_only) {  // the common case, inline: most tokens fail the bit filter
    if (lemma_id == 0) return false;
    const uint8_t b = LemmaIdBit(lemma_id);
    if (!((e.word_bits[b >> 6] >> (b & 63)) & 1)) return false;
    if (e.word_ids.size() > 8) return std::binary_search(e.word_ids.begin(), e.word_ids.end(), lemma_id);
    return std::find(e.word_ids.begin(), e.word_ids.end(), lemma_id) != e.word_ids.end();
  }
  return WordMatchesSlow(e, tok, lemma_id);
}

// Matches a slot at token p: skips a few words, then takes a group and its coordination
// (*groups) and sets *next after them. `first_actor` (TABARI/PETRARCH patterns): the first
// actor after p in the clause, past up to 20 words.
bool MatchSlot(const SentenceView& v, uint32_t p, uint32_t end, std::vector<int>* groups, uint32_t* next,
               bool first_actor = false);

// Elements before the anchor (TABARI "SAID + MUST *", entente "said * + * must * @abandon"):
// elems[k-1] .. elems[0] matched right to left, each ending before token p. A word may
// be separated from what follows it only by skippable words (none when the next element
// is adjacent); a gap spans up to 12 words within the clause; a slot takes the nearest
// actor (and its coordination) to the left.
bool MatchBefore(const SentenceView& v, const VerbPattern& pat, size_t k, uint32_t p, Match* m);

// Tries pattern elements [k..] from token p, before token `end`; on success m->end is the
// token after the match.
bool MatchFrom(const SentenceView& v, const VerbPattern& pat, size_t k, uint32_t p, uint32_t end, Match* m);

}  // namespace entente::events
