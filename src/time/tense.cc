#include "time/tense.h"

#include <algorithm>
#include <cctype>
#include <string>
#include <unordered_set>

#include "time/time_lexicon.h"

namespace entente {
namespace {

using namespace timewords;

const std::string kEmpty;

// Irregular past forms, for text segmented without WordNet.
bool IrregularPast(const std::string& w) {
  static const std::unordered_set<std::string> kPast = {
      "said", "met", "left", "took", "came", "went", "was", "were", "had", "did", "made", "held", "told",
      "gave", "began", "saw", "sent", "found", "fell", "rose", "won", "lost", "got", "led", "paid", "sold",
      "spoke", "wrote", "became", "brought", "thought", "kept", "stood", "ran", "set", "put", "cut", "hit",
      "shot", "struck", "fought", "flew", "drew", "grew", "knew", "meant", "built", "spent", "chose", "broke",
      "hung", "sought", "taught", "caught", "bought", "felt", "heard", "read", "sat", "led", "fled", "froze",
      "swore", "threw", "woke", "wore", "beat", "bid", "bore", "dealt", "dug", "forgave", "forgot", "laid",
      "lent", "let", "lit", "rode", "rang", "shook", "shut", "slid", "spun", "split", "spread", "stole",
      "stuck", "swept", "swung", "tore", "underwent", "upheld", "withdrew"};
  return kPast.count(w) > 0;
}

bool LooksPast(const Token& t) {
  if (t.past_verb || IrregularPast(t.norm)) return true;
  const std::string& w = t.norm;
  if (w.size() < 5 || t.upper_initial || w.compare(w.size() - 2, 2, "ed") != 0) return false;
  // "unfinished", "unspecified", "unprecedented": adjectives.
  if (w.starts_with("un") && w.size() > 7) return false;
  static const std::unordered_set<std::string> kNot = {"hundred", "indeed", "united",  "proceed", "succeed",
                                                       "exceed",  "breed",  "embed",   "naked",   "wicked",
                                                       "sacred",  "kindred", "speed", "creed",   "greed"};
  return !kNot.count(w);
}


// Verbs whose object is a time to come: "scheduled a meeting Thursday", "postponed
// until Tuesday", "set Nov. 10 as the deadline".
bool Prospective(const Token& t) {
  return OneOf(t.norm, {"scheduled", "planned", "slated", "postponed", "delayed", "adjourned", "deferred",
                        "rescheduled", "expected"});
}

// Words after which "to" + verb speaks of a time to come: "expected to meet", "plans to".
bool FutureGovernor(const std::string& w) {
  return OneOf(w, {"expected", "scheduled", "due", "set", "slated", "plans", "plan", "planned", "planning",
                   "going", "intends", "intend", "intended", "hopes", "hope", "hoped", "aims", "aim", "wants",
                   "want", "agreed", "agree", "promised", "vowed", "decided", "ready", "likely", "unlikely",
                   "willing", "about", "is", "are", "am", "prepared", "preparing", "seeks", "seek", "sought",
                   "threatened", "threatens", "pledged", "offered", "proposed", "asked", "urged", "invited", "able", "bound", "poised", "prepares",
                   "expects", "expect", "ordered", "subpoenaed", "summoned", "instructed", "authorized", "hoping",
                   "seeking", "aiming", "intending", "expecting", "wanting"});
}

// Verbs that ask someone to do something: "ordered the army to withdraw".
bool OrderVerb(const std::string& w) {
  return OneOf(w, {"ordered", "subpoenaed", "summoned", "asked", "urged", "invited", "instructed", "authorized",
                   "told", "called", "pressed", "requested", "required"});
}

// Tense of an infinitive after a word of intention `gov` (FutureGovernor), `before` the
// word before it: to come — but from a time past after a past form ("decided to cut output
// as of Nov. 1", "agreed to meet in June"), which may lie before or after publication:
// then the nearest, as for the present.
Tense InfinitiveTense(const std::string& gov, const std::string& before) {
  if (OneOf(gov, {"decided", "agreed", "vowed", "promised", "pledged", "planned", "intended", "hoped", "threatened",
                  "offered", "proposed", "sought", "wanted", "aimed"}) &&
      !OneOf(before, {"is", "are", "am", "has", "have", "been", "be"}))
    return Tense::kPresent;
  return Tense::kFuture;
}

// A verb in the present, third person singular: "the nation marks the anniversary on
// Thursday", "Kim flies to Beijing on Friday". Without tags a word in -s is as often a
// plural noun ("the peace talks on Friday"), so it counts as a verb only between a
// subject (a name, he/she/it, or a noun after an article) and an article or
// possessive, or "to" and a place ("reverts to Chinese rule").
bool PresentThirdPerson(const std::vector<Token>& t, int j) {
  const int n = static_cast<int>(t.size());
  const Token& v = t[j];
  const std::string& w = v.norm;
  if (j == 0 || j + 1 >= n || v.punct || v.upper_initial || w.size() < 4 || w.back() != 's') return false;
  if (w.ends_with("ss") || w.ends_with("us") || w.ends_with("is") || w.ends_with("'s")) return false;
  // What may follow (checked first: most words in -s stop here).
  if (!OneOf(t[j + 1].norm, {"the", "a", "an", "his", "her", "its", "their", "down", "up", "out", "off", "over", "away",
                             "back", "to"}))
    return false;
  if (t[j - 1].punct || IsDeterminer(t[j - 1].norm)) return false;
  const std::string& lemma = v.lemma;
  // Without WordNet (lemma = norm) the context alone decides.
  const bool inflected = lemma == w || lemma + "s" == w || lemma + "es" == w ||
                         (lemma.size() > 1 && lemma.back() == 'y' && w == lemma.substr(0, lemma.size() - 1) + "ies");
  if (!inflected) return false;
  // Verbs of relation or response take an event as object, and the time is the
  // event's: "the decision follows a phone call on Friday", "condemns Friday's attack".
  std::string base = lemma;
  if (lemma == w) {
    if (w.ends_with("ies")) base = w.substr(0, w.size() - 3) + "y";
    else if (w.ends_with("oes") || w.ends_with("shes") || w.ends_with("ches") || w.ends_with("xes")) base = w.substr(0, w.size() - 2);
    else base = w.substr(0, w.size() - 1);
  }
  if (OneOf(base, {"follow", "precede", "come", "recall", "reflect", "echo", "mirror", "confirm", "contradict",
                    "deny", "blame", "condemn", "welcome", "praise", "criticise", "criticize", "reject", "dismiss",
                    "defend", "investigate", "probe", "mourn", "remember", "mean", "remain", "cite", "describe"}))
    return false;
  const Token& p = t[j - 1];
  const Token& next = t[j + 1];
  if (p.punct || IsDeterminer(p.norm) || AllDigits(p.norm)) return false;
  const bool pronoun = OneOf(p.norm, {"he", "she", "it"});
  const bool name = p.upper_initial;
  const bool noun = !p.upper_initial && j > 1 && IsDeterminer(t[j - 2].norm) && !p.norm.ends_with("s") &&
                    !OneOf(p.norm, {"few", "lot", "number", "couple", "dozen", "bit", "series", "pair", "total"});
  if (OneOf(next.norm, {"the", "a", "an", "his", "her", "its", "their"})) return pronoun || name || noun;
  // "flies to Beijing", "he heads to the border", "the territory reverts to Chinese
  // rule" — not "countries to accede", "a few kilometers to the east".
  // "he steps down on December 31", "Kim heads back to Pyongyang".
  if (OneOf(next.norm, {"down", "up", "out", "off", "over", "away", "back"}) &&
      (pronoun || (name && OneOf(base, {"step", "stand", "head", "hand", "fly", "take", "set", "sign", "pull", "move",
                                        "wind", "phase", "kick", "break", "close", "shut", "pay", "give"}))))
    return true;
  if (next.norm == "to" && j + 2 < n) {
    if (t[j + 2].upper_initial) return pronoun || name || noun;
    if (IsDeterminer(t[j + 2].norm)) return pronoun || name;
  }
  return false;
}

// Tense of the verb (group) whose last word is token j; kUnknown when j is no verb.
Tense VerbTense(const std::vector<Token>& t, int j, bool left) {
  const int n = static_cast<int>(t.size());
  const std::string& w = t[j].norm;
  auto at = [&](int k) -> const std::string& { return k >= 0 && k < n ? t[k].norm : kEmpty; };
  if (OneOf(w, {"will", "'ll", "shall", "wo", "would"})) return Tense::kFuture;
  if (OneOf(w, {"must", "should", "may", "might", "can"}))
    // "may have left" is past; "may have to leave" is an obligation ahead.
    return (at(j + 1) == "have" && at(j + 2) != "to") || (at(j + 1) == "not" && at(j + 2) == "have" && at(j + 3) != "to")
               ? Tense::kPast
               : Tense::kFuture;
  // "a.m." is normalised to "am": a clock time, not the verb.
  if (w == "am" && (t[j].end - t[j].begin != 2 || (j > 0 && !at(j - 1).empty() &&
                                                    std::isdigit(static_cast<unsigned char>(at(j - 1)[0])))))
    return Tense::kUnknown;
  if (OneOf(w, {"is", "are", "am", "'re"})) {
    if (OneOf(at(j + 1), {"to", "going", "due", "set", "scheduled", "expected", "slated", "likely", "poised"}))
      return Tense::kFuture;
    return Tense::kPresent;
  }
  // "have to leave", "has to be": an obligation ahead; "had to" is past.
  if (OneOf(w, {"has", "have"}) && at(j + 1) == "to") return Tense::kFuture;
  if (OneOf(w, {"was", "were", "had", "did", "has", "have"})) return Tense::kPast;
  if (w == "to") {
    // An infinitive after a word of intention or expectation.
    // "to be published in November" — but "assumed to be missiles", "said to be ill",
    // "proved to be": a judgement on what is, the tense is the governing verb's.
    if (at(j + 1) == "be")
      return OneOf(at(j - 1), {"assumed", "believed", "thought", "said", "reported", "considered", "known", "alleged",
                               "understood", "estimated", "presumed", "suspected", "deemed", "rumored", "rumoured",
                               "seemed", "appeared", "proved", "seem", "seems", "appear", "appears", "used"})
                 ? Tense::kUnknown
                 : Tense::kFuture;
    int g = j - 1;
    // "vowed Friday to return": a time between the governor and its infinitive.
    while (g >= 0 && (OneOf(at(g), {"not", "also", "still", "now", "today", "yesterday", "on"}) ||
                      (t[g].upper_initial && WeekdayOf(at(g)) >= 0)))
      --g;
    if (g >= 0 && !FutureGovernor(at(g))) {
      // "subpoenaed Elian to testify", "asked the court to rule": a verb of asking, its
      // object between.
      int k = g;
      while (k >= 0 && k >= g - 5 && (!t[k].punct || at(k) == "-") && !OrderVerb(at(k))) --k;
      if (k >= 0 && k >= g - 5 && OrderVerb(at(k))) return Tense::kFuture;
    }
    if (g < 0 || !FutureGovernor(at(g))) return Tense::kUnknown;
    for (int k = g - 1; k >= 0 && k >= g - 3; --k) {
      if (at(k) == "had") return Tense::kPast;  // "had been due to expire"
      if (!OneOf(at(k), {"been", "not", "also", "originally", "initially", "previously"})) break;
    }
    return InfinitiveTense(at(g), at(g - 1));
  }
  if (w == "going" && at(j + 1) == "to") return Tense::kFuture;
  // "..., saying on Friday that ...": a report, told in the past.
  if (left && OneOf(w, {"saying", "telling"}) && !OneOf(at(j - 1), {"is", "are", "am", "be", "been", "will"}))
    return Tense::kPast;
  // "the league plans to hold a news conference": what it plans is to come.
  if (OneOf(w, {"expects", "plans", "hopes", "intends", "aims", "wants"}) && at(j + 1) == "to") return Tense::kFuture;
  if (OneOf(w, {"says", "say", "expects", "plans", "hopes", "predicts"})) return Tense::kPresent;
  // A scheduled event told in the present: "the film opens Friday", "he leaves Monday".
  if (OneOf(w, {"opens", "begins", "starts", "meets", "arrives", "leaves", "visits", "travels", "heads", "returns",
                "resumes", "convenes", "expires", "reopens", "departs", "kicks"}) &&
      !OneOf(at(j - 1), {"it", "this", "that", "which", "who"}) &&
      // ... not the noun: "heads of government", "the visits", "tax returns of".
      at(j + 1) != "of" && !(j > 0 && IsDeterminer(at(j - 1))))
    return Tense::kFuture;
  // Set phrases of a scheduled change: "the act comes into force on Monday", "the rule
  // takes effect in June", "tickets go on sale Wednesday".
  {
    const std::string& a = at(j + 1);
    const std::string& b = at(j + 2);
    const bool third = OneOf(w, {"comes", "enters", "goes", "takes"});
    const bool plural = OneOf(w, {"come", "enter", "go", "take"}) && j > 0 &&
                        !OneOf(at(j - 1), {"to", "not", "did", "does", "do", "will", "would", "could", "may", "might",
                                           "can", "should", "must", "n't"});
    if ((third || plural) && ((OneOf(w, {"comes", "come", "enters", "enter", "goes", "go"}) && a == "into" &&
                               OneOf(b, {"force", "effect", "operation", "service"})) ||
                              (OneOf(w, {"takes", "take"}) && a == "effect") ||
                              (OneOf(w, {"goes", "go"}) && a == "on" && b == "sale")))
      return Tense::kFuture;
  }
  // ... and in the plural: "Netanyahu and Arafat meet separately Monday", "they leave
  // Friday". Only right before the time (an adverb between): after "to", "not" or an
  // auxiliary the base form is part of another verb group, which the scan reaches next.
  // The subject right before: a name, a plural noun or a plural pronoun ("Kim's visit
  // Monday", "a state visit Monday" are nouns).
  if (left && j > 0 &&
      OneOf(w, {"meet", "open", "begin", "start", "arrive", "leave", "visit", "travel", "head", "return", "resume",
                "convene", "reopen", "depart"})) {
    const Token& s = t[j - 1];
    const std::string& p = s.norm;
    const bool plural = p.size() > 3 && p.back() == 's' &&
                        !OneOf(p, {"does", "this", "hers", "ours", "yours", "theirs", "less", "unless", "thus", "plus",
                                   "always", "perhaps"});
    const bool subject = !s.punct && (OneOf(p, {"they", "we", "you"}) || (s.upper_initial && j > 1) || plural);
    if (subject) return Tense::kFuture;
  }
  if (PresentThirdPerson(t, j)) return Tense::kPresent;
  if (LooksPast(t[j])) {
    // "the scheduled talks", "the currently unfinished stadium"
    int d = j - 1;
    while (d > 0 && at(d).size() > 4 && at(d).ends_with("ly")) --d;
    if (d >= 0 && d < j && IsDeterminer(at(d))) return Tense::kUnknown;
    // Its auxiliaries: "will be held", "is expected", "has been".
    for (int k = j - 1; k >= 0 && k >= j - 5; --k) {
      const std::string& a = t[k].norm;
      if (OneOf(a, {"is", "are", "am", "'re"}))
        return at(j + 1) == "to" || at(j + 1) == "for" || (left && Prospective(t[j])) ? Tense::kFuture : Tense::kPresent;
      if (OneOf(a, {"has", "have", "had", "was", "were"})) return (left && Prospective(t[j])) ? Tense::kFuture : Tense::kPast;
      if (a == "to" && k < j - 1) return Tense::kFuture;  // "to be published"
      if (!OneOf(a, {"be", "been", "being", "not", "also", "already", "just", "still", "now", "then", "never",
                     "ever", "soon", "reportedly", "officially", "finally", "formally"}) &&
          !(a.size() > 4 && a.compare(a.size() - 2, 2, "ly") == 0))
        break;
    }
    // After a modal in the same clause a past form is a participle ("would still be
    // held", "will redeem the preferred shares").
    for (int k = j - 1; k >= 0 && k >= j - 8; --k) {
      const std::string& a = t[k].norm;
      if (OneOf(a, {",", ";", ":", "that", "which", "who", "when", "after", "before", "because", "and", "but",
                    "while", "since", "as", "if"}))
        break;
      // Another verb between: "the sign the project would have to be delayed came in
      // February" — the modal is the other verb's.
      if (LooksPast(t[k])) break;
      if (OneOf(a, {"will", "'ll", "shall", "wo", "would", "must", "should", "may", "might", "can"}))
        return at(k + 1) == "have" && at(k + 2) != "to" ? Tense::kPast : Tense::kFuture;
      if (a == "to" && k > 0 && FutureGovernor(at(k - 1))) return InfinitiveTense(at(k - 1), at(k - 2));
    }
    if ((left && Prospective(t[j]))) return Tense::kFuture;
    return Tense::kPast;
  }
  return Tense::kUnknown;
}

bool ClauseBreak(const std::string& w) { return w == ";" || w == ":" || w == "(" || w == ")"; }
// Where a clause may end: the governing verb is rarely on the far side.
bool SoftBreak(const std::string& w) {
  return OneOf(w, {",", "but", "while", "although", "though", "whereas", "because", "\"", "``", "''"});
}

Tense Scan(const std::vector<Token>& t, int from, int to, int step, bool soft) {
  for (int j = from; j != to; j += step) {
    if (ClauseBreak(t[j].norm) || (soft && SoftBreak(t[j].norm))) break;
    // ", urging they should ...", ", saying it would ...": a participle clause after the
    // expression tells what went with the act, not when it was.
    if (step > 0 && t[j].norm == "," && j + 1 < to && t[j + 1].norm.size() > 5 && t[j + 1].norm.ends_with("ing") &&
        !t[j + 1].upper_initial)
      break;
    // Into a quotation ("McCurry on Friday ``I want to be clear''"): what is quoted has
    // a time of its own.
    // (Quotes are tokens of one character: `` is "`" "`", '' is "'" "'". A lone "'" is
    // an apostrophe: "the Workers' Party".)
    if (t[j].punct && ((step > 0 && t[j].norm == "`") ||
                       (step < 0 && t[j].norm == "'" && j > 0 && t[j - 1].norm == "'")))
      break;
    Tense r = VerbTense(t, j, step < 0);
    if (r != Tense::kUnknown) return r;
  }
  return Tense::kUnknown;
}

}  // namespace

Tense TenseAt(const Sentence& s, uint32_t first, uint32_t last) {
  const auto& t = s.tokens;
  const int n = static_cast<int>(t.size());
  const int f = static_cast<int>(first), l = static_cast<int>(last);
  auto at = [&](int k) -> const std::string& { return k >= 0 && k < n ? t[k].norm : kEmpty; };
  // "as early as Tuesday", "as soon as Tuesday", "next", "upcoming".
  if (at(f - 1) == "as" && OneOf(at(f - 2), {"early", "soon"})) return Tense::kFuture;
  if (OneOf(at(f - 1), {"upcoming", "coming"})) return Tense::kFuture;
  // "in the run-up to a March election", "preparations for the June elections".
  {
    int k = f - 1;
    while (k >= 0 && OneOf(at(k), {"the", "a", "an", "this", "next", "its", "their"})) --k;
    if (at(k) == "to" && (OneOf(at(k - 1), {"run-up", "build-up", "lead-up", "countdown"}) ||
                          (at(k - 1) == "up" && at(k - 2) == "-" && OneOf(at(k - 3), {"run", "build", "lead"})) ||
                          (at(k - 1) == "up" && OneOf(at(k - 2), {"run", "build", "lead"}))))
      return Tense::kFuture;
    if (at(k) == "for" && OneOf(at(k - 1), {"preparations", "preparation", "prepare", "preparing", "campaigning"}))
      return Tense::kFuture;
  }
  // "ahead of the weekend", "in advance of Tuesday's vote".
  if (at(f - 1) == "of" && (at(f - 2) == "ahead" || (at(f - 2) == "advance" && at(f - 3) == "in")))
    return Tense::kFuture;
  const int lo = std::max(-1, f - 15), hi = std::min(n, l + 15);
  // The verb of the same clause, left then right; then across commas.
  Tense r = Scan(t, f - 1, lo, -1, true);
  if (r == Tense::kUnknown) r = Scan(t, l, hi, 1, true);
  if (r == Tense::kUnknown) r = Scan(t, f - 1, lo, -1, false);
  if (r == Tense::kUnknown) r = Scan(t, l, hi, 1, false);
  // "will leave at 4 in the morning (4 a.m. EDT Thursday)": a parenthesis takes the
  // tense of the clause around it.
  if (r == Tense::kUnknown)
    for (int k = f - 1; k > lo && !OneOf(at(k), {")", ";"}); --k)
      if (at(k) == "(") {
        r = TenseAt(s, static_cast<uint32_t>(k), static_cast<uint32_t>(k + 1));
        break;
      }
  return r;
}

}  // namespace entente
