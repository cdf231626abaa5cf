// Translates TABARI and PETRARCH verb patterns ("- SAID + MUST * POLICY [100]",
// "- * POLICE (TO BORDER) [153]") into entente's VerbPattern: words become lemmas (and
// stems), '_' joins become adjacency, blanks between words become gaps ('*' of entente's
// format), '*' becomes the anchor (the verb with every form of its entry), synsets and
// alternatives become choices or, when they hold phrases, one pattern per phrase.
#pragma once

#include <map>
#include <string>
#include <string_view>
#include <vector>

#include "dict/dict_source.h"
#include "dict/verb_dictionary.h"
#include "dict/word_index.h"
#include "segment/lemmatizer.h"

namespace entente {

struct PatternUnit {
  enum class Kind { kWord, kVerb, kSource, kTarget, kCompound, kSkip, kSynset, kAlternatives };
  Kind kind = Kind::kWord;
  std::string text;               // a word as written, or a synset name ("&CURRENCY")
  bool exact = false;             // a word with a trailing '_': no stemming
  bool adj_next = false;          // joined to the next unit by '_'
  std::vector<std::string> alts;  // kAlternatives: "{ A | B_C }" -> {"A", "B_C"}
};

// What '*' stands for in the patterns of one verb entry: the verb word (every form) and,
// for a multi-word verb ("CALLED_ON", "+CORDON_OFF", "RE_+ARREST"), the words around it.
struct VerbShape {
  std::vector<PatternUnit> units;  // exactly one kVerb unit
  PatternElem verb;                // the anchor: lemmas (and stems) of every form
  std::string display;             // the verb as written, for messages
};

class PatternCompiler {
 public:
  struct Options {
    bool stems = false;                // TABARI: a word without a trailing '_' is a stem
    bool synset_phrases_adjacent = false;  // PETRARCH: words of a synset phrase are consecutive
    bool synset_plurals = false;       // PETRARCH: a synset member's plural is a member too
    bool phrase_structure = false;     // PETRARCH-2: (PP) and {NP} groups
  };
  // `words` (may be null): with stems, each stem also stands for the WordNet lemmas it
  // begins ("RESTOR" -> restore), so a coder matching lemmas finds them.
  PatternCompiler(const Lemmatizer& lemmatizer, Options options, const WordIndex* words = nullptr)
      : lemmatizer_(lemmatizer), options_(options), words_(words) {}

  void AddSynsetMember(const std::string& name, std::string_view member, bool plural);
  // TABARI: the verb words of every entry of the file. A stem's WordNet completion that a
  // longer entry's stem begins is that entry's ("signal" is SIGNAL's, not SIGN's).
  void SetVerbStems(std::vector<std::string> stems);
  bool HasSynset(const std::string& name) const { return synsets_.count(name) > 0; }
  size_t synset_count() const { return synsets_.size(); }

  // Units of a pattern body or of a verb phrase. Returns false with *err on bad syntax.
  bool Scan(std::string_view body, std::vector<PatternUnit>* units, std::string* err) const;
  // The shape of a verb entry: `phrase` as written on the verb line ("BRUSH ASIDE REPORTS",
  // "CALLED_ON", "RE_+ARREST"), `forms` its other forms ("SAID", "+ASKED_FOR"). With
  // `plus_marks_verb` (PETRARCH) a '+' marks the verb word, else it is the first word.
  bool MakeVerb(std::string_view phrase, const std::vector<std::string>& forms, bool plus_marks_verb,
                VerbShape* out, std::string* err) const;
  // Patterns of `units` (which hold one kVerb unit) for `verb`. Appends to *out; returns an
  // error ("" when fine). `max_variants` caps the expansion of synsets and alternatives.
  std::string Compile(const std::vector<PatternUnit>& units, const VerbShape& verb, const std::string& code,
                      const std::string& id, std::vector<VerbPattern>* out, ReadStats* stats,
                      size_t max_variants = 256) const;

 private:
  struct Item {  // one element of a flat sequence before VerbPattern elems are built
    PatternUnit::Kind kind;
    std::vector<std::string> words, stems;
    bool adj_next = false;
    std::vector<std::string> forms;
    bool synset = false;  // came from a synset (&CURRENCY)
  };
  bool Expand(const std::vector<PatternUnit>& units, const VerbShape& verb, int depth,
              std::vector<std::vector<Item>>* out, size_t max_variants, std::string* err) const;
  bool WordItems(const PatternUnit& u, std::vector<Item>* items) const;
  const Lemmatizer& lemmatizer_;
  Options options_;
  const WordIndex* words_;
  std::map<std::string, std::vector<std::string>> synsets_;  // name -> members as written
  std::vector<std::string> verb_stems_;                       // sorted, normalised
};

}  // namespace entente
