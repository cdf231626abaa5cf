// Every dictionary the pipeline uses, loaded once from a directory and immutable after.
// Pass `const Dictionaries&` to every stage; share one instance across threads.
#pragma once

#include <memory>
#include <string>
#include <vector>

#include "dict/actor_dictionary.h"
#include "dict/cameo_table.h"
#include "dict/verb_dictionary.h"
#include "entente/status.h"
#include "segment/lemmatizer.h"

namespace entente {

struct DictionaryOptions {
  std::string dir;          // entente's dictionaries/ folder; "" = DefaultDictionaryDir()
  std::string wordnet_dir = "/usr/share/wordnet";
};

struct Dictionaries {
  Lemmatizer lemmatizer;
  ActorDictionary actors;  // countries, people, organisations, contextual names
  ActorDictionary agents;  // role words ("embassy" -> GOV)
  VerbDictionary verbs;
  CameoTable cameo;
  std::vector<std::string> diagnostics;  // "file:line: message" for every bad line

  // Loads dictionaries/actors/*.txt, dictionaries/verbs/*.txt, dictionaries/cameo/cameo_codes.tsv.
  // Bad lines are diagnostics; an error only when a required folder is missing.
  static Result<std::shared_ptr<const Dictionaries>> Load(const DictionaryOptions& options);
};

// $ENTENTE_DICTIONARIES, else ../dictionaries next to the executable, else the source tree's.
std::string DefaultDictionaryDir();

}  // namespace entente
