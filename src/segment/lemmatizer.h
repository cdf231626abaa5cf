// English lemmas from WordNet's morphology (Debian package wordnet-base): exception lists
// (met -> meet, was -> be) and detachment rules checked against WordNet's lemma index.
// Immutable after Load; safe to share across threads.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <unordered_map>
#include <unordered_set>

#include "entente/status.h"

namespace entente {

class Lemmatizer {
 public:
  // Loads index.{verb,noun} and {verb,noun}.exc from `wordnet_dir`. Without them the
  // lemmatizer still applies the detachment rules, unchecked (and says so in the Status).
  Status Load(const std::string& wordnet_dir);
  // Lemma of a normalised (lower-case) word: a verb reading first, then a noun reading.
  std::string Lemma(std::string_view word) const;
  bool loaded() const { return !verbs_.empty(); }
  // True when the lower-case word is an English noun or verb ("bush", "rice"): such a
  // surname is not matched on its own. A noun WordNet lists only as the name of particular
  // people ("Putin", "Mubarak": capitalised instances in noun.person) is no such word.
  bool IsWord(std::string_view word) const;
  // True when WordNet lists the word at all, names of people included ("putin", "alexandra").
  bool InWordNet(std::string_view word) const;
  // True for a past tense or past participle of a verb ("met", "visited", "left").
  bool IsPastVerb(std::string_view word) const;
  // Lemma() and IsPastVerb() at once, remembered per thread (the segmenter asks for every
  // token; a news text repeats its words).
  void Analyze(std::string_view word, std::string* lemma, bool* past_verb) const;

 private:
  std::string Morph(std::string_view w, const std::unordered_set<std::string>& index,
                    const std::unordered_map<std::string, std::string>& exc, bool verb) const;
  std::unordered_set<std::string> verbs_, nouns_;
  // Nouns whose every WordNet sense is a capitalised person instance (from data.noun).
  std::unordered_set<std::string> person_names_;
  std::unordered_map<std::string, std::string> verb_exc_, noun_exc_;
  uint64_t generation_ = 0;  // which Load() the tables come from
};

}  // namespace entente
