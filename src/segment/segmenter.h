// The segment stage: article text -> sentences of tokens.
// Paragraph breaks and line breaks are hard sentence boundaries; inside a paragraph a
// sentence ends at . ! ? (and closing quotes) before an upper-case word, a digit or a
// quote, except after abbreviations ("Oct.", "Mr.", "U.S.") and initials ("N.").
#pragma once

#include <string_view>
#include <vector>

#include "entente/analysis.h"
#include "segment/lemmatizer.h"

namespace entente {

// Tokens of text[begin, end); offsets are absolute. `lemmatizer` may be null.
std::vector<Token> Tokenize(std::string_view text, uint32_t begin, uint32_t end, const Lemmatizer* lemmatizer);

std::vector<Sentence> Segment(std::string_view text, const Lemmatizer* lemmatizer);

// Normalised token strings of a dictionary name, split exactly as text is split.
std::vector<std::string> NormTokens(std::string_view name);

}  // namespace entente
