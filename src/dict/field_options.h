// Coding switches of the field's coders that change what a translated dictionary codes:
// TABARI's .options commands (and the validation suite's "OPTION:" records). entente's
// own dictionaries never set them; all off by default.
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace entente {

struct FieldOptions {
  // SET: MINIMUM WORDS = N — a sentence of fewer words is not coded (0: no minimum).
  int min_words = 0;
  // DEFAULT: SOURCE [X] PRIOR TARGET [Y] AFTER — codes used when a matched verb has no
  // source / no target ("" = none). PRIOR: a verb with no actor before it takes the
  // default source (else the first actor after the verb is the source and the next one
  // the target). AFTER: a verb with no target takes the default target (else the second
  // member of a compound source is the target when there is one).
  std::string default_source, default_target;
  bool default_prior = false, default_after = false;
  // SET: CONVERT AGENT = TRUE — an agent with no actor attached ("security forces") is
  // coded as "~" + its role (~MIL) instead of taking a country named nearby.
  bool convert_agent = false;
  // COMMA: MIN = a MAX = b EMIN = c EMAX = d BMIN = e BMAX = f — comma-delimited phrases
  // of a..b words inside the sentence, c..d words at its end and e..f words at its start
  // are dropped before coding ("Gondor, the state's fiercest foe, said"). COMMA: OFF and
  // entente's own dictionaries: none. A TABARI options file starts with TABARI's default
  // (2..10 inside and at the end, none at the start).
  bool comma = false;
  // SET: CODE BY CLAUSE (the default) | CODE BY SENTENCE | CODE ALL: one event per verb
  // phrase (complements of a coded verb code nothing), only the first coded verb of a
  // sentence, or every verb.
  enum class CodeBy { kClause, kSentence, kAll };
  CodeBy code_by = CodeBy::kClause;
  int comma_min = 2, comma_max = 10, comma_emin = 2, comma_emax = 10, comma_bmin = 255, comma_bmax = 0;
  // FORWARD: ^^*****NNN*SSS [OFF] — story forwarding. The template is laid over a record's
  // id field (the header after the date, blanks included: "  FRWD-001-002"); the N
  // positions name the story ("001"). Within one story, a subject pronoun (he, she, it,
  // they) that has no antecedent in its own sentence stands for the forwarded actor: the
  // actor part (first three letters: FORGOVPRS -> FOR) of the first actor named, not
  // through a pronoun, in the story's previous sentence. So a forwarded pronoun forwards
  // nothing itself: TABARI's "secondary forwarding" goes to the first actor named in that
  // sentence ("However, it acknowledged the concerns of the Fornost community" -> FOR).
  // "" = off.
  std::string forward_template;
  // COMPLEX: VERBS[v] CONJ[c] (other words, NOACTPRIOR, EXPLAIN, ACTORS[n], read and not
  // applied) — a sentence with v or more dictionary verbs, or c or more conjunctions
  // (and, or, but), is too complex to code (TABARI's "{+++}"). A verb is a word that
  // anchors a pattern of the verb dictionary, not in an actor and not after an article
  // ("the promised aid"). 0 = no limit.
  int complex_verbs = 0, complex_conj = 0;
  // The actor a caller coding a story carries from its previous sentence ("" = none).
  std::string forward_actor;

  bool any() const {
    return min_words > 0 || !default_source.empty() || !default_target.empty() || convert_agent || comma ||
           code_by != CodeBy::kClause || !forward_actor.empty() || complex_verbs > 0 || complex_conj > 0;
  }
  // The story a record's id field belongs to under forward_template ("" when off or the
  // field is too short for the template's N positions).
  std::string StoryOf(std::string_view id_field) const;
  // Applies one command ("SET: MINIMUM WORDS = 4", "DEFAULT: OFF", ...). Returns false
  // (and changes nothing) for a command entente does not apply; `error` gets why when the
  // command is one of these but malformed.
  bool Apply(std::string_view command, std::string* error = nullptr);
};

struct Sentence;
struct Mention;
// FORWARD: the actor a story's next sentence takes for its pronouns, from this sentence's
// mentions: the actor part of the first one not resolved through a pronoun ("" = none).
std::string ForwardedActor(const std::vector<Mention>& mentions);
// COMMA: drops the comma-delimited phrases of `s` that the switches name (their tokens
// and the comma before them; the sentence's offsets stay). Returns whether any was.
bool DropCommaPhrases(const FieldOptions& f, Sentence* s);

}  // namespace entente
