// Shallow clause syntax over a SentenceView, without a parser: coordinated actors ("X, Y
// and Z"), the subject of the clause of a verb (the nearest actor left of it not inside a
// prepositional phrase nor an object), passives (full and reduced) and what they describe,
// which words are verbs, and where the verb phrase of a coded verb ends. Internal to
// src/events; every function reads the view and returns token or group indices.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include "events/sentence_view.h"

namespace entente::events {

// --- Actors of a clause ---

// Coordinated list starting at group g: "X, Y and Z", "X and Y". A lone "X, Y," without a
// conjunction is an apposition ("the General Secretary of the party, Thongloun Sisoulith,"):
// one actor, the more specific of the two (a person). Returns group indices.
std::vector<int> Coordinated(const SentenceView& v, int g);

// The first conjunct of the coordination that group g belongs to ("X and Y": X). With
// `parentheticals`, an acronym in parentheses between conjuncts is stepped over ("(CPC)").
int CoordinationHead(const SentenceView& v, int g, bool parentheticals = false);

// The subject of the clause whose verb is at `anchor`: the nearest group left of the verb
// not inside a prepositional phrase nor an object, expanded to its coordination.
// `own`: entente's own patterns (TABARI and PETRARCH patterns keep their coders' reading,
// the first actor before the verb).
std::vector<int> Subject(const SentenceView& v, uint32_t anchor, uint32_t* clause_begin, bool own = true);

// "After meeting Xi in Beijing, Kim returned home": a participle clause that opens the
// sentence (or follows a comma) with a subordinator has the main clause's subject, the
// actor(s) right after the comma that closes it.
std::vector<int> FrontedClauseSubject(const SentenceView& v, uint32_t anchor);

// "complained to the United Nations over two Israeli air raids": the audience of a
// complaint is not its target; the actor named right after "over"/"about" (after a day,
// past numbers and modifiers, within five words) is. Returns that group or -1.
int ComplaintSubject(const SentenceView& v, int audience);

// --- Passives ---

// "was attacked", "were received", "has been hosted": a past participle after a form of "be".
bool IsPassiveAt(const SentenceView& v, uint32_t a);

// "militias backed by the US", "the army, trained by Russia,": a participle right after
// the noun it describes, its agent introduced by "by" — a passive without "be".
bool ReducedPassiveAt(const SentenceView& v, uint32_t a);

// The actor(s) a reduced passive describes: the group right before the participle (or
// before its comma), with its coordination.
std::vector<int> DescribedBy(const SentenceView& v, uint32_t a);

// --- Verbs and verb phrases ---

// A verb form that heads a clause: a past tense ("rejected"), or a base form after "to",
// a modal or "did not" ("will attack", "to reject"). The fallback needs one; nouns like
// "sanctions" in "face sanctions" are not verbs.
bool LooksFinite(const std::vector<Token>& t, uint32_t a);

// "US-backed fighters", "Saudi-led coalition", "state-run media": a participle joined by a
// hyphen to the word before it is an adjective describing a noun, not a verb to anchor an
// event on. A prefix ("re-establish", "co-sponsored") leaves the verb a verb.
bool HyphenatedModifier(const std::vector<Token>& t, uint32_t a, const std::string& text);

// True when the words before the verb at `a`, past skippable words and auxiliaries, end in
// "and" or "but" (or "and then", "but then") joining a second verb phrase to the first
// ("condemned the attack and promised aid").
bool ConjoinedVerbAt(const SentenceView& v, uint32_t a);

// End of the verb phrase whose verb at `a` was coded: later verbs up to there are its
// complements ("abandoned efforts to stop ...", "called on X to be allowed to leave
// Lorien", "an anti-Gondor parade"), not events of their own. It ends at a clause break
// or at "and"/"but" opening a second verb phrase. `tabari` (TABARI patterns under a TABARI
// options file): "but" always opens a clause of its own ("... but Dagolath promised aid"),
// and "or" opens a verb phrase as "and" does ("might affirm X or assail Arnor").
uint32_t VerbPhraseEnd(const SentenceView& v, uint32_t a, bool field = false, bool tabari = false);

}  // namespace entente::events
