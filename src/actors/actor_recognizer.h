// The actors stage: finds actor mentions in sentences and codes them CAMEO style.
//  1. dictionary names (longest match over normalised tokens; proper names must be
//     capitalised in the text; contextual names need a compatible actor in scope);
//  2. agent combination: "Chinese Embassy" -> CHNGOV, "North Korea's ambassador" -> PRKGOV,
//     "the government of China" -> CHNGOV, "Chinese President Xi Jinping" -> the person;
//  3. dated roles: a person's code is the role that holds on the document's date;
//  4. in-document coreference: surnames ("Kim"), "the country"/"the regime", "he"/"she",
//     "they", "the delegation", "both countries"/"the two sides" (the last pair named),
//     "a delegation led by X" (X's code).
#pragma once

#include <climits>
#include <vector>

#include "dict/dictionaries.h"
#include "entente/analysis.h"

namespace entente {

struct ActorOptions {
  int day = INT_MIN;  // the document's date (day number) for dated roles; INT_MIN = unknown
  const FieldOptions* field = nullptr;  // a TABARI options file's switches (convert_agent)
};

// Mentions of all sentences, in text order. `candidates` of person mentions are kept in
// `entries` so that the events stage can re-resolve a role at the event's own date.
struct MentionSet {
  std::vector<Mention> mentions;
  std::vector<std::vector<uint32_t>> entries;  // parallel to mentions: dictionary entries
};

MentionSet RecognizeActors(const std::vector<Sentence>& sentences, const Dictionaries& dicts,
                           const ActorOptions& options);

// Country part of an actor code ("PRKGOV" -> "PRK", "IGOUNO" -> "IGO").
std::string CountryOf(const std::string& code);

}  // namespace entente
