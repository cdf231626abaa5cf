// Dictionary files of any supported format: detection, reading into entente's model,
// installing into live dictionaries, and writing in entente's, TABARI's or PETRARCH's
// format (`entente dict convert`). Formats: docs/formats.md.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "dict/actor_dictionary.h"
#include "dict/dict_source.h"
#include "dict/discard_list.h"
#include "dict/verb_dictionary.h"
#include "entente/status.h"
#include "segment/lemmatizer.h"

namespace entente {

// The format of a file: from an explicit "FORMAT:PATH" spec ("tabari-actors:x.txt"),
// else from its name and content. kUnknown when nothing fits.
DictFormat DetectDictFormat(const std::string& path, std::string_view text);
// Splits "FORMAT:PATH" (FORMAT a DictFormatName); a plain path gives kUnknown.
void SplitDictSpec(const std::string& spec, DictFormat* format, std::string* path);

// Reads one file (`spec` is PATH or FORMAT:PATH) into *out. Bad lines are diagnostics;
// an error only when the file cannot be read or its format is unknown.
// `wordnet_dir` serves TABARI verb stems (WordNet lemma lists, see word_index.h).
Status ReadDictionaryFile(const std::string& spec, const Lemmatizer& lemmatizer, DictContent* out,
                          std::vector<std::string>* diagnostics,
                          const std::string& wordnet_dir = "/usr/share/wordnet");

// What loading one file gave, for reports (`entente dict check`, conformance runs).
struct DictLoadReport {
  std::string path;
  DictFormat format = DictFormat::kUnknown;
  ReadStats stats;
  size_t actors = 0, agents = 0, patterns = 0, discards = 0;
  size_t diagnostics = 0;
  double seconds = 0;  // read + install
};

// Reads `spec` and adds its content to the dictionaries; a project loads every file it
// names. Appends one report per file read.
Status LoadDictionaryFile(const std::string& spec, const Lemmatizer& lemmatizer, ActorDictionary* actors,
                          ActorDictionary* agents, VerbDictionary* verbs, DiscardList* discards,
                          std::vector<std::string>* diagnostics, std::vector<DictLoadReport>* reports,
                          const std::string& wordnet_dir = "/usr/share/wordnet",
                          FieldOptions* field_options = nullptr);

// Adds content to live dictionaries; pattern errors become diagnostics.
void InstallContent(const DictContent& c, ActorDictionary* actors, ActorDictionary* agents, VerbDictionary* verbs,
                    DiscardList* discards, std::vector<std::string>* diagnostics);

// Writers. Entente: actors, agents and discards go in one actor file (`@kind` sections),
// patterns in a verb file. TABARI/PETRARCH: one file per kind; words of entente names
// become upper case, blanks '_'.
std::string WriteEntenteActors(const DictContent& c);
std::string WriteEntenteVerbs(const DictContent& c);
std::string WriteTabariActors(const DictContent& c, bool agents);
std::string WriteTabariVerbs(const DictContent& c);
std::string WritePetrarchActors(const DictContent& c);
std::string WritePetrarchAgents(const DictContent& c);
std::string WritePetrarchVerbs(const DictContent& c);
std::string WritePetrarchDiscards(const DictContent& c);

}  // namespace entente
