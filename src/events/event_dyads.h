// The pairs of actor codes a coded verb gives (dyads): each source with each target, but
// not one state's organs with each other (actor_codes.h) nor a statement with the press;
// a reciprocal pattern's sources with each other; with no target, the place named later in
// the clause, or the actor's own country for a domestic protest, concession or coercion;
// TABARI's DEFAULT: codes. Internal to src/events.
#pragma once

#include <cstdint>
#include <optional>
#include <utility>
#include <vector>

#include "dict/verb_dictionary.h"
#include "entente/analysis.h"
#include "events/coding_context.h"
#include "events/event_roles.h"

namespace entente::events {

using Dyad = std::pair<ActorRef, std::optional<ActorRef>>;

// The dyads of the verb at token `a`, coded with root `root` (after recoding), from its
// roles; an untargeted verb's place is looked for up to `clause_end`. Empty when the verb
// codes nothing.
std::vector<Dyad> MakeDyads(const SentenceContext& c, const VerbPattern& pat, uint32_t a, uint32_t clause_end,
                            const Roles& r, int root);

}  // namespace entente::events
