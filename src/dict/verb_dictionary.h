// Verb patterns: CAMEO code + a lemma pattern with actor slots, indexed by anchor lemma.
// See docs/dictionaries.md for the format. Immutable after loading.
#pragma once

#include <algorithm>
#include <cstdint>
#include <functional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "entente/status.h"
#include "dict/actor_dictionary.h"
#include "segment/lemmatizer.h"

namespace entente {

struct PatternElem {
  enum class Kind { kWord, kGap, kSource, kTarget };
  Kind kind = Kind::kWord;
  std::vector<std::string> words;  // lemmas; several for a choice (a|b|c)
  // Stems (TABARI words without a trailing '_'; "critic*" in entente's format): a token
  // whose normalised form starts with one of these also matches. `words` still holds
  // their lemmas, so a coder that ignores stems matches the base forms.
  std::vector<std::string> stems;
  // Surface forms (normalised) the element is restricted to; empty = every form of its
  // lemmas. PETRARCH and TABARI keep "LEFT [032:033]" apart from "LEAVE [012]": the
  // anchor of LEFT has words {leave} and forms {left} ("=left" in entente's format).
  std::vector<std::string> forms;
  // Ids of `words` (VerbDictionary::LemmaId, set by Finish): the coder compares these.
  std::vector<uint32_t> word_ids;
  // Set by Finish for the coder's word test: FastHash of each of `forms`, sorted, and the
  // stems that are not among `forms` (see WordMatches). Valid while `matcher_ready`.
  // Both stem lists sorted, with their shortest stem's length (StemPrefixOf).
  std::vector<uint64_t> form_hashes;
  std::vector<std::string> stems_beyond_forms, sorted_stems;
  size_t min_stem_beyond_forms = 0, min_sorted_stem = 0;
  bool matcher_ready = false;
  // Only lemmas to test (no forms, no stems; set by Finish), and a 256-bit filter over
  // their ids (bit LemmaIdBit(id)): most tokens fail it without a search.
  bool ids_only = false;
  uint64_t word_bits[4] = {0, 0, 0, 0};
  bool adjacent = false;  // must directly follow the previous element ("a_b", TABARI '_')
  bool compound = false;  // a slot that takes a compound actor (TABARI/PETRARCH '%')
  // A gap holding an actor phrase that is stepped over (TABARI '^': "WARN * AT ^ +" in
  // "warned at the Gondor of the Prince" takes the Prince).
  bool skip_actor = false;
};

struct VerbPattern {
  std::string code;  // CAMEO event code, "051"; "---" for a null pattern (see null_event)
  std::string id;    // "[id]" or "file:line"
  bool reciprocal = false;
  bool has_source = false, has_target = false;
  std::vector<PatternElem> elems;  // elems[anchor] is the anchor word
  size_t anchor = 0;
  int specificity = 0;  // number of literal words; more specific patterns win
  // Extensions used by the TABARI and PETRARCH readers (all optional):
  std::string paired_code;  // "042:043": the target also does `paired_code` to the source
  bool null_event = false;  // matches and blocks less specific patterns but codes nothing
  char special = 0;         // null patterns: '#' discards the sentence, '+' marks it too complex
  bool implicit_target = false;  // the target slot was added: the source format names no target
  bool dominant = false;    // TABARI "[031!]": the dominant event of its sentence
  // TABARI '%' after the verb ("HAS * WITH %"): the compound's members are each other's
  // partners (GON/OSG, OSG/GON), not the subject's (PETRARCH: the subject's).
  bool compound_among = false;
  // TABARI: the agent of a list's first member stays its own ("The ambassadors of Arnor,
  // Osgiliath and Gondor": ARNGOV, OSG, GON); entente and PETRARCH lend it to the list.
  bool agent_stays_first = false;
  // TABARI: a verb word capitalised inside the sentence ("about To Restore") or followed
  // by "'s" ("donate's") is a noun and anchors nothing.
  bool noun_shifts = false;
  // A TABARI or PETRARCH pattern (set by their readers). Its slots take the first actor
  // after the slot's place in the clause, past any words and prepositions ("condemned an
  // attack by Osgiliath soldiers", "welcomed a resumption of ties between Gondor and
  // Osgiliath"), where entente's own slots take an actor within a few words with no
  // preposition but "to" between; its code stands as written (those dictionaries spell out
  // refusals and intentions in patterns of their own), where entente turns the code of a
  // refused or intended event into CAMEO's refusal or intent code.
  bool field_semantics = false;
  // A TABARI/PETRARCH pattern with a synset member (&CURRENCY): at equal specificity a
  // pattern written out ("- * DOLLAR") comes before it (TABARI's reading of SYNSET-07).
  bool from_synset = false;
  // A prefilter: LemmaBit of every single-word element other than the anchor (set by
  // VerbDictionary::Add). A pattern cannot match a sentence whose lemmas' bits (OR of
  // LemmaBit over its tokens) miss one of these: `if (required_bits & ~sentence_bits) skip`.
  uint64_t required_bits = 0;
};

// Whether some stem of `sorted` (sorted, none shorter than min_len) is a prefix of `norm`:
// such a stem starts with norm's first min_len letters and sorts no later than norm.
inline bool StemPrefixOf(const std::vector<std::string>& sorted, size_t min_len, std::string_view norm) {
  if (sorted.empty() || norm.size() < min_len) return false;
  auto it = sorted.size() <= 4 ? sorted.begin() : std::lower_bound(sorted.begin(), sorted.end(), norm.substr(0, min_len));
  for (; it != sorted.end() && std::string_view(*it) <= norm; ++it)
    if (norm.starts_with(*it)) return true;
  return false;
}

// One of 64 bits for a lemma (see VerbPattern::required_bits).
inline uint64_t LemmaBit(std::string_view lemma) {
  return uint64_t{1} << (std::hash<std::string_view>{}(lemma) & 63);
}

// A wider prefilter than required_bits, kept beside the anchor lists for the coder: 256
// bits, one per lemma id (VerbDictionary::LemmaId; LemmaIdBit). A sentence's bits are the
// OR over the ids of its lemmas (a lemma without an id is in no pattern).
inline uint8_t LemmaIdBit(uint32_t id) { return static_cast<uint8_t>((id * 2654435761u) >> 24); }
struct LemmaBits {
  uint64_t w[4] = {0, 0, 0, 0};
  void Set(uint8_t pos) { w[pos >> 6] |= uint64_t{1} << (pos & 63); }
  bool Has(uint8_t pos) const { return (w[pos >> 6] >> (pos & 63)) & 1; }
  bool Intersects(const LemmaBits& o) const {
    return ((w[0] & o.w[0]) | (w[1] & o.w[1]) | (w[2] & o.w[2]) | (w[3] & o.w[3])) != 0;
  }
};

// One pattern of an anchor list with the bit positions of up to three lemmas it requires
// (single-word elements other than the anchor): 8 bytes, so that a scan over thousands of
// candidates stays in a small array. A sentence missing one of them cannot match.
// `choice` (when not 0) indexes VerbDictionary::choice_bits(): the bits of the words of
// one choice element "(a|b|c)", one of which the sentence must hold.
struct AnchorCandidate {
  uint32_t pattern;
  uint8_t n = 0;
  uint8_t bit[3] = {0, 0, 0};
  uint32_t choice = 0;
};

class VerbDictionary {
 public:
  Status LoadFile(const std::string& path, const Lemmatizer& lemmatizer, std::vector<std::string>* diagnostics);
  Status LoadText(std::string_view text, const std::string& name, const Lemmatizer& lemmatizer,
                  std::vector<std::string>* diagnostics);
  // Parses one pattern; returns an error message or "". `code` may be "---" (a null
  // pattern) or "a:b" (paired codes), see docs/dictionaries.md.
  std::string AddPattern(std::string code, std::string id, bool reciprocal, std::string_view pattern,
                         const Lemmatizer& lemmatizer);
  // Adds a pattern built by a reader of another format: checks it, sets specificity when
  // 0, and indexes it by the words (and stems) of elems[anchor]. Returns an error or "".
  std::string Add(VerbPattern p);
  // Patterns whose anchor is `lemma`, most specific first. Null patterns are not listed
  // here (a coder that does not know them would code them); see ByAnchorWithNull.
  const std::vector<uint32_t>* ByAnchor(std::string_view lemma) const;
  // Every pattern whose anchor is `lemma`, null patterns included, most specific first.
  const std::vector<uint32_t>* ByAnchorWithNull(std::string_view lemma) const;
  // ByAnchorWithNull with each pattern's required lemma bits (set by Finish).
  const std::vector<AnchorCandidate>* CandidatesWithNull(std::string_view lemma) const;
  // The same by the lemma's id (LemmaId); nullptr when no pattern is anchored there.
  const std::vector<AnchorCandidate>* CandidatesWithNull(uint32_t lemma_id) const {
    return lemma_id < candidates_by_id_.size() && !candidates_by_id_[lemma_id].empty() ? &candidates_by_id_[lemma_id]
                                                                                       : nullptr;
  }
  const AnchorCandidate& candidate(uint32_t i) const { return required_[i]; }
  // For a long anchor list (CandidatesWithNull(lemma_id)), an index by the first required
  // bit: `free` (and `free_mask`) the positions of candidates that require no single word; `start`
  // (257 entries) and `by_bit` the positions of those whose first required bit is b, in
  // by_bit[start[b] .. start[b + 1]). nullptr for short lists (scan them whole).
  struct BitIndex {
    std::vector<uint32_t> free, start, by_bit;
    std::vector<uint64_t> free_mask;  // `free` as a bit set over positions
  };
  const BitIndex* CandidateIndex(uint32_t lemma_id) const {
    return lemma_id < bit_index_.size() && !bit_index_[lemma_id].start.empty() ? &bit_index_[lemma_id] : nullptr;
  }
  // The id of a lemma that some pattern word has (PatternElem::word_ids), else 0.
  uint32_t LemmaId(std::string_view lemma) const {
    if (lemma_ids_flat_.built()) {
      const uint32_t* id = lemma_ids_flat_.Find(lemma);
      return id ? *id : 0;
    }
    auto it = lemma_ids_.find(lemma);
    return it == lemma_ids_.end() ? 0 : it->second;
  }
  // False when a sentence with these lemma bits cannot match the candidate's pattern.
  bool MayMatch(const AnchorCandidate& c, const LemmaBits& sentence) const {
    for (uint8_t i = 0; i < c.n; ++i)
      if (!sentence.Has(c.bit[i])) return false;
    return c.choice == 0 || sentence.Intersects(choice_bits_[c.choice]);
  }
  // Patterns whose anchor has a stem that is a prefix of `norm` (TABARI stems), most
  // specific first, null patterns included. Empty when the dictionary has no stems.
  std::vector<uint32_t> ByStemAnchor(std::string_view norm) const;
  bool has_stems() const { return !by_stem_.empty(); }
  // Sorts pattern indices in the order of the anchor lists (most specific first, then
  // file order) and drops duplicates.
  void SortBySpecificity(std::vector<uint32_t>* list) const;
  const VerbPattern& pattern(uint32_t i) const { return patterns_[i]; }
  size_t size() const { return patterns_.size(); }
  void Finish();  // sorts each anchor's patterns by specificity

