// The codes an event's actors take beyond the dictionary's: an actor's reference in the
// text (RefOf), an ethnic group coded by the country it lives in (Residence), and the
// tests that drop a dyad inside one state's apparatus (SameState, SameStateApparatus).
// Internal to src/events.
#pragma once

#include <string>

#include "actors/actor_recognizer.h"
#include "entente/analysis.h"
#include "events/sentence_view.h"

namespace entente::events {

// Two codes of one country's state (government, leaders, parties, forces, media, ...).
bool SameState(const std::string& a, const std::string& b);

// Two organs of one state (its leader and his wife, a party and its ambassador) are not
// two sides of an event; domestic events between the state and others (opposition,
// rebels, citizens) are kept. One organ of a state talking to itself: the executive (its
// government, its leaders, state media and spies) with itself. Its courts, parliament,
// parties, police and army against the government, or anyone against the bare country
// (often an institution the dictionaries do not know: "the Montenegro Assembly"), are
// the dyads of domestic news ("a judge charged officials", "troops shelled their own
// city", "the party will boycott Algeria's elections").
bool SameStateApparatus(const std::string& a, const std::string& b);

// The actor reference of a mention: its code, its name and the words of the text.
ActorRef RefOf(const Mention& m, const std::string& text);

// The country an ethnic group lives in, coded as that country's people, as the PLOVER
// and CAMEO coders do for civil conflicts: "ethnic Albanians in southern Serbia",
// "the Albanians of Serbia", "three ethnic Albanians in a gunbattle in Serbia",
// "ethnic Albanian guerrillas operating in Macedonia". Only with "ethnic" before the
// group or "of <country>" right after it ("Syrian troops in Lebanon" stay Syrian).
// Returns "" when it does not apply.
std::string Residence(const SentenceView& v, const MentionSet& ms, const Mention& m);

}  // namespace entente::events
