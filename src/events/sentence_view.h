// The events stage's view of one sentence: its actor mentions grouped by token range
// (Group), a token's group and the per-token facts the matcher reads (SentenceView), and
// the small word predicates every rule of the stage asks (skippable words, prepositions,
// clause breaks, auxiliaries, modifiers). Internal to src/events.
//
// The predicates are called for nearly every token a pattern, a slot or a subject search
// looks at: they stay inline here, most of them a switch on the word's length before any
// comparison.
#pragma once

#include <algorithm>
#include <cstdint>
#include <string>
#include <string_view>
#include <unordered_set>
#include <vector>

#include "entente/analysis.h"

namespace entente {

class ActorDictionary;

namespace events {

using namespace std::string_view_literals;

// Groups of mentions in a sentence: mentions sharing a token range form one group.
struct Group {
  uint32_t first, last;
  std::vector<uint32_t> mentions;  // indices into MentionSet
};

// A sentence as the coder reads it: its tokens, its actor groups and which group each
// token belongs to. Built once per sentence by CodeEvents; the rules only read it.
struct SentenceView {
  const Sentence* s;
  std::vector<Group> groups;
  std::vector<int> group_at;  // token -> group index or -1
  std::vector<bool> persons;  // group -> is a person
  // Set before patterns are matched: each token's VerbDictionary::LemmaId and Skip().
  std::vector<uint32_t> lemma_id;
  std::vector<uint8_t> skip;
  // TABARI's DEFAULT: switches are on: a final target slot may find no actor.
  bool missing_target_ok = false;
  // A TABARI options file is in force: "neither X nor Y" is a coordination as "X and Y" is.
  bool field = false;
  // With it, TABARI's <NOUN>/<ADJECTIVE> list words (null when none were loaded).
  const ActorDictionary* parser_words = nullptr;
};

// Words a pattern may step over, and the test for one (Skip): a word of the set, or an
// adverb in "-ly" of more than four letters; never punctuation.
inline const std::unordered_set<std::string>& Skippable() {
  // Words a pattern may step over between its literal words and before a slot.
  static const std::unordered_set<std::string> kWords = {
      "a", "an", "the", "its", "their", "his", "her", "our", "also", "recently", "earlier", "later", "this",
      "last", "next", "week", "month", "year", "yesterday", "today", "again", "already", "just", "still",
      "jointly", "separately", "separate", "two", "three", "several", "verbal", "formally", "officially",
      "reportedly", "personally", "warmly", "publicly", "first", "new", "both", "each", "all", "other",
      "congratulatory", "special", "friendly", "monday", "tuesday", "wednesday", "thursday", "friday",
      "saturday", "sunday", "tonight", "tomorrow", "previously", "repeatedly", "once", "finally", "on"};
  return kWords;
}

inline bool Skip(const Token& t) {
  if (t.punct) return false;
  const std::string& n = t.norm;
  if (n.size() > 4 && n.compare(n.size() - 2, 2, "ly") == 0) return true;
  // Most words are rejected by their first letter and length before hashing.
  static const std::vector<bool> kShape = [] {
    std::vector<bool> shape(256 * 32, false);
    for (const std::string& w : Skippable()) shape[static_cast<unsigned char>(w[0]) * 32 + std::min<size_t>(w.size(), 31)] = true;
    return shape;
  }();
  if (n.empty() || !kShape[static_cast<unsigned char>(n[0]) * 32 + std::min<size_t>(n.size(), 31)]) return false;
  return Skippable().count(n) > 0;
}

// Called for nearly every token a slot or a subject search looks at: a switch on the
// length and first letter, no hashing.
inline bool IsPreposition(const std::string& w) {
  switch (w.size()) {
    case 2: return w == "in"sv || w == "on"sv || w == "at"sv || w == "by"sv || w == "to"sv || w == "of"sv;
    case 3: return w == "for"sv || w == "via"sv;
    case 4: return w == "from"sv || w == "with"sv || w == "into"sv || w == "over"sv || w == "than"sv ||
                   w == "like"sv || w == "near"sv || w == "amid"sv;
    case 5: return w == "about"sv || w == "among"sv || w == "under"sv || w == "after"sv || w == "since"sv;
    case 6: return w == "across"sv || w == "toward"sv || w == "during"sv || w == "before"sv;
    case 7: return w == "against"sv || w == "between"sv || w == "towards"sv || w == "through"sv || w == "without"sv ||
                   w == "despite"sv;
    case 9: return w == "including"sv;
    default: return false;
  }
}

// A preposition that opens an adjunct of time or cause ("held a press conference after
// their meeting"): an entente gap does not step over it into another phrase.
inline bool AdjunctPreposition(const Token& t) {
  const std::string& n = t.norm;
  switch (n.size()) {
    case 4: return n == "amid"sv;
    case 5: return n == "after"sv || n == "since"sv || n == "until"sv;
    case 6: return n == "before"sv || n == "during"sv || n == "though"sv;
    case 7: return n == "despite"sv;
    default: return false;
  }
}

// Called for every token a pattern steps over: switch on the length before comparing.
inline bool IsClauseBreak(const Token& t) {
  const std::string& n = t.norm;
  switch (n.size()) {
    case 1: return t.punct && (n[0] == ';' || n[0] == ':');
    case 3: return n == "who"sv;
    case 4: return n == "that"sv || n == "whom"sv;
    case 5: return n == "which"sv || n == "while"sv;
    case 7: return n == "whereas"sv || n == "because"sv;
    case 8: return n == "although"sv;
    default: return false;
  }
}

// A lowercase word that may modify a noun ("evil", "awful", "good"), not a verb, a
// preposition, a conjunction or a clause word.
inline bool IsModifierWord(const Token& x) {
  return !x.punct && !x.upper_initial && !x.past_verb && !IsPreposition(x.norm) && x.norm != "and"sv &&
         x.norm != "or"sv && x.norm != "the"sv && !IsClauseBreak(x) && x.norm != "but"sv;
}

// End of a short parenthetical "(CPC)" starting at token p, or p when there is none.
inline uint32_t SkipParenthetical(const std::vector<Token>& t, uint32_t p) {
  if (p >= t.size() || t[p].norm != "("sv) return p;
  for (uint32_t q = p + 1; q < t.size() && q <= p + 6; ++q)
    if (t[q].norm == ")"sv) return q + 1;
  return p;
}

// A word of a verb group between a subject and its verb: "has", "was", "will", "not", "also".
inline bool IsAuxiliary(const std::string& w) {
  switch (w.size()) {
    case 2: return w == "is"sv;
    case 3: return w == "has"sv || w == "had"sv || w == "was"sv || w == "are"sv || w == "may"sv || w == "did"sv ||
                   w == "not"sv;
    case 4: return w == "have"sv || w == "were"sv || w == "been"sv || w == "will"sv || w == "does"sv || w == "also"sv;
    case 5: return w == "would"sv || w == "could"sv || w == "might"sv;
    default: return false;
  }
}

}  // namespace events
}  // namespace entente