 private:
  void Index(uint32_t idx);
  std::vector<VerbPattern> patterns_;
  std::vector<AnchorCandidate> required_;  // per pattern (Finish)
  std::vector<LemmaBits> choice_bits_;     // [0] unused
  std::unordered_map<std::string, uint32_t, StringHash, std::equal_to<>> lemma_ids_;
  FlatStringMap lemma_ids_flat_;  // lemma_ids_ for LemmaId (Finish)
  std::vector<std::vector<AnchorCandidate>> candidates_by_id_;
  std::vector<BitIndex> bit_index_;  // by lemma id
  std::unordered_map<std::string, std::vector<uint32_t>, StringHash, std::equal_to<>> by_anchor_;  // no null patterns
  std::unordered_map<std::string, std::vector<uint32_t>, StringHash, std::equal_to<>> by_anchor_all_;
  std::unordered_map<std::string, std::vector<uint32_t>, StringHash, std::equal_to<>> by_stem_;
  size_t max_stem_ = 0;
};

// An event code: 2-4 digits and an optional capital letter ("051", "0874", "075A").
bool ValidEventCode(std::string_view code);
// Sets p.code from "051", "042:043" (paired), ":173" (only the paired event), "---"
// (null pattern), "###" (null, discards the sentence), "+++" (null, too complex).
// Returns an error or "".
std::string SetPatternCode(VerbPattern& p, std::string code);

// One pattern in entente's verb format ("057 [id] ~ = sign * (pact|treaty) with +"), the
// inverse of VerbDictionary::LoadText for one line.
std::string FormatPattern(const VerbPattern& p);

}  // namespace entente
