// Actor dictionary: names -> CAMEO actor codes with optional date ranges, compiled into a
// token trie over normalised tokens. Immutable after loading; share it across threads.
#pragma once

#include <array>
#include <climits>
#include <cstdint>
#include <functional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <unordered_set>
#include <vector>

#include "common/fast_hash.h"
#include "dict/discard_list.h"
#include "entente/status.h"

namespace entente {

enum class ActorKind : uint8_t { kCountry, kPerson, kOrg, kAgent, kContextual };
const char* ActorKindName(ActorKind k);

struct ActorEntry {
  std::string code;        // "PRKGOV"; for agents only the role part, "GOV"
  std::string name;        // canonical name: the first variant on its line
  ActorKind kind = ActorKind::kCountry;
  int from = INT_MIN;      // day numbers; role holds for from <= d < to
  int to = INT_MAX;
  bool dated = false;
  std::vector<std::string> requires_codes;  // contextual: one of these must be in scope
  std::string origin;      // "file:line"
  bool acronym = false;    // this variant is all capitals ("UN", "WHO"): the text must be too
  bool agent_prefix = false;  // agents: the role goes before the actor's code (TABARI "NGO~")
  bool any_case = false;   // matches lower-case text too (TABARI, whose coder ignores case)
  bool no_endings = false;  // TABARI "MOUSE=": not read in a plural ("Mouses")
  // entente's own country names: a misspelling one edit away is matched too (the field's
  // TABARI/PETRARCH dictionaries match names as written).
  bool slips = false;
  // TABARI's compound code "[ELR/GAL]": every code of the group, this entry's among them.
  // The recognizer emits one mention per code at the name's span, so the name stands for
  // all of them as a compound does ("Lorien" is both ELR and GAL). Empty for single codes.
  std::vector<std::string> compound_codes;
};

// A match of a dictionary name in a token sequence.
struct NameMatch {
  uint32_t length = 0;            // tokens matched
  const std::vector<uint32_t>* entries = nullptr;  // ActorEntry indices
};

// Hash that accepts std::string_view, so lookups allocate nothing (and call no library
// hash: these tables are looked up for every token).
using StringHash = FastStringHash;

// A word of a name that stands for up to four other words, or none (TABARI's blank
// between words: "PRINCE DOL_AMROTH" is "Prince ... Dol Amroth", matching "Prince of Dol
// Amroth").
inline constexpr const char* kNameGap = "...";

class ActorDictionary {
 public:
  static constexpr uint32_t kUnknownToken = UINT32_MAX;

  // Parses one file in entente's actor format. Bad lines become "file:line: message"
  // diagnostics; loading continues. Returns an error only when the file cannot be read.
  Status LoadFile(const std::string& path, std::vector<std::string>* diagnostics);
  Status LoadText(std::string_view text, const std::string& name, std::vector<std::string>* diagnostics);
  // The parser behind LoadText: calls `add` for every name variant and collects discard
  // phrases (`@kind discard`) into *discards (may be null).
  static Status Parse(std::string_view text, const std::string& name, std::vector<std::string>* diagnostics,
                      const std::function<void(const std::string&, ActorEntry)>& add,
                      std::vector<DiscardEntry>* discards);
  // Adds one entry for `name` (used by loaders of other formats). A word of `name` that
  // ends in '*' is a stem: it matches every token that starts with it ("Argentin*"
  // matches "Argentina" and "Argentine", as TABARI words without a trailing '_' do).
  void Add(const std::string& name, ActorEntry entry);
  // Same with normalised tokens; stem[i] marks tokens[i] as a stem (may be empty).
  void AddTokens(std::vector<std::string> tokens, const std::vector<bool>& stem, ActorEntry entry);
  // Call once after the last Add: lets a token that is both a word of some name and
  // starts with a stem follow either (see LongestMatch). Loading works without it.
  void Finish();

  // Token id of a normalised token, or kUnknownToken. A token that is no dictionary word
  // but starts with a stem gets the id of the longest such stem.
  uint32_t TokenId(std::string_view norm) const;
  // Longest dictionary name starting at ids[pos].
  NameMatch LongestMatch(const std::vector<uint32_t>& ids, size_t pos) const;
  bool has_stems() const { return !stems_.empty(); }
  const ActorEntry& entry(uint32_t i) const { return entries_[i]; }
  size_t size() const { return entries_.size(); }

