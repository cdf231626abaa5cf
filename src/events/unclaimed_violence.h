// Violence no actor is named for: a passive of force with no agent ("were killed by an
// improvised explosive device outside Basra") and an attack no one claims ("A car bomb hit
// a police patrol in Basra") take the country where it happened as their source, as news
// coders do; deaths in an accident or a disaster are no one's violence; killing by a bomb
// is a bombing (183), not a fight (190). Internal to src/events; the rules of entente's
// own patterns only (TABARI and PETRARCH patterns keep their coders' reading).
#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include "actors/actor_recognizer.h"
#include "events/sentence_view.h"

namespace entente::events {

// An agentless passive of force: "were killed by an improvised explosive device outside the
// Iraqi city of Basra", "was arrested in Lebanon". No actor is named as its agent; news coders
// name the country where it happened (its forces, or attackers unknown but local). Returns
// the group of the first place (a country mention, not one after "by") named after the verb
// before a comma or a clause break, or -1.
int AgentlessPassivePlace(const SentenceView& v, const MentionSet& ms, uint32_t a);

// Violence no actor claims ("An attempt to assassinate the deputy governor ... was thwarted
// in Khanty-Mansiysk", "A car bomb hit a police patrol in Basra"): as with an agentless
// passive, the country where it happened is the source. Returns the first place (a country
// mention, not one of the targets) named in the sentence, or -1 (also when the clause
// before the verb names no attempt or weapon, or holds a pronoun: an unresolved agent).
int UnclaimedViolencePlace(const SentenceView& v, const MentionSet& ms, const std::vector<int>& targets,
                           uint32_t a, uint32_t clause_begin);

// Killing or wounding by a bomb ("killed by an improvised explosive device", "a roadside
// bombing killed", "killed in a car bomb explosion") is a bombing (183), not a fight (190).
std::string BombingCode(const SentenceView& v, uint32_t a, uint32_t clause_begin, uint32_t clause_end,
                        const std::string& code);

}  // namespace entente::events
