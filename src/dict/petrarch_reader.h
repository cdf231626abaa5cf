// Readers of PETRARCH dictionaries into entente's model. Formats:
// ../shared/eval/cameo/SOURCES.md and docs/formats.md.
//
//  - Actors (Phoenix.*.actors.txt): "PHRASE [CODE]" roots, "+SYNONYM" lines, tab-indented
//    "[CODE >YYMMDD]" lines; '#' and <!-- --> comments; words are whole words ('_' and
//    blanks both join consecutive words).
//  - Agents: "!MARK! = A, B" substitution sets, "PHRASE {PLURAL} [~CODE]" ({} = no plural;
//    regular plurals are generated).
//  - Verbs (CAMEO.2.0.txt and the older PETR.Validate.verbs.txt): &SYNSET blocks,
//    "--- NAME [CODE] ---" verb blocks with member verbs ("HURRY {HURRIES HURRIED}",
//    "+CORDON_OFF", "RE_+ARREST") and "- pre * post [CODE]" patterns whose {NP} and (PP)
//    groups are read as words in order. Transformations ("~ a (a b ATTACK) SAY = ...")
//    are skipped.
//  - Discards: "PHRASE" (the sentence) or "+PHRASE" (the story); a phrase not ending in
//    '_' ends with a stem.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "dict/dict_source.h"
#include "segment/lemmatizer.h"

namespace entente {

void ReadPetrarchActors(std::string_view text, const std::string& name, DictContent* out,
                        std::vector<std::string>* diagnostics);
void ReadPetrarchAgents(std::string_view text, const std::string& name, DictContent* out,
                        std::vector<std::string>* diagnostics);
void ReadPetrarchVerbs(std::string_view text, const std::string& name, const Lemmatizer& lemmatizer,
                       DictContent* out, std::vector<std::string>* diagnostics);
void ReadPetrarchDiscards(std::string_view text, const std::string& name, DictContent* out,
                          std::vector<std::string>* diagnostics);

}  // namespace entente
