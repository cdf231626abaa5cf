#include "actors/actor_recognizer.h"

#include <algorithm>
#include <cstring>
#include <unordered_map>
#include <unordered_set>

#include "common/text.h"

namespace entente {

std::string CountryOf(const std::string& code) { return code.substr(0, std::min<size_t>(3, code.size())); }

namespace {

// A token equal to a literal word: a length test, then a comparison of a constant size
// that the compiler inlines (std::string == const char* calls strlen and compare).
template <size_t N>
inline bool Is(const std::string& w, const char (&word)[N]) {
  return w.size() == N - 1 && std::memcmp(w.data(), word, N - 1) == 0;
}

bool IsIgoLike(const std::string& code) { return code.size() >= 3 && code.compare(0, 3, "IGO") == 0; }

// Words that make a group of the actor they attach to.
bool IsGroupWord(const std::string& norm) {
  // Called for most tokens: by length, then one comparison ("delegation", "delegations",
  // "envoy", "envoys", "team", "mission").
  switch (norm.size()) {
    case 4: return Is(norm, "team");
    case 5: return Is(norm, "envoy");
    case 6: return Is(norm, "envoys");
    case 7: return Is(norm, "mission");
    case 10: return Is(norm, "delegation");
    case 11: return Is(norm, "delegations");
    default: return false;
  }
}

struct Raw {
  uint32_t first, last;  // tokens, titles included ("Chinese President Xi Jinping")
  std::string code;
  std::string name;
  ActorKind kind;
  std::vector<uint32_t> entries;
  std::string resolved_from;
  bool group = false;
  bool agent_only = false;  // an agent with no country yet
  uint32_t name_first = UINT32_MAX;  // where the dictionary name itself starts ("Xi Jinping")
  bool pronoun = false;              // a pronoun or definite description resolved by coreference
  bool prefix = false;               // an agent whose role goes before the actor's code (NGO~)
  std::string prefix_code;           // such a role, put before the code when merged
};

struct DocState {
  std::vector<Mention> recent;  // mentions so far (document order)
  struct Person {
    std::vector<uint32_t> entries;
    std::string name;
  };
  // Surname key -> people named so far with it, most recent last.
  std::unordered_map<std::string, std::vector<Person>, StringHash, std::equal_to<>> surnames;
  std::unordered_set<std::string, StringHash, std::equal_to<>> two_word_heads;  // first words of 2-word keys
  std::unordered_set<std::string> roots_seen;
  std::unordered_map<std::string, int> country_counts;  // country root -> mentions so far
};

// Role nouns one person holds: "the foreign minister", "its ambassador".
bool PersonalRole(const std::string& w) {
  static const std::unordered_set<std::string> kRoles = {
      "minister", "president", "premier", "leader", "spokesman", "spokeswoman", "spokesperson", "ambassador",
      "envoy", "chief", "secretary", "chancellor", "king", "queen", "general", "commander", "governor",
      "mayor", "director", "chairman", "chairwoman", "chair", "prince", "emperor", "pope", "speaker"};
  return kRoles.count(w) > 0;
}

std::string JoinTokens(const Sentence& s, uint32_t a, uint32_t b, bool lemma = false) {
  std::string out;
  for (uint32_t i = a; i < b; ++i) {
    if (!out.empty()) out.push_back(' ');
    out += lemma ? s.tokens[i].lemma : s.tokens[i].norm;
  }
  return out;
}

void RegisterPerson(DocState& st, const Sentence& s, const Raw& r, const Dictionaries& dicts) {
  if (r.kind != ActorKind::kPerson || r.entries.empty()) return;
  // Keys: first token (East Asian order: "Kim"), last token ("Putin"), and all but the first.
  std::vector<std::string> toks;
  for (uint32_t i = r.name_first == UINT32_MAX ? r.first : r.name_first; i < r.last; ++i)
    if (!s.tokens[i].punct) toks.push_back(s.tokens[i].norm);
  if (toks.size() < 2) return;
  std::vector<std::string> keys = {toks.front(), toks.back()};
  if (toks.size() >= 3) {
    std::string rest;
    for (size_t i = 1; i < toks.size(); ++i) rest += (i > 1 ? " " : "") + toks[i];
    keys.push_back(rest);
  }
  for (const auto& k : keys) {
    if (k.size() < 2) continue;
    auto& people = st.surnames[k];
    std::erase_if(people, [&](const DocState::Person& p) { return p.name == r.name; });
    people.push_back({r.entries, r.name});
    size_t sp = k.find(' ');
    if (sp != std::string::npos) st.two_word_heads.insert(k.substr(0, sp));
  }
}

// Finds a coreference at token i; returns the number of tokens consumed (0 = none).
uint32_t CorefImpl(const Sentence& s, uint32_t s_index, uint32_t i, DocState& st, const Dictionaries& dicts,
                   const ActorOptions& opt, std::vector<Raw>& out);

// Coreference at token i; marks what it adds as pronouns unless it is a surname.
uint32_t Coref(const Sentence& s, uint32_t s_index, uint32_t i, DocState& st, const Dictionaries& dicts,
               const ActorOptions& opt, std::vector<Raw>& out) {
  // Most tokens can start no coreference: only capitalised words (surnames) and a few
  // nouns and pronouns can. One hash lookup spares the comparisons below.
  // The triggers, by length: one or two comparisons per token.
  auto is_trigger = [](const std::string& w) {
    switch (w.size()) {
      case 2: return Is(w, "he") || Is(w, "it");
      case 3: return Is(w, "she") || Is(w, "him") || Is(w, "her");
      case 4: return Is(w, "they") || Is(w, "team");
      case 5: return Is(w, "sides") || Is(w, "envoy");
      case 6: return Is(w, "regime") || Is(w, "nation") || Is(w, "envoys");
      case 7: return Is(w, "country") || Is(w, "leaders") || Is(w, "nations") || Is(w, "mission");
      case 9: return Is(w, "countries");
      case 10: return Is(w, "delegation");
      case 11: return Is(w, "delegations");
      default: return false;
    }
  };
  const Token& tok = s.tokens[i];
  if (!(tok.upper_initial && !st.surnames.empty()) && !is_trigger(tok.norm)) return 0;
  size_t before = out.size();
  uint32_t used = CorefImpl(s, s_index, i, st, dicts, opt, out);
  const std::string& w = s.tokens[i].norm;
  for (size_t k = before; k < out.size(); ++k)
    out[k].pronoun = out[k].kind != ActorKind::kPerson || w == "he" || w == "she";
  return used;
}

uint32_t CorefImpl(const Sentence& s, uint32_t s_index, uint32_t i, DocState& st, const Dictionaries& dicts,
                   const ActorOptions& opt, std::vector<Raw>& out) {
  const auto& toks = s.tokens;
  const Token& t = toks[i];
  // Antecedents: pieces already found earlier in this sentence, then earlier sentences.
  static thread_local Mention scratch;
  auto last_where = [&](auto pred) -> const Mention* {
    for (auto it = out.rbegin(); it != out.rend(); ++it) {
      if (it->agent_only || it->code.empty()) continue;
      scratch.sentence = s_index;
      scratch.code = it->code;
      scratch.name = it->name;
      scratch.kind = ActorKindName(it->kind);
      scratch.is_group = it->group;
      scratch.resolved_from = it->resolved_from;
      if (pred(scratch)) return &scratch;
    }
    for (auto it = st.recent.rbegin(); it != st.recent.rend(); ++it)
      if (pred(*it)) return &*it;
    return nullptr;
  };
  // Surnames (capitalised, registered by an earlier full mention).
  if (t.upper_initial && !t.punct && !st.surnames.empty()) {
    // Two-token keys first ("Jong Un", "Diaz Canel").
    const bool head = st.two_word_heads.count(t.norm) > 0;
    for (uint32_t len : {2u, 1u}) {
      if (i + len > toks.size()) continue;
      if (len == 2 && !head) continue;
      std::string two_key;
      std::string_view key = t.norm;
      if (len == 2) key = two_key = JoinTokens(s, i, i + 2);
      auto it = st.surnames.find(key);
      if (it == st.surnames.end()) continue;
      if (len == 1 && i + 1 < toks.size() && toks[i + 1].upper_initial && !toks[i + 1].punct) {
        // "Kim Song Nam" is not "Kim" + "Song Nam": an unknown multi-word name.
        if (!head || !st.surnames.count(JoinTokens(s, i, i + 2))) continue;
      }
      // Several people share the name ("Kim Jong Un", "Kim Il Sung"): the one holding a
      // role on the document's date is meant, else the one named last.
      const DocState::Person* who = &it->second.back();
      for (auto p = it->second.rbegin(); p != it->second.rend(); ++p) {
        bool current = false;
        for (uint32_t e : p->entries) {
          const ActorEntry& en = dicts.actors.entry(e);
          current = current || (en.dated && opt.day != INT_MIN && en.from <= opt.day && opt.day < en.to);
        }
        if (current) {
          who = &*p;
          break;
        }
      }
      Raw r{i, i + len, "", who->name, ActorKind::kPerson, who->entries, std::string(key)};
      r.code = dicts.actors.Resolve(r.entries, opt.day, nullptr);
      out.push_back(std::move(r));
      return len;
    }
  }
  const std::string& w = t.norm;
  // "the country", "the regime", "the nation" -> the country the document is about: the
  // one named most often so far (the last named on ties).
  if ((w == "country" || w == "regime" || w == "nation") && i > 0 && toks[i - 1].norm == "the" &&
      !st.country_counts.empty()) {
    std::string best;
    int best_n = 0;
    for (auto it = st.recent.rbegin(); it != st.recent.rend(); ++it) {
      if (IsIgoLike(it->code)) continue;
      std::string root = CountryOf(it->code);
      auto c = st.country_counts.find(root);
      if (c != st.country_counts.end() && c->second > best_n) best = root, best_n = c->second;
    }
    if (!best.empty()) {
      std::string name = best;
      for (auto it = st.recent.rbegin(); it != st.recent.rend(); ++it)
        if (it->code == best && it->kind == "country") {
          name = it->name;
          break;
        }
      Raw r{i - 1, i + 1, best, name, ActorKind::kCountry, {}, name};
      if (w == "regime") r.code = best + "GOV";
      r.group = true;
      out.push_back(std::move(r));
      return 1;
    }
  }
  // "both countries", "the two countries", "the two sides", "both sides", "the two leaders".
  if ((w == "countries" || w == "sides" || w == "leaders" || w == "nations") && i > 0 &&
      (toks[i - 1].norm == "both" || (toks[i - 1].norm == "two" && i > 1 && toks[i - 2].norm == "the"))) {
    std::vector<std::string> roots;
    auto add_root = [&](const std::string& code) {
      if (roots.size() >= 2 || code.size() < 3 || IsIgoLike(code)) return;
      std::string root = CountryOf(code);
      if (std::find(roots.begin(), roots.end(), root) == roots.end()) roots.push_back(root);
    };
    for (auto it = out.rbegin(); it != out.rend(); ++it)
      if (!it->agent_only) add_root(it->code);
    for (auto it = st.recent.rbegin(); it != st.recent.rend() && roots.size() < 2; ++it) add_root(it->code);
    if (roots.size() == 2) {
      uint32_t first = toks[i - 1].norm == "both" ? i - 1 : i - 2;
      for (auto it = roots.rbegin(); it != roots.rend(); ++it) {
        std::string code = *it + (w == "leaders" ? "GOV" : "");
        Raw r{first, i + 1, code, *it, ActorKind::kCountry, {}, "the pair named last"};
        r.group = true;
        out.push_back(std::move(r));
      }
      return 1;
    }
  }
  // "he"/"she" -> last person, else a role one person holds named lately ("Vietnam's
  // foreign minister visited Vientiane. He held talks ..."); "they" -> last group.
  if ((w == "he" || w == "she") && !t.punct) {
    const Mention* m = last_where([](const Mention& m) { return m.kind == "person"; });
    if (!m)
      for (auto it = st.recent.rbegin(); it != st.recent.rend() && it->sentence + 2 >= s_index; ++it)
        if (it->personal) {
          Raw r{i, i + 1, it->code, it->name, ActorKind::kOrg, {}, it->name};
          out.push_back(std::move(r));
          return 1;
        }
    if (m) {
      Raw r{i, i + 1, m->code, m->name, ActorKind::kPerson, {}, m->name};
      out.push_back(std::move(r));
      return 1;
    }
  }
  // TABARI (an options file loaded): "they" stands for the first actor of the sentence
  // and those coordinated with it ("Elrond and Gondor urged ... and then they").
  if (opt.field && w == "they") {
    size_t k = 0;
    while (k < out.size() && (out[k].agent_only || out[k].code.empty())) ++k;
    if (k < out.size()) {
      std::vector<Raw> add;
      uint32_t last = out[k].last;
      add.push_back(Raw{i, i + 1, out[k].code, out[k].name, ActorKind::kOrg, {}, out[k].name});
      for (size_t j = k + 1; j < out.size(); ++j) {
        if (out[j].agent_only || out[j].code.empty()) continue;
        if (out[j].first != last + 1 || (toks[last].norm != "and" && toks[last].norm != ",")) break;
        add.push_back(Raw{i, i + 1, out[j].code, out[j].name, ActorKind::kOrg, {}, out[j].name});
        last = out[j].last;
      }
      for (Raw& r : add) {
        r.group = true;
        out.push_back(std::move(r));
      }
      return 1;
    }
  }
  if (w == "they") {
    // "Ivory Coast rebels ... rejected a Senegalese plan, and said they": a country with its
    // agent word earlier in this sentence is a group (not yet combined at this point), and
    // it comes before a bare country.
    for (auto it = out.rbegin(); it != out.rend(); ++it) {
      if (!it->agent_only && it->kind == ActorKind::kOrg) break;  // an organisation named later wins
      if (!it->agent_only || it->code.empty() || std::next(it) == out.rend()) continue;
      const Raw& c = *std::next(it);
      if (c.agent_only || c.kind != ActorKind::kCountry || c.code.size() != 3 || IsIgoLike(c.code) ||
          c.last > it->first || it->first - c.last > 1)
        continue;
      Raw r{i, i + 1, c.code + it->code, c.name, ActorKind::kOrg, {}, c.name};
      r.group = true;
      out.push_back(std::move(r));
      return 1;
    }
    // A delegation, party or other organisation named lately before a bare country.
    const Mention* m = last_where([&](const Mention& m) {
      return m.is_group && m.kind != "country" && m.sentence + 2 >= s_index;
    });
    if (!m) m = last_where([](const Mention& m) { return m.is_group; });
    if (m) {
      Raw r{i, i + 1, m->code, m->name, ActorKind::kOrg, {}, m->name};
      r.group = true;
      out.push_back(std::move(r));
      return 1;
    }
  }
  // "it" as a subject -> the subject of this sentence (its first country or organisation),
  // else the last one of the previous sentence.
  if (w == "it" && i + 1 < s.tokens.size() && !s.tokens[i + 1].punct) {
    const Mention* m = nullptr;
    static thread_local Mention first;
    // "Iraq said (that) it would ...": the speaker right before the speech verb, even when
    // another country or organisation opened the sentence ("In a letter to the UN, Iraq said it").
    static const std::unordered_set<std::string> kSpeech = {
        "said", "says", "announced", "announces", "stated", "states", "declared", "declares", "added",
        "warned", "warns", "claimed", "claims", "confirmed", "confirms", "insisted", "insists", "indicated"};
    uint32_t v = i;
    if (v > 0 && toks[v - 1].norm == "that") --v;
    if (v > 0 && kSpeech.count(toks[v - 1].norm)) {
      const uint32_t verb = v - 1;
      for (auto it = out.rbegin(); it != out.rend(); ++it) {
        if (it->last < verb) break;
        if (it->last != verb) continue;
        auto sp = it;
        // "Iraq's foreign ministry said it": the country before the agent.
        if (sp->agent_only && std::next(sp) != out.rend() && !std::next(sp)->agent_only &&
            std::next(sp)->last + 4 >= sp->first)
          ++sp;
        if (!sp->agent_only && !sp->code.empty() && sp->kind != ActorKind::kPerson) {
          first.code = sp->code;
          first.name = sp->name;
          m = &first;
        }
        break;
      }
    }
    for (const Raw& r : out) {
      if (m) break;
      if (r.agent_only || r.code.empty() || r.kind == ActorKind::kPerson) continue;
      first.code = r.code;
      first.name = r.name;
      m = &first;
      break;
    }
    if (!m)
      m = last_where([&](const Mention& m) {
        return m.kind != "person" && m.sentence + 1 >= s_index && m.code.size() >= 3;
      });
    if (m) {
      Raw r{i, i + 1, m->code, m->name, ActorKind::kOrg, {}, m->name};
      r.group = true;
      out.push_back(std::move(r));
      return 1;
    }
  }
  // "the delegation" -> last delegation.
  if (IsGroupWord(w) && i > 0 && (toks[i - 1].norm == "the" || toks[i - 1].norm == "their")) {
    const Mention* m = last_where([](const Mention& m) { return m.is_group && m.kind != "country"; });
    if (m) {
      Raw r{i, i + 1, m->code, m->name, ActorKind::kOrg, {}, m->name};
      r.group = true;
      out.push_back(std::move(r));
      return 1;
    }
  }
  // TABARI (an options file loaded): "him", "her" stand for the first actor of the sentence
  // ("Elrond urged Bree to chill out and Gondor asked him" -> ELF).
  if (opt.field && (w == "him" || w == "her")) {
    for (const Raw& r : out) {
      if (r.agent_only || r.code.empty()) continue;
      Raw p{i, i + 1, r.code, r.name, ActorKind::kOrg, {}, r.name};
      out.push_back(std::move(p));
      return 1;
    }
  }
  // TABARI's FORWARD: a subject pronoun with no antecedent stands for the actor forwarded
  // from the story's previous sentence.
  if (opt.field && !opt.field->forward_actor.empty() && !t.punct &&
      (w == "he" || w == "she" || w == "it" || w == "they")) {
    const std::string& code = opt.field->forward_actor;
    Raw r{i, i + 1, code, code, ActorKind::kOrg, {}, "the story's previous sentence"};
    r.group = w == "it" || w == "they";
    out.push_back(std::move(r));
    return 1;
  }
  return 0;
}

bool AllCaps(const Sentence& s, uint32_t first, uint32_t last) {
  // The text of an acronym match is in capitals: "UN", "U.N.", not "Un" of "Kim Jong Un".
  for (uint32_t i = first; i < last; ++i) {
    const Token& t = s.tokens[i];
    if (!t.punct && !t.all_caps) return false;
  }
  return true;
}

bool Capitalised(const Sentence& s, uint32_t first, uint32_t last) {
  // Proper names: the first significant token is capitalised (or all caps).
  for (uint32_t i = first; i < last; ++i) {
    const Token& t = s.tokens[i];
    if (t.punct) continue;
    if (t.norm == "the" || t.norm == "of") continue;
    // Lower-case name particles: "al-Qaeda", "al-Shabaab", "el-Bashir", "bin Laden".
    if (!t.upper_initial && i + 1 < last &&
        (t.norm == "al" || t.norm == "el" || t.norm == "bin" || t.norm == "ibn" || t.norm == "de" ||
         t.norm == "van" || t.norm == "von" || t.norm == "dos" || t.norm == "da"))
      continue;
    return t.upper_initial;
  }
  return false;
}

// A misspelt country name at token i (see the caller); fills *r.
bool MisspelledCountryAt(const Token& tok, const Dictionaries& dicts, uint32_t i, Raw* r) {
  std::vector<uint32_t> near = dicts.actors.MisspelledCountry(tok.norm);
  if (near.empty() || dicts.lemmatizer.InWordNet(tok.norm) || dicts.lemmatizer.IsWord(tok.norm) ||
      dicts.actors.IsGivenName(tok.norm))
    return false;
  const ActorEntry& en = dicts.actors.entry(near.front());
  *r = Raw{i, i + 1, en.code, en.name, ActorKind::kCountry, near, ""};
  r->group = true;
  return true;
}

}  // namespace

MentionSet RecognizeActors(const std::vector<Sentence>& sentences, const Dictionaries& dicts,
                           const ActorOptions& opt) {
  MentionSet result;
  DocState st;
  std::vector<uint32_t> ids, agent_ids;
  // Reused across sentences (cleared, capacity kept).
  std::vector<Raw> raws, merged, final_raws;
  for (uint32_t si = 0; si < sentences.size(); ++si) {
    const Sentence& s = sentences[si];
    const auto& toks = s.tokens;
    ids.resize(toks.size());
    agent_ids.resize(toks.size());
    for (size_t i = 0; i < toks.size(); ++i) {
      ids[i] = dicts.actors.TokenId(toks[i].norm);
      // Agent words are nouns of three letters or more: punctuation and short words skip
      // the second lookup.
      agent_ids[i] = toks[i].punct || toks[i].norm.size() < 3 ? ActorDictionary::kUnknownToken
                                                               : dicts.agents.TokenId(toks[i].norm);
    }
    // 1. Dictionary names, agents and coreference, left to right.
    raws.clear();
    for (uint32_t i = 0; i < toks.size();) {
      if (Is(toks[i].norm, "'s")) {
        ++i;
        continue;
      }
      NameMatch m = dicts.actors.LongestMatch(ids, i);
      NameMatch a = dicts.agents.LongestMatch(agent_ids, i);
      if (m.length && m.length >= a.length) {
        // Filter entries by capitalisation and context.
        std::vector<uint32_t> ok;
        bool cap = Capitalised(s, i, i + m.length);
        for (uint32_t e : *m.entries) {
          const ActorEntry& en = dicts.actors.entry(e);
          if (!cap && !en.any_case) continue;
          if (en.acronym && !AllCaps(s, i, i + m.length)) continue;
          if (en.kind == ActorKind::kContextual) {
            bool scope = false;
            for (const auto& c : en.requires_codes) scope = scope || st.roots_seen.count(c);
            if (!scope) continue;
          }
          ok.push_back(e);
        }
        if (!ok.empty()) {
          const ActorEntry& first = dicts.actors.entry(ok.front());
          Raw r{i, i + m.length, "", first.name, first.kind == ActorKind::kContextual ? ActorKind::kCountry : first.kind,
                ok, ""};
          uint32_t chosen = ok.front();
          r.code = dicts.actors.Resolve(ok, opt.day, &chosen);
          r.name = dicts.actors.entry(chosen).name;
          r.group = r.kind != ActorKind::kPerson;
          raws.push_back(std::move(r));
          i += m.length;
          continue;
        }
      }
      // A surname from the people dictionary: after a title ("President Obama", "Chancellor
      // Merkel") any one person of that name; alone ("Putin") only a name that is no English
      // word (WordNet's names of famous people are no words) nor anyone's given name, and
      // belongs to one person holding a role on the document's date.
      if (toks[i].upper_initial && !toks[i].punct && !m.length && toks[i].norm.size() >= 3 &&
          !(i + 1 < toks.size() && toks[i + 1].upper_initial && !toks[i + 1].punct) &&
          !(i > 0 && toks[i - 1].upper_initial && !toks[i - 1].punct && toks[i - 1].norm != "the" &&
            toks[i - 1].norm != "a" && !(!raws.empty() && raws.back().last == i))) {
        // A title before ("President Obama") or an office after ("the Bush administration").
        const bool titled = (!raws.empty() && raws.back().kind == ActorKind::kAgent && raws.back().last == i) ||
                            (i + 1 < toks.size() && (toks[i + 1].norm == "administration" ||
                                                     toks[i + 1].norm == "government" || toks[i + 1].norm == "cabinet"));
        const std::vector<uint32_t>* cands = dicts.actors.BySurname(toks[i].norm);
        if (cands && (titled || (opt.day != INT_MIN && !dicts.lemmatizer.IsWord(toks[i].norm) &&
                                 !dicts.actors.IsGivenName(toks[i].norm) && !st.surnames.count(toks[i].norm)))) {
          std::vector<uint32_t> holding, all;
          std::string who_holding, who_all;
          bool unique_holding = true, unique_all = true;
          for (uint32_t e : *cands) {
            const ActorEntry& en = dicts.actors.entry(e);
            if (!who_all.empty() && who_all != en.name) unique_all = false;
            who_all = en.name;
            all.push_back(e);
            if (!en.dated || opt.day == INT_MIN || en.from > opt.day || opt.day >= en.to) continue;
            if (!who_holding.empty() && who_holding != en.name) unique_holding = false;
            who_holding = en.name;
            holding.push_back(e);
          }
          const std::vector<uint32_t>* pick = nullptr;
          std::string who;
          if (!holding.empty() && unique_holding) pick = &holding, who = who_holding;
          else if (titled && holding.empty() && unique_all) pick = &all, who = who_all;
          // Several people of that name, all of one country ("President Bush"): the country
          // is known even when the person is not.
          bool one_country = titled && !all.empty();
          for (uint32_t e : all)
            one_country = one_country && CountryOf(dicts.actors.entry(e).code) == CountryOf(dicts.actors.entry(all[0]).code);
          if (!pick && one_country) {
            Raw r{i, i + 1, CountryOf(dicts.actors.entry(all[0]).code), toks[i].norm, ActorKind::kCountry, {}, ""};
            r.group = true;
            raws.push_back(std::move(r));
            ++i;
            continue;
          }
          if (pick) {
            Raw r{i, i + 1, dicts.actors.Resolve(*pick, opt.day, nullptr), who, ActorKind::kPerson, *pick, ""};
            raws.push_back(std::move(r));
            ++i;
            continue;
          }
        }
      }
      if (uint32_t used = Coref(s, si, i, st, dicts, opt, raws)) {
        i += used;
        continue;
      }
      // A misspelt country name standing alone ("Afganistan", "Ethopia"): one edit from a
      // long one-word name of a single country, no English word, no name of a person.
      if (toks[i].upper_initial && !toks[i].punct && !m.length && !a.length && toks[i].norm.size() >= 7 &&
          ids[i] == ActorDictionary::kUnknownToken && !(i + 1 < toks.size() && toks[i + 1].upper_initial) &&
          !(i > 0 && toks[i - 1].upper_initial && !toks[i - 1].punct)) {
        if (Raw r; MisspelledCountryAt(toks[i], dicts, i, &r)) {
          raws.push_back(std::move(r));
          ++i;
          continue;
        }
      }
      // Plural demonyms: "Palestinians", "Albanians", "Iraqis" are their country's people.
      if (toks[i].upper_initial && toks[i].norm.size() > 4 && toks[i].norm.back() == 's' && !m.length) {
        static thread_local std::vector<uint32_t> one(1);
        one[0] = dicts.actors.TokenId(std::string_view(toks[i].norm).substr(0, toks[i].norm.size() - 1));
        NameMatch sm = dicts.actors.LongestMatch(one, 0);
        if (sm.length == 1) {
          std::vector<uint32_t> countries;
          for (uint32_t e : *sm.entries)
            if (dicts.actors.entry(e).kind == ActorKind::kCountry && !dicts.actors.entry(e).no_endings)
              countries.push_back(e);
          if (!countries.empty()) {
            const ActorEntry& en = dicts.actors.entry(countries.front());
            Raw r{i, i + 1, en.code, en.name, ActorKind::kCountry, countries, ""};
            r.group = true;
            raws.push_back(std::move(r));
            ++i;
            continue;
          }
        }
      }
      if (a.length) {
        const ActorEntry& en = dicts.agents.entry(a.entries->front());
        Raw r{i, i + a.length, en.code, en.name, ActorKind::kAgent, {}, ""};
        r.agent_only = true;
        r.prefix = en.agent_prefix;
        r.group = IsGroupWord(toks[i + a.length - 1].norm);
        raws.push_back(std::move(r));
        i += a.length;
        continue;
      }
      if (IsGroupWord(toks[i].norm)) {
        Raw r{i, i + 1, "", toks[i].norm, ActorKind::kAgent, {}, ""};
        r.agent_only = true;
        r.group = true;
        raws.push_back(std::move(r));
      }
      ++i;
    }

    // 2. Combination of adjacent pieces into one mention.
    auto gap_ok = [&](uint32_t from, uint32_t to) {
      // Tokens allowed between a country and its agent: possessive, adjectives like
      // "state-run", "ruling", "official", "top", "foreign".
      static const std::unordered_set<std::string> kFiller = {
          "'s", "'", "state", "run", "ruling", "official", "top", "senior", "visiting", "new", "former",
          "prominent", "high", "level", "ranking", "chinese", "the", "then", "current", "acting", "deputy",
          "vice", "first", "chief", "international", "affairs", "foreign", "friendly", "traditional"};
      if (to < from) return false;
      if (to - from > 4) return false;
      for (uint32_t k = from; k < to; ++k) {
        // TABARI (its options in force) attaches an agent only next to its actor, past a
        // possessive ("Dagolath's first Deputy Prime Minister": DAG).
        if (opt.field && toks[k].norm != "'s" && toks[k].norm != "'") return false;
        if (!kFiller.count(toks[k].norm)) return false;
      }
      return true;
    };
    merged.clear();
    for (size_t k = 0; k < raws.size(); ++k) {
      Raw cur = std::move(raws[k]);  // raws[k] is not read again
      // [country|org] ... [agent]* -> code + role
      while (k + 1 < raws.size()) {
        Raw& next = raws[k + 1];
        // A prefix agent before a country ("MSF Arnor"): its role goes before the country's
        // code (TABARI/PETRARCH "[NGO~]": NGOARN), other roles after it; not twice
        // ("human rights activists Amnesty International" is NGM, not NGMNGM).
        if (cur.agent_only && cur.prefix && !cur.code.empty() && next.first == cur.last && !next.agent_only &&
            next.kind == ActorKind::kCountry && next.code.size() == 3 && !IsIgoLike(next.code)) {
          Raw c = next;
          c.prefix_code = cur.code;
          c.first = cur.first;
          c.name = cur.name + " " + next.name;
          cur = std::move(c);
          ++k;
          continue;
        }
        bool cur_country_like = !cur.agent_only && (cur.kind == ActorKind::kCountry || cur.kind == ActorKind::kOrg);
        // TABARI: "former" before the actor or its agent makes the role ELI ("Arnor former
        // security officials", "former Gondor prosecutors": ARNELI, GONELI).
        const bool former = opt.field && next.kind == ActorKind::kAgent && !next.code.empty() &&
                            ((cur.first > 0 && toks[cur.first - 1].norm == "former") ||
                             (next.first == cur.last + 1 && toks[cur.last].norm == "former"));
        if (cur_country_like && next.kind == ActorKind::kAgent && (former || gap_ok(cur.last, next.first))) {
          if (former && cur.code.size() == 3 && !IsIgoLike(cur.code)) cur.code += "ELI";
          else if (!next.code.empty() && cur.code.size() == 3 && !IsIgoLike(cur.code)) cur.code += next.code;
          else if (!next.code.empty() && cur.kind == ActorKind::kCountry && !cur.resolved_from.empty())
            cur.code = CountryOf(cur.code) + next.code;  // "the regime's state media" -> PRKMED
          if (next.code.empty() && cur.code.size() == 3 && !IsIgoLike(cur.code)) cur.code += "GOV";  // delegation
          cur.group = cur.group || next.group;
          cur.last = next.last;
          if (cur.kind == ActorKind::kCountry) {
            cur.name = cur.name + " " + next.name;
            cur.kind = ActorKind::kOrg;  // a country's agent, no longer the bare country
          }
          ++k;
          continue;
        }
        // [person] [agent]: "the Biden administration" -> the person's country + role
        if (cur.kind == ActorKind::kPerson && next.kind == ActorKind::kAgent && next.first == cur.last &&
            !next.code.empty()) {
          cur.code = CountryOf(cur.code) + next.code;
          cur.kind = ActorKind::kOrg;
          cur.name = cur.name + " " + next.name;
          cur.last = next.last;
          cur.group = true;
          ++k;
          continue;
        }
        // [country/agent combination or agent] [person] -> the person
        bool cur_title = cur.kind == ActorKind::kAgent || cur_country_like;
        if (cur_title && next.kind == ActorKind::kPerson && gap_ok(cur.last, next.first)) {
          Raw person = next;
          if (person.code.size() == 3 && cur.code.size() > 3 && CountryOf(cur.code) == person.code &&
              person.resolved_from.empty()) {
            // A person without a current role keeps the title's role only when the
            // title is not "former".
            bool former = false;
            for (uint32_t t = cur.first; t < next.first; ++t) former = former || toks[t].norm == "former";
            if (!former) person.code = cur.code;
          }
          person.name_first = person.first;
          person.first = cur.first;
          cur = person;
          ++k;
          continue;
        }
        // [country + title] [a name coded as that bare country] -> the titled actor: TABARI
        // and PETRARCH code people without a role as their country ("ROMENDACIL [BRE]"),
        // so "Bree President Romendacil" is BREGOVPRS.
        if (cur_country_like && cur.code.size() > 3 && !IsIgoLike(cur.code) && next.first == cur.last &&
            next.kind != ActorKind::kAgent && next.code.size() == 3 && next.code == CountryOf(cur.code) &&
            next.resolved_from.empty()) {
          cur.name = cur.name + " " + next.name;
          cur.last = next.last;
          ++k;
          continue;
        }
        // [agent] of [the] [country] -> country + role
        if (cur.agent_only && !cur.code.empty() &&
            (next.kind == ActorKind::kCountry || next.kind == ActorKind::kOrg) && !next.agent_only &&
            cur.last < toks.size() && toks[cur.last].norm == "of" &&
            (next.first == cur.last + 1 || (next.first == cur.last + 2 && toks[cur.last + 1].norm == "the")) &&
            // "a professor of North Korea studies": the country only modifies a noun.
            !(next.last < toks.size() && !toks[next.last].punct && !toks[next.last].upper_initial &&
              !toks[next.last].past_verb && toks[next.last].norm != "and" && toks[next.last].norm != "or" &&
              toks[next.last].norm != "'s" && toks[next.last].norm.size() > 3 &&
              toks[next.last].norm.back() == 's' && toks[next.last].lemma != toks[next.last].norm)) {
          Raw combined = next;
          if (next.code.size() == 3 && !IsIgoLike(next.code)) combined.code = next.code + cur.code;
          combined.first = cur.first;
          combined.name = next.name + " " + cur.name;
          cur = combined;
          ++k;
          continue;
        }
        break;
      }
      if (!cur.prefix_code.empty() && cur.code.compare(0, cur.prefix_code.size(), cur.prefix_code) != 0)
        cur.code = cur.prefix_code + cur.code;
      merged.push_back(std::move(cur));
    }

    // "Hungarian and Romanian officials": a bare country coordinated with a country+agent
    // shares the agent.
    for (size_t k = 0; k + 1 < merged.size(); ++k) {
      Raw& a = merged[k];
      const Raw& b = merged[k + 1];
      if (a.kind == ActorKind::kCountry && a.code.size() == 3 && !IsIgoLike(a.code) && b.code.size() > 3 &&
          b.kind == ActorKind::kOrg && b.first == a.last + 1 && toks[a.last].norm == "and" &&
          b.code.compare(0, 3, a.code) != 0 && toks[b.last - 1].norm != toks[b.first].norm)
        a.code += b.code.substr(3);
    }

    // 3. Agents alone: "a delegation led by Kim Song Nam" takes Kim's code; else drop.
    final_raws.clear();
    for (size_t k = 0; k < merged.size(); ++k) {
      Raw r = merged[k];
      if (r.agent_only) {
        bool resolved = false;
        if (k + 1 < merged.size()) {
          const Raw& next = merged[k + 1];
          uint32_t g = r.last;
          if (g + 1 < toks.size() && (toks[g].norm == "led" || toks[g].norm == "headed") &&
              toks[g + 1].norm == "by" && next.first == g + 2 && !next.agent_only) {
            r.code = next.code.size() == 3 ? next.code + (r.code.empty() ? "GOV" : r.code) : next.code;
            r.name = next.name;
            r.kind = ActorKind::kOrg;
            r.resolved_from = next.name;
            r.agent_only = false;
            resolved = true;
          }
        }
        // A title in apposition: "Liu Jianchao, minister of ..." / "its leader, Kim Jong Un".
        if (!resolved) {
          const Raw* person = nullptr;
          // "Lim Eul-chul, a professor": the comma, then at most an article.
          const bool article = r.first >= 1 && (toks[r.first - 1].norm == "a" || toks[r.first - 1].norm == "an" ||
                                                toks[r.first - 1].norm == "the");
          if (k > 0 && merged[k - 1].kind == ActorKind::kPerson && toks[merged[k - 1].last].norm == "," &&
              (r.first == merged[k - 1].last + 1 || (article && r.first == merged[k - 1].last + 2)))
            person = &merged[k - 1];
          else if (k + 1 < merged.size() && merged[k + 1].kind == ActorKind::kPerson &&
                   merged[k + 1].first == r.last + 1 && toks[r.last].norm == ",")
            person = &merged[k + 1];
          if (person) {
            r.code = person->code;
            r.name = person->name;
            r.kind = ActorKind::kOrg;
            r.resolved_from = person->name;
            r.agent_only = false;
            resolved = true;
          }
        }
        // TABARI's SET: CONVERT AGENT: an agent no actor is attached to stands alone as
        // "~" + its role ("security forces" -> ~MIL), not the role of a country nearby.
        if (!resolved && !r.code.empty() && opt.field && opt.field->convert_agent) {
          r.code = "~" + r.code;
          r.kind = ActorKind::kOrg;
          r.agent_only = false;
          resolved = true;
        }
        // "the embassy", "the ministry": the last actor with that role named shortly before.
        if (!resolved && !r.code.empty() && r.first > 0 && toks[r.first - 1].norm == "the") {
          for (auto it = st.recent.rbegin(); it != st.recent.rend(); ++it) {
            if (it->sentence + 3 < si) break;
            if (it->code.size() > 3 && it->code.substr(3) == r.code && it->kind != "person") {
              r.code = it->code;
              r.resolved_from = it->name;
              r.name = it->name;
              r.kind = ActorKind::kOrg;
              r.agent_only = false;
              resolved = true;
              break;
            }
          }
        }
        // "rebels", "police", "protesters" with a country named in the same sentence
        // ("students throughout Indonesia", "Police in Cairo") belong to it.
        static const std::unordered_set<std::string> kAdjectives = {
            "military", "official", "state", "foreign", "diplomatic", "political", "economic", "security",
            "nuclear", "defence", "defense", "civilian", "public", "national", "international", "media"};
        const bool modifier = r.last - r.first == 1 && kAdjectives.count(toks[r.first].norm) > 0;
        // "its troops", "their leaders": the agents of the sentence's subject.
        if (!resolved && !r.code.empty() && r.first > 0 &&
            (toks[r.first - 1].norm == "its" || toks[r.first - 1].norm == "their")) {
          for (size_t k2 = 0; k2 < k; ++k2) {
            const Raw& c = merged[k2];
            if (c.agent_only || c.kind == ActorKind::kPerson || c.code.size() < 3 || IsIgoLike(c.code)) continue;
            // A prefix role (TABARI/PETRARCH "[NGM~]") goes before the country's code.
            r.code = r.prefix ? r.code + CountryOf(c.code) : CountryOf(c.code) + r.code;
            r.name = CountryOf(c.code) + " " + r.name;
            r.kind = ActorKind::kOrg;
            r.resolved_from = c.name;
            r.agent_only = false;
            resolved = true;
            break;
          }
        }
        if (!resolved && !r.code.empty() && !r.group && !modifier) {
          int best = -1;
          uint32_t best_dist = UINT32_MAX;
          for (size_t k2 = 0; k2 < merged.size(); ++k2) {
            const Raw& c = merged[k2];
            if (c.agent_only || c.kind == ActorKind::kPerson || c.code.size() < 3 || IsIgoLike(c.code)) continue;
            // "guerrillas near the Thai border": a country naming a border is a place, not the owner.
            if (c.last < toks.size() &&
                (toks[c.last].norm == "border" || toks[c.last].norm == "borders" || toks[c.last].norm == "frontier"))
              continue;
            // "rebels backed by Russia", "civilians killed by a US drone", "protesters
            // against Israel": a country after the agent in a phrase of agency or
            // opposition is the other side, not the agent's own ("refugees returned to
            // Syria" keeps theirs).
            if (c.first > r.last) {
              uint32_t b = c.first;
              while (b > r.last && (toks[b - 1].norm == "the" || toks[b - 1].norm == "a" || toks[b - 1].norm == "an"))
                --b;
              if (b > r.last) {
                const std::string& w = toks[b - 1].norm;
                if (w == "by" || w == "against" || w == "versus")
                  continue;
              }
            }
            uint32_t dist = c.first >= r.last ? c.first - r.last : r.first - c.last;  // (right after: 0)
            if (dist < best_dist) best_dist = dist, best = static_cast<int>(k2);
          }
          if (best >= 0 && best_dist <= 8) {
            // "Human rights activists in Arnor": a prefix role goes before the code (NGMARN).
            r.code = r.prefix ? r.code + CountryOf(merged[best].code) : CountryOf(merged[best].code) + r.code;
            // TABARI: "Former security officials in White House": the actor's code, role ELI.
            if (opt.field && !r.prefix && r.first > 0 && toks[r.first - 1].norm == "former")
              r.code = merged[best].code + "ELI";
            r.name = CountryOf(merged[best].code) + " " + r.name;
            r.kind = ActorKind::kOrg;
            r.resolved_from = merged[best].name;
            r.agent_only = false;
            resolved = true;
          }
        }
        if (!resolved) continue;
      }
      final_raws.push_back(std::move(r));
    }

    // 4. Emit mentions and update the document state.
    for (Raw& r : final_raws) {
      if (r.code.empty()) continue;
      Mention m;
      m.sentence = si;
      m.first = r.first;
      m.last = r.last;
      m.begin = toks[r.first].begin;
      m.end = toks[r.last - 1].end;
      m.code = r.code;
      m.name = r.name;
      m.kind = ActorKindName(r.kind);
      m.resolved_from = r.resolved_from;
      m.is_group = r.group;
      m.personal = r.kind == ActorKind::kOrg && !r.pronoun && PersonalRole(toks[r.last - 1].norm);
      m.pronoun = r.pronoun;
      if (r.kind == ActorKind::kPerson && r.resolved_from.empty()) RegisterPerson(st, s, r, dicts);
      st.roots_seen.insert(CountryOf(m.code));
      if (!IsIgoLike(m.code) && m.resolved_from.empty()) ++st.country_counts[CountryOf(m.code)];
      // TABARI's compound code ("LORIEN [ELR/GAL]"): the name stands for each of its codes,
      // as a compound does; one mention per code at the same span (the events stage
      // expands a group's mentions).
      const std::vector<std::string>* compound = nullptr;
      size_t compound_len = 0;
      for (uint32_t e : r.entries) {
        if (e >= dicts.actors.size()) continue;
        const ActorEntry& en = dicts.actors.entry(e);
        if (en.compound_codes.size() > 1 && !en.code.empty() && m.code.compare(0, en.code.size(), en.code) == 0) {
          compound = &en.compound_codes;
          compound_len = en.code.size();
          break;
        }
      }
      if (compound) {
        const std::string rest = m.code.substr(compound_len);
        for (const auto& c : *compound) {
          Mention mc = m;
          mc.code = c + rest;
          st.recent.push_back(mc);
          result.mentions.push_back(std::move(mc));
          result.entries.push_back(r.entries);
        }
        continue;
      }
      st.recent.push_back(m);
      result.mentions.push_back(std::move(m));
      result.entries.push_back(std::move(r.entries));
    }
  }
  return result;
}

}  // namespace entente
