#include "events/clause_syntax.h"

#include <algorithm>
#include <string>
#include <unordered_set>
#include <vector>

#include "dict/actor_dictionary.h"

namespace entente::events {
namespace {

// Verbs that report what someone said or thinks: "said", "announced", "believes".
bool IsSayingVerb(const std::string& w) {
  // Every form listed ends in 'd', 's', 'y' or 't': most words are rejected before hashing.
  if (w.size() < 3 || (w.back() != 'd' && w.back() != 's' && w.back() != 'y' && w.back() != 't')) return false;
  static const std::unordered_set<std::string> kSaying = {
      "said", "says", "say", "announced", "announces", "reported", "reports", "claimed", "claims", "added",
      "stated", "states", "warned", "warns", "insisted", "insists", "argued", "argues", "believed", "believes",
      "noted", "notes", "confirmed", "confirms", "alleged", "alleges", "declared", "declares", "suggested",
      "suggests", "acknowledged", "admitted", "denied", "thinks", "thought", "feared", "fears", "hoped"};
  return kSaying.count(w) > 0;
}

// "The Council called on both sides to observe the ceasefire", "urged Iran to release":
// the act after "to" is what was asked of someone; the asker does not do it. Its event is
// the appeal (coded at the appeal's own verb).
bool AskedToDo(const SentenceView& v, uint32_t anchor) {
  const auto& t = v.s->tokens;
  if (anchor < 2 || t[anchor - 1].norm != "to"sv) return false;
  // Not orders ("ordered troops to withdraw", "forced the paper to close"): what a
  // government orders done is its own act in CAMEO's terms.
  static const std::unordered_set<std::string> kAsking = {
      "urge", "call", "ask", "press", "request", "invite", "encourage", "persuade", "appeal", "demand",
      "pressure", "push", "implore", "exhort", "beg", "advise", "want", "expect"};
  for (uint32_t k = anchor - 1, steps = 0; k-- > 0 && steps < 8; ++steps) {
    if (t[k].punct || IsClauseBreak(t[k])) return false;
    if (kAsking.count(t[k].lemma) && k + 2 < anchor) return true;  // an object between: "urged Iran to"
  }
  return false;
}

// True when group g sits inside a prepositional phrase ("in North Korea", "by Kim") or
// right after a past verb as its object ("left Pyongyang").
bool Governed(const SentenceView& v, int g, uint32_t anchor, uint32_t clause_begin, bool own) {
  const auto& t = v.s->tokens;
  uint32_t b = v.groups[g].first;
  while (b > 0 && (t[b - 1].norm == "the"sv || t[b - 1].norm == "a"sv || t[b - 1].norm == "an"sv ||
                   t[b - 1].norm == "its"sv || t[b - 1].norm == "their"sv || t[b - 1].norm == "'s"sv))
    --b;
  if (b == 0) return false;
  // "of southern Serbia", "in neighbouring Lebanon": one or two modifiers between the
  // preposition and the actor.
  auto modifier = [&](const Token& x) {
    return !x.punct && !x.upper_initial && !x.past_verb && !IsPreposition(x.norm) && x.norm != "and"sv &&
           x.norm != "or"sv && x.norm != "that"sv && x.norm != "who"sv && x.norm != "which"sv;
  };
  // Modifiers stand between a determiner and the actor, not before it: "according to
  // reports the UK is pushing" is no phrase "to ... the UK".
  const bool determiner = b < v.groups[g].first;
  for (uint32_t k = 1; k <= 2 && b > k && !determiner; ++k) {
    bool mods = true;
    for (uint32_t j = 1; j <= k; ++j) mods = mods && modifier(t[b - j]);
    if (!mods) break;
    const std::string& p = t[b - k - 1].norm;
    // "up to 1,000 ethnic Turks", "more than 500 workers": a quantity, not a phrase.
    if (b >= k + 2 && ((p == "to"sv && t[b - k - 2].norm == "up"sv) ||
                       (p == "than"sv && (t[b - k - 2].norm == "more"sv || t[b - k - 2].norm == "fewer"sv ||
                                          t[b - k - 2].norm == "less"sv)))) {
      bool number = false;
      for (uint32_t j = 1; j <= k; ++j) number = number || (t[b - j].norm[0] >= '0' && t[b - j].norm[0] <= '9');
      if (number) return false;
    }
    // "At least three Iraqi civilians": "at least" / "at most" is a quantity too.
    if (p == "at"sv && (t[b - k].norm == "least"sv || t[b - k].norm == "most"sv)) return false;
    if (IsPreposition(p) && p != "including") {
      b -= k;
      break;
    }
  }
  const Token& before = t[b - 1];
  // "Japan said North Korea fired a missile": after a verb of saying, an actor followed by
  // the verb is the subject of the clause reported, not the object of "said".
  if (own && IsSayingVerb(before.norm)) {
    uint32_t q = v.groups[g].last;
    while (q < anchor && (IsAuxiliary(t[q].norm) || Skip(t[q]))) ++q;
    if (q == anchor) return false;
  }
  // A participle opening the clause is an adjective ("Ousted President Akayev"), also
  // after adverbs ("Newly appointed Prime Minister X").
  if (before.past_verb) {
    uint32_t j = b - 1;
    while (j > clause_begin && t[j - 1].norm.size() > 4 && !t[j - 1].punct &&
           t[j - 1].norm.compare(t[j - 1].norm.size() - 2, 2, "ly") == 0)
      --j;
    return !(j == clause_begin || (j >= 1 && (t[j - 1].norm == "the"sv || t[j - 1].norm == "a"sv)));
  }
  if (!IsPreposition(before.norm) || before.norm == "including"sv) return false;
  // "Thousands of Iraqi Kurds", "members of the opposition": the "of" of a quantity or a
  // part heads no prepositional phrase of its own.
  if (before.norm == "of"sv && b >= 2) {
    static const std::unordered_set<std::string> kQuantity = {
        "thousand", "thousands", "hundred", "hundreds", "dozen", "dozens", "scores", "millions", "tens",
        "group", "groups", "members", "member", "some", "many", "most", "all", "one", "two", "three", "several",
        "supporters", "leaders", "delegation", "representatives", "units", "number"};
    const std::string& q = t[b - 2].norm;
    if (kQuantity.count(q) || (!q.empty() && q[0] >= '0' && q[0] <= '9')) return false;
    // "A camp of Congolese refugees was attacked": a subject noun phrase that names no
    // actor but this one stands for it.
    bool bare_head = true;
    for (uint32_t k = clause_begin; k + 1 < b; ++k)
      if (v.group_at[k] >= 0 || t[k].past_verb || t[k].punct) bare_head = false;
    if (bare_head) return false;
  }
  // "A temporary camp for Congolese refugees was attacked", "A missionary from Calgary was
  // arrested": the same with "for" and "from" when the phrase opens the clause and its verb
  // follows it.
  if ((before.norm == "for"sv || before.norm == "from"sv) && b >= 2 && b - 1 > clause_begin) {
    bool bare_head = true;
    for (uint32_t k = clause_begin; k + 1 < b; ++k)
      if (v.group_at[k] >= 0 || t[k].past_verb || t[k].punct || IsPreposition(t[k].norm)) bare_head = false;
    uint32_t q = v.groups[g].last;
    if (bare_head && q == anchor) return false;
    while (q < anchor && (IsAuxiliary(t[q].norm) || Skip(t[q]))) ++q;
    if (bare_head && q == anchor) return false;
  }
  // "after Kim sent", "since North Korea and China established": a conjunction opening a
  // clause whose verb follows its subject directly.
  static const std::unordered_set<std::string> kConjunctions = {"after", "before", "since", "until", "as"};
  if (kConjunctions.count(before.norm)) {
    std::vector<int> co = Coordinated(v, g);
    uint32_t q = v.groups[co.back()].last;
    while (q < anchor && (IsAuxiliary(t[q].norm) || Skip(t[q]))) ++q;
    if (q == anchor) return false;
  }
  return true;
}

}  // namespace

std::vector<int> Coordinated(const SentenceView& v, int g) {
  std::vector<int> out = {g};
  const auto& t = v.s->tokens;
  uint32_t pos = SkipParenthetical(t, v.groups[g].last);
  bool conjunction = false;
  bool open_conjunct = false;  // the list goes on with a conjunct naming no actor
  while (pos < t.size()) {
    uint32_t p = pos;
    bool sep = false, conj = false;
    if (p < t.size() && t[p].norm == ","sv) ++p, sep = true;
    if (p < t.size() && (t[p].norm == "and"sv || t[p].norm == "or"sv || (v.field && t[p].norm == "nor"sv)))
      ++p, sep = true, conj = true;
    // TABARI: a word of its <ADJECTIVE>/<NOUN> lists between two actors joins them as a
    // conjunction would ("the evil Arnor awful Gondor welcomed": ARN and GON).
    if (!sep && v.parser_words && p + 1 < t.size() && v.group_at[p] < 0 && v.parser_words->IsParserWord(t[p].norm) &&
        v.group_at[p + 1] >= 0 && v.groups[v.group_at[p + 1]].first == p + 1)
      ++p, sep = true, conj = true;
    if (!sep) break;
    while (p < t.size() && (t[p].norm == "the"sv || t[p].norm == "to"sv)) ++p;
    // "Fornost and the evil awful Gondor": up to two modifiers before the next conjunct.
    for (uint32_t mods = 0; mods < 2 && p < t.size() && v.group_at[p] < 0 && IsModifierWord(t[p]); ++mods) ++p;
    if (p >= t.size() || v.group_at[p] < 0 || v.groups[v.group_at[p]].first != p) {
      open_conjunct = conj;
      break;
    }
    int next = v.group_at[p];
    out.push_back(next);
    conjunction = conjunction || conj;
    pos = SkipParenthetical(t, v.groups[next].last);
  }
  // "the US, South Korea and their partners": a list whose last conjunct is no actor is a
  // list, not an apposition, unless a person stands beside a non-person ("the party's
  // chief, Kim, and other officials").
  if (out.size() == 2 && !conjunction && open_conjunct && v.persons[out[0]] == v.persons[out[1]]) return out;
  if (out.size() == 2 && !conjunction) {
    // Apposition: keep the person if one side is a person, else the first.
    return {v.persons[out[1]] ? out[1] : out[0]};
  }
  return out;
}

int CoordinationHead(const SentenceView& v, int g, bool parentheticals) {
  const auto& t = v.s->tokens;
  int head = g;
  for (uint32_t j = v.groups[g].first; j-- > 0;) {
    int h = v.group_at[j];
    if (h >= 0) {
      std::vector<int> co = Coordinated(v, h);
      if (std::find(co.begin(), co.end(), g) != co.end()) {
        head = h;
        j = v.groups[h].first;
        continue;
      }
      break;
    }
    if (parentheticals && t[j].norm == ")"sv) {
      while (j > 0 && t[j].norm != "("sv) --j;
      continue;
    }
    if (!(t[j].norm == ","sv || t[j].norm == "and"sv || t[j].norm == "the"sv || t[j].norm == "or"sv || IsModifierWord(t[j])))
      break;
  }
  return head;
}

std::vector<int> Subject(const SentenceView& v, uint32_t anchor, uint32_t* clause_begin, bool own) {
  const auto& t = v.s->tokens;
  *clause_begin = 0;
  if (own && AskedToDo(v, anchor)) return {};
  for (uint32_t i = anchor; i-- > 0;)
    if (IsClauseBreak(t[i]) && !(v.field && !own && t[i].norm == "that"sv)) {
      *clause_begin = i + 1;
      // A relative clause's subject is what it is attached to: "a journalist who visited".
      if ((t[i].norm == "who"sv || t[i].norm == "which"sv) && i > 0) {
        uint32_t j = i - 1;
        if (t[j].norm == ","sv && j > 0) --j;
        int g = v.group_at[j];
        bool only_relative_words = true;
        for (uint32_t k = i + 1; k < anchor; ++k)
          if (v.group_at[k] >= 0) only_relative_words = false;
        if (g >= 0 && v.groups[g].last == j + 1 && only_relative_words) return {g};
        // "Putin, who met Kim last year, praised North Korea": a relative clause set off by
        // commas before the verb; the subject is the actor it is attached to, and the
        // clause is the sentence around it.
        if (own && g >= 0 && v.groups[g].last == j + 1 && t[i - 1].norm == ","sv) {
          uint32_t c = anchor;
          while (c > i && (IsAuxiliary(t[c - 1].norm) || Skip(t[c - 1]))) --c;
          if (c > i + 2 && t[c - 1].norm == ","sv) {
            *clause_begin = 0;
            for (uint32_t k = v.groups[g].first; k-- > 0;)
              if (IsClauseBreak(t[k])) {
                *clause_begin = k + 1;
                break;
              }
            int head = CoordinationHead(v, g, /*parentheticals=*/true);
            std::vector<int> co = Coordinated(v, head);
            if (std::find(co.begin(), co.end(), g) == co.end()) co = {g};
            return co;
          }
        }
      }
      break;
    }
  // TABARI: "and" between two words that are not both <NOUN>/<ADJECTIVE> list words joins
  // phrases, and the subject is in the phrase next to the verb ("Ithilen's awful and cool
  // minister Calimehtar warned": CALGOV; "awful and evil" join words: ITH).
  if (v.parser_words && !own) {
    for (uint32_t k = anchor; k-- > *clause_begin + 1;) {
      if (t[k].norm != "and"sv || k + 1 >= anchor) continue;
      const Token& l = t[k - 1];
      const Token& r = t[k + 1];
      auto word = [&](const Token& x, uint32_t at) {
        return !x.punct && v.group_at[at] < 0 && !x.upper_initial && x.norm != "the"sv && x.norm != "a"sv;
      };
      if (!word(l, k - 1) || !word(r, k + 1)) continue;
      // Only where one of them is a list word (TABARI's <adjective> <conj> <adjective> and
      // <noun> <conj> <noun> constructions).
      const bool lw = v.parser_words->IsParserWord(l.norm), rw = v.parser_words->IsParserWord(r.norm);
      if (lw == rw) continue;
      *clause_begin = k + 1;
      break;
    }
  }
  {
    // An apposition between the subject and its verb: "Pakistan, a key U.S. ally in the
    // war, has refused": the subject is the actor before it, not one inside it.
    uint32_t c = anchor;
    while (c > *clause_begin && (IsAuxiliary(t[c - 1].norm) || Skip(t[c - 1]))) --c;
    if (c > *clause_begin + 2 && t[c - 1].norm == ","sv) {
      for (uint32_t o = c - 1; o-- > *clause_begin + 1 && o + 16 > c;) {
        if (t[o].punct && t[o].norm != ","sv && t[o].norm != "."sv) break;
        if (t[o].norm != ","sv) continue;
        const std::string& d = t[o + 1].norm;
        int h = v.group_at[o - 1];
        if ((d == "a"sv || d == "an"sv || d == "the"sv) && h >= 0 && v.groups[h].last == o) {
          uint32_t cb = 0;
          std::vector<int> before = Subject(v, o, &cb, own);
          if (!before.empty() && std::find(before.begin(), before.end(), h) != before.end()) return before;
        }
        break;
      }
    }
  }
  // TABARI (its options in force): when every actor before the verb stands in a phrase,
  // the first of them is the subject ("ties with Gondor, almost five years after
  // Calenardhon crowds burned down": GON).
  int governed_fallback = -1, governed_member = -1;
  std::vector<int> leftmost;
  for (uint32_t i = anchor; i-- > *clause_begin;) {
    int g = v.group_at[i];
    if (g < 0) continue;
    i = v.groups[g].first;  // jump to the group's start
    // Part of a coordination ("X and Y sent"): its head is the first conjunct.
    int head = CoordinationHead(v, g, /*parentheticals=*/true);
    if (Governed(v, head, anchor, *clause_begin, own)) {
      governed_fallback = head, governed_member = g;  // the leftmost, as TABARI's first actor
      i = v.groups[head].first;
      if (i <= *clause_begin) break;
      continue;
    }
    std::vector<int> co = Coordinated(v, head);
    if (std::find(co.begin(), co.end(), g) == co.end()) co = {g};
    if (v.field && !own) {
      leftmost = co;
      i = v.groups[head].first;
      if (i <= *clause_begin) break;
      // "... but Dagolath promised", "... and Gondor allowed him": a conjunction before the
      // actor opens its clause (TABARI's clauses end at conjunctions).
      uint32_t b = i;
      while (b > *clause_begin && t[b - 1].norm == "the"sv) --b;
      if (b > *clause_begin && (t[b - 1].norm == "but"sv || t[b - 1].norm == "and"sv)) break;
      continue;
    }
    return co;
  }
  if (!leftmost.empty()) return leftmost;
  if (v.field && !own && governed_fallback >= 0) {
    std::vector<int> co = Coordinated(v, governed_fallback);
    if (std::find(co.begin(), co.end(), governed_member) == co.end()) co = {governed_member};
    return co;
  }
  return {};
}

std::vector<int> FrontedClauseSubject(const SentenceView& v, uint32_t anchor) {
  const auto& t = v.s->tokens;
  static const std::unordered_set<std::string> kSubordinators = {"after", "before", "while", "since", "upon",
                                                                  "on", "when", "by", "despite", "following"};
  const std::string& w = t[anchor].norm;
  if (anchor == 0 || w.size() < 5 || w.compare(w.size() - 3, 3, "ing") != 0) return {};
  uint32_t k = anchor - 1;
  if (!kSubordinators.count(t[k].norm) || !(k == 0 || t[k - 1].norm == ","sv)) return {};
  const uint32_t n = static_cast<uint32_t>(t.size());
  for (uint32_t q = anchor + 1; q < n && q < anchor + 40; ++q) {
    if (IsClauseBreak(t[q])) return {};
    if (t[q].norm != ","sv) continue;
    uint32_t r = q + 1;
    if (r < n && t[r].norm == "the"sv && v.group_at[r] < 0) ++r;
    if (r >= n || v.group_at[r] < 0 || v.groups[v.group_at[r]].first > q + 2) continue;
    std::vector<int> co = Coordinated(v, v.group_at[r]);
    uint32_t after = v.groups[co.back()].last;
    // The actor must head the main clause: a verb follows, not more of a list.
    if (after < n && (t[after].punct || t[after].norm == "and"sv || t[after].norm == "or"sv)) continue;
    return co;
  }
  return {};
}

int ComplaintSubject(const SentenceView& v, int audience) {
  const auto& t = v.s->tokens;
  uint32_t q = v.groups[audience].last;
  while (q < t.size() && q < v.groups[audience].last + 3 && Skip(t[q])) ++q;  // "on Tuesday"
  if (q >= t.size() || (t[q].norm != "over"sv && t[q].norm != "about"sv)) return -1;
  for (uint32_t r = q + 1; r < t.size() && r <= q + 5; ++r) {
    if (v.group_at[r] >= 0) return v.group_at[r];
    if (t[r].punct || IsClauseBreak(t[r]) || IsPreposition(t[r].norm) || t[r].past_verb) return -1;
  }
  return -1;
}

bool IsPassiveAt(const SentenceView& v, uint32_t a) {
  const auto& t = v.s->tokens;
  if (!t[a].past_verb) return false;
  for (uint32_t k = a, steps = 0; k-- > 0 && steps < 3; ++steps) {
    if (t[k].lemma == "be"sv) return true;
    if (!Skip(t[k]) && t[k].norm != "reportedly"sv && t[k].norm != "being"sv) return false;
  }
  return false;
}

bool ReducedPassiveAt(const SentenceView& v, uint32_t a) {
  const auto& t = v.s->tokens;
  if (!t[a].past_verb || a == 0 || a + 1 >= t.size() || t[a + 1].norm != "by"sv) return false;
  return t[a - 1].lemma != "have"sv && !IsClauseBreak(t[a - 1]);
}

std::vector<int> DescribedBy(const SentenceView& v, uint32_t a) {
  const auto& t = v.s->tokens;
  uint32_t k = a;
  const bool comma = k > 0 && t[k - 1].norm == ","sv;
  if (comma) --k;
  // The noun phrase before it, up to four words back ("the Riyadh-led coalition").
  int g = -1;
  for (uint32_t j = k, steps = 0; j-- > 0 && steps < 4; ++steps) {
    if (v.group_at[j] >= 0) {
      g = v.group_at[j];
      break;
    }
    if (t[j].punct || IsPreposition(t[j].norm) || IsClauseBreak(t[j]) || t[j].norm == "and"sv) break;
  }
  if (g < 0) {
    // ", backed by Iran," set off by commas after a phrase naming no actor: it describes
    // the clause's subject ("Syrian forces pounded the area, backed by Iran").
    if (!comma) return {};
    uint32_t cb = 0;
    return Subject(v, k, &cb);
  }
  int head = CoordinationHead(v, g, /*parentheticals=*/true);
  std::vector<int> co = Coordinated(v, head);
  if (std::find(co.begin(), co.end(), g) == co.end()) co = {g};
  return co;
}

bool LooksFinite(const std::vector<Token>& t, uint32_t a) {
  if (t[a].past_verb) return true;
  if (a == 0) return false;
  static const std::unordered_set<std::string> kBefore = {"to", "will", "would", "can", "could", "may", "might",
                                                          "should", "shall", "must", "'ll", "not", "did", "does",
                                                          "do", "also", "again", "never"};
  return kBefore.count(t[a - 1].norm) > 0;
}

bool HyphenatedModifier(const std::vector<Token>& t, uint32_t a, const std::string& text) {
  // The segmenter drops dashes: the words are joined by "-" (or U+2010/U+2011) alone.
  if (a < 1 || t[a].begin <= t[a - 1].end || t[a].begin > text.size()) return false;
  std::string_view gap(text.data() + t[a - 1].end, t[a].begin - t[a - 1].end);
  if (gap != "-"sv && gap != "\u2010"sv && gap != "\u2011"sv) return false;
  static const std::unordered_set<std::string> kPrefixes = {"re", "co", "pre", "de", "un", "non", "counter", "over",
                                                            "under", "out", "mis", "dis", "self", "cross", "inter"};
  if (kPrefixes.count(t[a - 1].norm)) return false;
  const std::string& w = t[a].norm;
  auto ends = [&](std::string_view x) { return w.size() > x.size() + 1 && w.compare(w.size() - x.size(), x.size(), x) == 0; };
  return ends("ed") || ends("ing") || ends("en") || w == "led"sv || w == "run"sv || w == "held"sv || w == "made"sv ||
         w == "built"sv || w == "owned"sv || w == "torn"sv || w == "hit"sv;
}

bool ConjoinedVerbAt(const SentenceView& v, uint32_t a) {
  const auto& t = v.s->tokens;
  static const std::unordered_set<std::string> kAux = {"has", "have", "had", "will", "would", "also", "then",
                                                       "later", "to", "did", "not", "could", "can"};
  uint32_t q = a;
  while (q > 0 && (Skip(t[q - 1]) || kAux.count(t[q - 1].norm)) && t[q - 1].norm != "then"sv) --q;
  if (q > 0 && t[q - 1].norm == "then"sv) --q;
  return q > 0 && (t[q - 1].norm == "and"sv || t[q - 1].norm == "but"sv);
}

uint32_t VerbPhraseEnd(const SentenceView& v, uint32_t a, bool field, bool tabari) {
  const auto& t = v.s->tokens;
  const uint32_t n = static_cast<uint32_t>(t.size());
  for (uint32_t q = a + 1; q < n; ++q) {
    // TABARI/PETRARCH: a clause introduced by "that" belongs to the coded verb ("brushed
    // aside reports that X attacked Y": one event).
    if (IsClauseBreak(t[q]) && !(field && t[q].norm == "that"sv)) return q;
    // A subordinate clause of its own: "killed 23 people when they blew themselves up".
    static const std::unordered_set<std::string> kSubordinators = {"when", "if", "unless", "until", "whenever"};
    if (kSubordinators.count(t[q].norm) && !tabari) return q;  // TABARI: its clauses end at conjunctions only
    // (TABARI, whose clauses end only at conjunctions, reads "after X ..." in the clause.)
    if (!(field && v.field) &&
        (t[q].norm == "after"sv || t[q].norm == "before"sv || t[q].norm == "since"sv || t[q].norm == "as"sv) && q + 1 < n &&
        (v.group_at[q + 1] >= 0 || t[q + 1].norm == "they"sv || t[q + 1].norm == "he"sv || t[q + 1].norm == "she"sv ||
         t[q + 1].norm == "it"sv || t[q + 1].norm == "we"sv))
      return q;
    if (tabari && t[q].norm == "but"sv) return q;
    if (t[q].norm != "and"sv && t[q].norm != "but"sv && !(tabari && t[q].norm == "or"sv)) continue;
    uint32_t r = q + 1;
    while (r < n && Skip(t[r]) && t[r].norm != "the"sv && t[r].norm != "a"sv && t[r].norm != "an"sv) ++r;
    if (r >= n) return n;
    // TABARI: "and" + an actor + a verb opens a clause ("... and Gondor asked him").
    if (tabari && v.group_at[r] >= 0) {
      uint32_t after = v.groups[v.group_at[r]].last;
      while (after < n && (IsAuxiliary(t[after].norm) || Skip(t[after]))) ++after;
      if (after < n && !t[after].punct && !t[after].upper_initial && v.group_at[after] < 0 &&
          !IsPreposition(t[after].norm) && t[after].norm != "and"sv && t[after].norm != "or"sv &&
          (t[after].past_verb || v.lemma_id[after]))
        return q;
    }
    const Token& x = t[r];
    if (v.group_at[r] < 0 && !x.punct && !x.upper_initial && !IsPreposition(x.norm) && x.norm != "the"sv &&
        x.norm != "a"sv && x.norm != "an"sv && !(x.norm[0] >= '0' && x.norm[0] <= '9'))
      return q;
  }
  return n;
}

}  // namespace entente::events
