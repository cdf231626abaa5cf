// Verb patterns: CAMEO code + a lemma pattern with actor slots, indexed by anchor lemma.
// See docs/dictionaries.md for the format. Immutable after loading.
#pragma once

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
  bool adjacent = false;  // must directly follow the previous element ("a_b", TABARI '_')
  bool compound = false;  // a slot that takes a compound actor (TABARI/PETRARCH '%')
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
  bool implicit_target = false;  // the trailing "* +" was added: the source format names no target
  bool dominant = false;    // TABARI "[031!]": the dominant event of its sentence
};

class VerbDictionary {
 public:
  Status LoadFile(const std::string& path, const Lemmatizer& lemmatizer, std::vector<std::string>* diagnostics);
  Status LoadText(std::string_view text, const std::string& name, const Lemmatizer& lemmatizer,
                  std::vector<std::string>* diagnostics);
  // Parses one pattern; returns an error message or "".
  std::string AddPattern(std::string code, std::string id, bool reciprocal, std::string_view pattern,
                         const Lemmatizer& lemmatizer);
  // Patterns whose anchor is `lemma`, most specific first.
  const std::vector<uint32_t>* ByAnchor(std::string_view lemma) const;
  const VerbPattern& pattern(uint32_t i) const { return patterns_[i]; }
  size_t size() const { return patterns_.size(); }
  void Finish();  // sorts each anchor's patterns by specificity

 private:
  std::vector<VerbPattern> patterns_;
  std::unordered_map<std::string, std::vector<uint32_t>, StringHash, std::equal_to<>> by_anchor_;
};

}  // namespace entente
