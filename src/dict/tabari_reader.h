// Readers of TABARI dictionaries (.actors, .agents, .verbs, .options, .project) into
// entente's model. Formats: ../shared/eval/cameo/SOURCES.md and docs/formats.md.
//
//  - Actors/agents: "PHRASE [CODE] [CODE <950601] ..." roots, "+SYNONYM" lines, tab-indented
//    "[CODE 950601-990815]" lines, ';' comments, <NOUN>/<ADJECTIVE> lists (skipped). A word
//    without a trailing '_' is a stem ("ARGENTIN" -> "Argentin*"); '_' joins words. Codes
//    "[###]" (discard) and "[+++]" (too complex) become discard phrases; agents "[~GOV]"
//    append their role, "[NGO~]" put it before.
//  - Verbs: "VERB [code]" entries, "{ FORMS }", "- PATTERN [code]" lines, <SYNSETS> (&NAME,
//    +member), <TIME> (skipped: entente dates events itself). See pattern_compiler.h.
//  - Options: "LABEL: 010=YIELD" labels; SET: MINIMUM WORDS, SET: CONVERT AGENT and DEFAULT:
//    become FieldOptions; other commands are read and reported, not applied.
//  - Project: "<actorsfile> FILE" ... lines naming the other files.
#pragma once

#include <functional>
#include <string>
#include <string_view>
#include <vector>

#include "dict/dict_source.h"
#include "dict/word_index.h"
#include "segment/lemmatizer.h"

namespace entente {

void ReadTabariActors(std::string_view text, const std::string& name, bool agents, DictContent* out,
                      std::vector<std::string>* diagnostics);
// `words` (may be null) expands stems to the WordNet lemmas they begin (pattern_compiler.h).
void ReadTabariVerbs(std::string_view text, const std::string& name, const Lemmatizer& lemmatizer,
                     DictContent* out, std::vector<std::string>* diagnostics, const WordIndex* words = nullptr);
// TABARI's minimum sentence length when an options file does not set one (SET: MINIMUM
// WORDS; the validation suite's MINWRD records reset it to this "default").
constexpr int kTabariMinimumWords = 8;
// Options: LABEL lines and the commands of FieldOptions (SET: MINIMUM WORDS, SET: CONVERT
// AGENT, DEFAULT:) are applied; other commands are read and reported as not applied.
void ReadTabariOptions(std::string_view text, const std::string& name, DictContent* out,
                       std::vector<std::string>* diagnostics);
// Dictionary files named by the project (actors, verbs, options, agents), relative to
// the project's folder; other file lines (text, events, errors) are noted, not loaded.
void ReadTabariProject(std::string_view text, const std::string& name, DictContent* out,
                       std::vector<std::string>* diagnostics);

// Shared by the TABARI and PETRARCH readers: where a diagnostic points ("file:line").
struct LineCtx {
  const std::string& name;
  std::vector<std::string>* diags;
  size_t lineno = 0;
  void Diag(const std::string& m) const {
    if (diags) diags->push_back(name + ":" + std::to_string(lineno) + ": " + m);
  }
  std::string Origin() const { return name + ":" + std::to_string(lineno); }
};

// Shared by the TABARI and PETRARCH actor readers: one "[...]" code group.
struct CodeGroup {
  std::vector<std::string> codes;  // "ELR/GAL" gives two
  ActorEntry range;                // from/to/dated only
  bool agent_prefix = false;       // "NGO~"
};
// Parses the inside of "[...]": "USAGOV 991201-010114", "HOB < 950601", "~GOVPRS",
// "NGO~". Returns an error or "".
std::string ParseCodeGroup(std::string_view inside, bool agents, CodeGroup* out, ReadStats* stats);

// One actor root: its phrases (words as written, with stem flags) and code groups.
struct ActorRoot {
  std::vector<std::vector<std::string>> words;
  std::vector<std::vector<bool>> stems;
  std::vector<CodeGroup> groups;
  std::string origin;  // "file:line"
  bool no_endings = false;  // TABARI "MOUSE=": no regular endings ("Mouses" is no match)
};
// Parses every "[...]" group of `s` into root->groups; a bad group is reported at `ctx`
// and skipped, the others are kept.
void ParseCodeGroups(std::string_view s, bool agents, const LineCtx& ctx, ActorRoot* root, ReadStats* stats);
// Splits a TABARI/PETRARCH phrase ("PRINCE DOL_AMROTH", "ESTONIA_") into words; with
// `stems`, a word not followed by '_' is a stem. Sets *gapped when words are separated by
// blanks (TABARI: other words may stand between them); with `gap_words` such a blank
// becomes a kNameGap word.
void SplitPhrase(std::string_view phrase, bool stems, std::vector<std::string>* words, std::vector<bool>* stem,
                 bool* gapped, ReadStats* stats, bool gap_words = false);
// Adds the root's entries (one per phrase and code) to *out. With `special_codes`
// (TABARI) "[###]" and "[+++]" make discard phrases; PETRARCH, which keeps discards in their
// own file, reads them as ordinary codes.
void EmitRoot(const ActorRoot& root, bool agents, DictContent* out, bool special_codes = true);

// The actor-file grammar TABARI and PETRARCH share: a root line ("PHRASE [CODE] ..."),
// indented code lines ("[CODE] ...") and synonyms ("+PHRASE [CODE]"), each root emitted
// when the next begins. `add_phrase` splits a phrase into the root (the formats differ
// there: stems, agents' plurals); it returns false for an empty phrase.
class ActorLineReader {
 public:
  using AddPhrase = std::function<bool(std::string_view phrase, ActorRoot* root)>;
  ActorLineReader(LineCtx& ctx, DictContent* out, bool agents, bool special_codes, AddPhrase add_phrase)
      : ctx_(ctx), out_(out), agents_(agents), special_codes_(special_codes), add_phrase_(std::move(add_phrase)) {}
  // One trimmed, non-empty line that is neither a comment nor a section marker.
  void Line(std::string_view t);
  // Emits the last root.
  void Finish();

 private:
  void Flush();
  LineCtx& ctx_;
  DictContent* out_;
  bool agents_, special_codes_;
  AddPhrase add_phrase_;
  ActorRoot root_;
  bool have_root_ = false;
};

}  // namespace entente
