// Coding switches of the field's coders that change what a translated dictionary codes:
// TABARI's .options commands (and the validation suite's "OPTION:" records). entente's
// own dictionaries never set them; all off by default.
#pragma once

#include <string>
#include <string_view>

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

  bool any() const { return min_words > 0 || !default_source.empty() || !default_target.empty() || convert_agent; }
  // Applies one command ("SET: MINIMUM WORDS = 4", "DEFAULT: OFF", ...). Returns false
  // (and changes nothing) for a command entente does not apply; `error` gets why when the
  // command is one of these but malformed.
  bool Apply(std::string_view command, std::string* error = nullptr);
};

}  // namespace entente
