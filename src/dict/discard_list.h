// Discard phrases: a sentence (or its whole story) that contains one is not coded.
// They come from PETRARCH discard files, TABARI "[###]" actors and entente's
// `@kind discard` sections. Immutable after loading; share it across threads.
#pragma once

#include <climits>
#include <cstdint>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "common/fast_hash.h"
#include "entente/analysis.h"

namespace entente {

struct DiscardEntry {
  std::vector<std::string> tokens;  // normalised tokens, consecutive in the text
  std::vector<bool> stem;           // stem[i]: tokens[i] matches any token starting with it
  bool story = false;               // discard the whole story, not only the sentence
  char kind = '#';                  // '#' discard; '+' too complex to code (TABARI "[+++]")
  int from = INT_MIN, to = INT_MAX; // day numbers: applies on days from <= d < to
  std::string phrase;               // as written, for messages
  std::string origin;               // "file:line"
};

class DiscardList {
 public:
  void Add(DiscardEntry e);
  // Call after the last Add: indexes the first tokens for Match in a flat table (Match
  // works without it; Add undoes it).
  void Finish();
  // The first entry found in `tokens` that holds on `day` (INT_MIN = unknown: every
  // entry holds), or nullptr.
  const DiscardEntry* Match(const std::vector<Token>& tokens, int day) const;
  size_t size() const { return entries_.size(); }
  const DiscardEntry& entry(size_t i) const { return entries_[i]; }

 private:
  bool MatchAt(const DiscardEntry& e, const std::vector<Token>& tokens, size_t i) const;
  std::vector<DiscardEntry> entries_;
  using Hash = FastStringHash;
  using Index = std::unordered_map<std::string, std::vector<uint32_t>, Hash, std::equal_to<>>;
  Index by_first_;       // exact first token
  FlatStringMap first_flat_;                   // by_first_'s keys -> index into first_lists_ (Finish)
  std::vector<std::vector<uint32_t>> first_lists_;
  Index by_first_stem_;  // stem first token
  size_t min_stem_ = SIZE_MAX, max_stem_ = 0;
  // Hashes of the first min_stem_ letters of every stem: a token whose prefix is not
  // here starts no stem (set by Add; rebuilt when min_stem_ shrinks).
  std::vector<bool> stem_prefix_;
  void IndexStemPrefixes();
};

}  // namespace entente
