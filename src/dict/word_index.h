// WordNet's lemma lists (index.verb, index.noun, index.adj), sorted for prefix queries:
// which real words does a TABARI stem ("RESTOR", "CRITICI") stand for? Immutable after
// Load; share it across threads.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "entente/status.h"

namespace entente {

class WordIndex {
 public:
  // Loads the lemma lists from `wordnet_dir` (Debian wordnet-base: /usr/share/wordnet).
  Status Load(const std::string& wordnet_dir);
  bool loaded() const { return !verbs_.empty(); }
  bool Contains(std::string_view word) const;  // a verb, noun or adjective lemma
  // Lemmas that start with `stem` and are at most `extra` letters longer, verbs only or
  // verbs, nouns and adjectives; at most `limit` of them, shortest first.
  std::vector<std::string> Complete(std::string_view stem, bool verbs_only, size_t extra = 3, size_t limit = 8) const;

 private:
  std::vector<std::string> verbs_, others_;  // sorted
};

}  // namespace entente
