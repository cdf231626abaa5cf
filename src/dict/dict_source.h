// What a reader of a dictionary file in another format (TABARI, PETRARCH) produces:
// entries of entente's own model (ActorEntry, VerbPattern, DiscardEntry) plus counts of
// what was read, translated with a loss, or skipped and why. Readers never stop at a
// bad line: they add a "file:line: message" diagnostic and go on.
#pragma once

#include <climits>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "dict/actor_dictionary.h"
#include "dict/discard_list.h"
#include "dict/field_options.h"
#include "dict/verb_dictionary.h"

namespace entente {

enum class DictFormat {
  kUnknown,
  kEntenteActors,    // dictionaries/actors/*.txt
  kEntenteVerbs,     // dictionaries/verbs/*.txt
  kTabariActors,     // *.actors
  kTabariAgents,     // *.agents
  kTabariVerbs,      // *.verbs
  kTabariOptions,    // *.options
  kTabariProject,    // *.project: names the other files
  kPetrarchActors,   // Phoenix.*.actors.txt, PETR.Validate.actors.txt
  kPetrarchAgents,   // Phoenix.agents.txt
  kPetrarchVerbs,    // CAMEO.2.0.txt, PETR.Validate.verbs.txt
  kPetrarchDiscards, // Phoenix.discards.txt
};
const char* DictFormatName(DictFormat f);  // "tabari-actors", ...
DictFormat DictFormatFromName(std::string_view name);

struct ReadStats {
  size_t lines = 0;    // non-blank, non-comment lines read
  size_t roots = 0;    // units of the source format: actor roots, verb entries, patterns
  size_t entries = 0;  // entries produced: name variants, patterns, discard phrases
  std::map<std::string, size_t> skipped;  // why -> lines skipped
  std::map<std::string, size_t> lossy;    // what -> lines read with an approximate translation
  void Skip(const std::string& why) { ++skipped[why]; }
  void Lossy(const std::string& what) { ++lossy[what]; }
  size_t skipped_total() const;
};

struct NamedEntry {
  std::string name;  // in entente's name syntax: words separated by spaces, "word*" a stem
  ActorEntry entry;
};

struct DictContent {
  std::string path;
  DictFormat format = DictFormat::kUnknown;
  std::vector<NamedEntry> actors;
  std::vector<NamedEntry> agents;
  std::vector<VerbPattern> patterns;
  std::vector<DiscardEntry> discards;
  // TABARI actors files: words of the <NOUN> and <ADJECTIVE> lists (normalised), parser
  // hints: a conjunction between two of them joins words, not phrases.
  std::vector<std::string> parser_words;
  std::vector<std::string> files;             // a project: the dictionary files it names
  std::map<std::string, std::string> labels;  // an options file: "010" -> "YIELD"
  std::vector<std::string> options;           // an options file: the commands read
  FieldOptions field_options;                 // an options file: the commands applied
  bool has_field_options = false;
  ReadStats stats;
};

// Dates of TABARI and PETRARCH restrictions: YYMMDD (00-30 = 20YY, else 19YY) or
// YYYYMMDD. Returns the day number, or nothing when malformed. A day past the end of its
// month ("030231", common in CountryInfo) is the month's last day.
std::optional<int> ParseCompactDate(std::string_view s);
// "<950601" (before), ">990816" (on and after), "950601-990815" (both days included),
// spaces allowed around the signs. Sets from/to/dated; returns an error or "".
std::string ParseRestriction(std::string_view s, ActorEntry* e);

// A phrase of TABARI/PETRARCH words as entente writes a name: words joined by spaces,
// title case (words of one or two letters and words with a '.' keep capitals: "UN",
// "U.S."), a stem marked with a trailing '*'.
std::string DisplayName(const std::vector<std::string>& words, const std::vector<bool>& stem);
// entente's acronym rule for a name variant ("UN", "WHO": the text must be in capitals).
bool IsAcronymName(std::string_view name);

// Strips "\r", returns lines; `<!-- ... -->` comments (PETRARCH) are blanked when
// `xml_comments`, keeping line numbers.
std::vector<std::string> SplitLines(std::string_view text, bool xml_comments);

// A line that is not valid UTF-8 or holds control bytes (other than tab): the reason, or "".
std::string BadBytes(std::string_view line);

}  // namespace entente