  // People whose name ends with this normalised token ("obama" -> Barack Obama's entries),
  // for "President Obama"; nullptr when none.
  const std::vector<uint32_t>* BySurname(std::string_view norm) const;
  // True when some person's name starts with this token ("paul" in "Paul Biya"): a given
  // name, never taken alone for a surname.
  bool IsGivenName(std::string_view norm) const { return given_names_.count(norm) > 0; }
  // TABARI's <NOUN>/<ADJECTIVE> list words (normalised): "sheep and goats", "awful and
  // evil" join words; a conjunction beside another word joins phrases.
  void AddParserWord(const std::string& norm) { parser_words_.insert(norm); }
  bool has_parser_words() const { return !parser_words_.empty(); }
  bool IsParserWord(std::string_view norm) const { return parser_words_.count(norm) > 0; }
  // Country entries whose one-word name (seven letters or more) is one edit (a letter
  // missing, extra, wrong or two swapped, not the first) from this normalised token of seven
  // letters or more ("afganistan", "ethopia"); empty when none or when they name more than
  // one country.
  std::vector<uint32_t> MisspelledCountry(std::string_view norm) const;

  // Chooses the entry that holds on `day` (INT_MIN when unknown) among `candidates`.
  // Returns the code to use ("" when none applies) and the entry index.
  std::string Resolve(const std::vector<uint32_t>& candidates, int day, uint32_t* chosen) const;

  // Discard phrases read from `@kind discard` sections (Dictionaries moves them to its
  // DiscardList).
  std::vector<DiscardEntry>& discards() { return discards_; }

 private:
  uint32_t Intern(const std::string& tok);
  void Walk(const std::vector<uint32_t>& ids, size_t i, uint32_t node, size_t pos, NameMatch* best) const;
  void WalkWords(const std::vector<uint32_t>& ids, size_t i, uint32_t node, size_t pos, NameMatch* best) const;
  uint32_t gap_id_ = kUnknownToken;  // token id of kNameGap, once a name holds one
  std::vector<DiscardEntry> discards_;
  std::unordered_map<std::string, uint32_t, StringHash, std::equal_to<>> stems_;  // stem -> token id
  size_t min_stem_ = SIZE_MAX, max_stem_ = 0;
  std::vector<uint32_t> stem_alt_;                    // token id -> id of its longest stem prefix
  std::unordered_map<std::string, uint32_t, StringHash, std::equal_to<>> vocab_;
  FlatStringMap vocab_flat_;  // vocab_ for TokenId (Finish; cleared when a word is added)
  std::unordered_map<uint64_t, uint32_t> edges_;  // (node << 32 | token) -> node
  FlatU64Map edges_flat_;  // edges_ for matching (Finish; cleared when an edge is added)
  // The node after `node` by token `id`, or kUnknownToken.
  uint32_t Next(uint32_t node, uint32_t id) const {
    const uint64_t key = (static_cast<uint64_t>(node) << 32) | id;
    if (edges_flat_.built()) {
      const uint32_t* n = edges_flat_.Find(key);
      return n ? *n : kUnknownToken;
    }
    auto it = edges_.find(key);
    return it == edges_.end() ? kUnknownToken : it->second;
  }
  std::vector<std::vector<uint32_t>> node_entries_{1};
  std::vector<ActorEntry> entries_;
  std::unordered_map<std::string, std::vector<uint32_t>, StringHash, std::equal_to<>> surnames_;
  std::unordered_set<std::string, StringHash, std::equal_to<>> given_names_;
  std::unordered_set<std::string, StringHash, std::equal_to<>> parser_words_;
  // Each long one-word country name and its one-letter deletions -> indexes in near_words_.
  std::unordered_map<std::string, std::vector<uint32_t>, StringHash, std::equal_to<>> near_countries_;
  std::vector<std::pair<std::string, uint32_t>> near_words_;  // (name, entry)
  // A quick filter over near_countries_'s keys, so that most words cost a few multiplications:
  // the keys' polynomial hashes and, per first letter, the key lengths.
  std::vector<uint64_t> near_hashes_;
  FlatU64Map near_hash_set_;  // near_hashes_ for lookups (Finish)
  std::array<uint32_t, 26> near_lengths_{};
};

}  // namespace entente
