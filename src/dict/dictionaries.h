// Every dictionary the pipeline uses, loaded once from a directory and immutable after.
// Pass `const Dictionaries&` to every stage; share one instance across threads.
#pragma once

#include <memory>
#include <string>
#include <vector>

#include "dict/actor_dictionary.h"
#include "dict/cameo_table.h"
#include "dict/dict_formats.h"
#include "dict/discard_list.h"
#include "dict/field_options.h"
#include "dict/verb_dictionary.h"
#include "entente/status.h"
#include "segment/lemmatizer.h"

namespace entente {

struct DictionaryOptions {
  std::string dir;          // entente's dictionaries/ folder; "" = DefaultDictionaryDir()
  std::string wordnet_dir = "/usr/share/wordnet";
  // More dictionary files, any format of docs/formats.md ("PATH" or "FORMAT:PATH"):
  // TABARI .actors/.agents/.verbs/.options/.project, PETRARCH actors, agents, verbs and
  // discards, entente actor and verb files. Loaded after the folder's.
  std::vector<std::string> extra_files;
  // false: skip the folder's actors/ and verbs/ (only `extra_files`); the CAMEO table and
  // the lemmatizer are loaded either way.
  bool builtin = true;
};

struct Dictionaries {
  Lemmatizer lemmatizer;
  ActorDictionary actors;  // countries, people, organisations, contextual names
  ActorDictionary agents;  // role words ("embassy" -> GOV)
  VerbDictionary verbs;
  CameoTable cameo;
  DiscardList discards;    // sentences (stories) holding one of these are not coded
  FieldOptions field_options;  // a TABARI .options file's coding switches (docs/formats.md)
  std::vector<std::string> diagnostics;  // "file:line: message" for every bad line
  std::vector<DictLoadReport> reports;   // one per file of `extra_files` (and per project member)

  // Loads dictionaries/actors/*.txt, dictionaries/verbs/*.txt, dictionaries/cameo/cameo_codes.tsv,
  // then options.extra_files. Bad lines are diagnostics; an error only when a required
  // folder is missing or an extra file cannot be read.
  static Result<std::shared_ptr<const Dictionaries>> Load(const DictionaryOptions& options);
};

// $ENTENTE_DICTIONARIES, else ../dictionaries next to the executable, else the source tree's.
std::string DefaultDictionaryDir();

}  // namespace entente
