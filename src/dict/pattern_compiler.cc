#include "dict/pattern_compiler.h"

#include <algorithm>
#include <set>

#include "common/text.h"
#include "segment/segmenter.h"

namespace entente {

namespace {

bool IsSpace(char c) { return c == ' ' || c == '\t'; }

void AddUnique(std::vector<std::string>& v, const std::string& s) {
  if (std::find(v.begin(), v.end(), s) == v.end()) v.push_back(s);
}

}  // namespace

void PatternCompiler::AddSynsetMember(const std::string& name, std::string_view member, bool plural) {
  std::string m(Trim(member));
  if (m.empty()) return;
  auto& list = synsets_[name];
  list.push_back(m);
  // PETRARCH's rule (make_plural_noun): single words that do not end in '_'.
  if (plural && m.back() != '_' && m.find_first_of(" _&{(") == std::string::npos) {
    std::string pl = m;
    if (pl.back() == 'Y') pl = pl.substr(0, pl.size() - 1) + "IES";
    else if (pl.back() == 'S') pl += "ES";
    else pl += "S";
    list.push_back(pl);
  }
}

void PatternCompiler::SetVerbStems(std::vector<std::string> stems) {
  std::sort(stems.begin(), stems.end());
  stems.erase(std::unique(stems.begin(), stems.end()), stems.end());
  verb_stems_ = std::move(stems);
}

bool PatternCompiler::Scan(std::string_view body, std::vector<PatternUnit>* units, std::string* err) const {
  size_t i = 0;
  const size_t n = body.size();
  auto join_prev = [&]() {
    if (!units->empty()) units->back().adj_next = true;
  };
  while (i < n) {
    char c = body[i];
    if (IsSpace(c)) {
      ++i;
      continue;
    }
    if (c == '{' || c == '(') {
      char close = c == '{' ? '}' : ')';
      int depth = 0;
      size_t j = i;
      for (; j < n; ++j) {
        if (body[j] == c) ++depth;
        if (body[j] == close && --depth == 0) break;
      }
      if (j >= n) {
        *err = std::string("unbalanced '") + c + "'";
        return false;
      }
      std::string_view inner = body.substr(i + 1, j - i - 1);
      if (c == '{' && inner.find('|') != std::string_view::npos) {
        PatternUnit u;
        u.kind = PatternUnit::Kind::kAlternatives;
        for (auto a : Split(inner, '|')) {
          a = Trim(a);
          if (!a.empty()) u.alts.emplace_back(a);
        }
        if (u.alts.empty()) {
          *err = "empty alternatives '{ | }'";
          return false;
        }
        units->push_back(std::move(u));
      } else {
        // PETRARCH-2 phrase structure: {NP} and (PREP NP): read as words in order.
        if (!Scan(inner, units, err)) return false;
      }
      i = j + 1;
      if (i < n && body[i] == '_') {
        join_prev();
        ++i;
      }
      continue;
    }
    if (c == ')' || c == '}') {
      *err = std::string("unbalanced '") + c + "'";
      return false;
    }
    size_t j = i;
    while (j < n && !IsSpace(body[j]) && body[j] != '{' && body[j] != '(' && body[j] != ')' && body[j] != '}') ++j;
    std::string_view chunk = body.substr(i, j - i);
    const bool glued_to_next = j < n && !IsSpace(body[j]);  // "DEMAND_{ ... }"
    i = j;
    if (!chunk.empty() && chunk.front() == '_') join_prev();
    std::vector<std::string_view> pieces = Split(chunk, '_');
    // Index of the last non-empty piece.
    size_t last = pieces.size();
    for (size_t k = pieces.size(); k-- > 0;)
      if (!pieces[k].empty()) {
        last = k;
        break;
      }
    for (size_t k = 0; k < pieces.size(); ++k) {
      std::string stripped(pieces[k]);
      stripped.erase(std::remove(stripped.begin(), stripped.end(), '~'), stripped.end());  // "*~_CLOSELY"
      std::string_view piece = stripped;
      if (piece.empty()) continue;
      PatternUnit u;
      bool underscore_after = k + 1 < pieces.size();  // a '_' follows this piece
      // "REAL~_PLEASANT": '~' before the '_' joins without ending the word: a stem.
      u.exact = underscore_after && !(pieces[k].size() > 1 && pieces[k].back() == '~');
      u.adj_next = k < last || (k == last && underscore_after && glued_to_next);
      if (piece == "*") u.kind = PatternUnit::Kind::kVerb;
      else if (piece == "$") u.kind = PatternUnit::Kind::kSource;
      else if (piece == "+") u.kind = PatternUnit::Kind::kTarget;
      else if (piece == "%") u.kind = PatternUnit::Kind::kCompound;
      else if (piece == "^") u.kind = PatternUnit::Kind::kSkip;
      else if (piece[0] == '&') {
        u.kind = PatternUnit::Kind::kSynset;
        u.text = std::string(piece);
      } else {
        u.kind = PatternUnit::Kind::kWord;
        u.text = std::string(piece);
      }
      units->push_back(std::move(u));
    }
  }
  return true;
}

bool PatternCompiler::MakeVerb(std::string_view phrase, const std::vector<std::string>& forms, bool plus_marks_verb,
                               VerbShape* out, std::string* err) const {
  out->display = std::string(Trim(phrase));
  auto verb_index = [&](std::vector<PatternUnit>& units) -> int {
    int idx = -1;
    for (size_t k = 0; k < units.size(); ++k) {
      PatternUnit& u = units[k];
      if (plus_marks_verb && u.kind == PatternUnit::Kind::kWord && u.text.size() > 1 && u.text[0] == '+') {
        u.text.erase(0, 1);
        idx = static_cast<int>(k);
      } else if (plus_marks_verb && u.kind == PatternUnit::Kind::kTarget && k + 1 < units.size()) {
        // "KLM_NOP_+RST" scans as ... '+' 'RST'? No: '+RST' is one piece. Kept for safety.
        continue;
      }
    }
    if (idx < 0)
      for (size_t k = 0; k < units.size(); ++k)
        if (units[k].kind == PatternUnit::Kind::kWord) {
          idx = static_cast<int>(k);
          break;
        }
    return idx;
  };
  std::vector<PatternUnit> units;
  if (!Scan(phrase, &units, err)) return false;
  int v = verb_index(units);
  if (v < 0) {
    *err = "no verb word in '" + out->display + "'";
    return false;
  }
  for (const auto& u : units)
    if (u.kind != PatternUnit::Kind::kWord) {
      *err = "a verb entry holds only words: '" + out->display + "'";
      return false;
    }
  PatternElem anchor;
  auto add_form = [&](const PatternUnit& u, bool endings) {
    bool first = true;
    for (const std::string& tok : NormTokens(u.text)) {
      const std::string lemma = lemmatizer_.Lemma(tok);
      AddUnique(anchor.words, lemma);
      // TABARI's closed verb word ("DEPART_") still takes the regular verb endings S, ED,
      // ES, EN and ING: those the lemmatizer does not read as forms of it ("departen").
      if (options_.stems && u.exact && endings && first && lemma == tok)
        for (const char* ending : {"s", "ed", "es", "en", "ing"})
          if (lemmatizer_.Lemma(tok + ending) != lemma) AddUnique(anchor.words, tok + ending);
      first = false;
      if (options_.stems && !u.exact) {
        AddUnique(anchor.stems, tok);
        if (words_ && words_->loaded())
          for (const std::string& w : words_->Complete(tok, true)) {
            // Longest stem wins: skip a completion that a longer entry's stem begins.
            bool other = false;
            for (auto it = std::lower_bound(verb_stems_.begin(), verb_stems_.end(), tok);
                 it != verb_stems_.end() && it->compare(0, tok.size(), tok) == 0 && !other; ++it)
              other = it->size() > tok.size() && w.compare(0, it->size(), *it) == 0;
            if (!other) AddUnique(anchor.words, w);
          }
      }
    }
  };
  add_form(units[v], true);
  // An entry whose verb word is itself an inflected form ("LEFT", "SAID") stands for that
  // form only (and the forms it lists), not for every form of its lemma.
  std::vector<std::string> surface;
  bool inflected = false;
  for (const std::string& tok : NormTokens(units[v].text)) {
    inflected = inflected || lemmatizer_.Lemma(tok) != tok;
    surface.push_back(tok);
  }
  for (const std::string& f : forms) {
    std::vector<PatternUnit> fu;
    std::string ferr;
    if (!Scan(f, &fu, &ferr)) continue;
    int fv = verb_index(fu);
    if (fv < 0) continue;
    add_form(fu[fv], false);
    for (const std::string& tok : NormTokens(fu[fv].text)) AddUnique(surface, tok);
  }
  if (inflected) anchor.forms = surface;
  if (anchor.words.empty()) {
    *err = "no verb word in '" + out->display + "'";
    return false;
  }
  units[v].kind = PatternUnit::Kind::kVerb;
  out->units = std::move(units);
  out->verb = std::move(anchor);
  return true;
}

bool PatternCompiler::WordItems(const PatternUnit& u, std::vector<Item>* items) const {
  std::string text = u.text;
  text.erase(std::remove(text.begin(), text.end(), '~'), text.end());
  std::vector<std::string> toks = NormTokens(text);
  if (toks.empty()) return false;
  for (size_t k = 0; k < toks.size(); ++k) {
    Item it{PatternUnit::Kind::kWord, {lemmatizer_.Lemma(toks[k])}, {}, k + 1 < toks.size() || u.adj_next};
    if (options_.stems && !u.exact && k + 1 == toks.size()) {
      it.stems.push_back(toks[k]);
      // Short stems ("NOT") would stand for too many unrelated words ("notice").
      if (words_ && words_->loaded() && toks[k].size() >= 5)
        for (const std::string& w : words_->Complete(toks[k], false))
          if (std::find(it.words.begin(), it.words.end(), w) == it.words.end()) it.words.push_back(w);
    }
    // TABARI's closed match ("RESOLUTION_"): the word as written, no other form of it
    // ("resolutions" does not match).
    if (options_.stems && u.exact && k + 1 == toks.size()) it.forms.push_back(toks[k]);
    items->push_back(std::move(it));
  }
  return true;
}

bool PatternCompiler::Expand(const std::vector<PatternUnit>& units, const VerbShape& verb, int depth,
                             std::vector<std::vector<Item>>* out, size_t max_variants, std::string* err) const {
  std::vector<std::vector<Item>> variants(1);
  auto append_all = [&](const std::vector<Item>& seq) {
    for (auto& v : variants) v.insert(v.end(), seq.begin(), seq.end());
  };
  for (const PatternUnit& u : units) {
    switch (u.kind) {
      case PatternUnit::Kind::kWord: {
        std::vector<Item> items;
        if (WordItems(u, &items)) append_all(items);
        break;
      }
      case PatternUnit::Kind::kVerb: {
        std::vector<Item> items;
        for (const PatternUnit& su : verb.units) {
          if (su.kind == PatternUnit::Kind::kVerb) {
            items.push_back({PatternUnit::Kind::kVerb, verb.verb.words, verb.verb.stems, su.adj_next});
            items.back().forms = verb.verb.forms;
          }
          else WordItems(su, &items);
        }
        if (!items.empty()) items.back().adj_next = u.adj_next;
        append_all(items);
        break;
      }
      case PatternUnit::Kind::kSource:
      case PatternUnit::Kind::kTarget:
      case PatternUnit::Kind::kCompound:
      case PatternUnit::Kind::kSkip:
        append_all({Item{u.kind, {}, {}, u.adj_next}});
        break;
      case PatternUnit::Kind::kSynset:
      case PatternUnit::Kind::kAlternatives: {
        if (depth > 4) {
          *err = "synsets nested too deep";
          return false;
        }
        std::vector<std::string> alts;
        bool phrase_adjacent = false;
        if (u.kind == PatternUnit::Kind::kSynset) {
          std::string name = u.text;
          while (!name.empty() && name.back() == '_') name.pop_back();
          auto it = synsets_.find(name);
          if (it == synsets_.end()) {
            *err = "undefined synset " + name;
            return false;
          }
          alts = it->second;
          phrase_adjacent = options_.synset_phrases_adjacent;
        } else {
          alts = u.alts;
        }
        std::vector<std::vector<Item>> alt_seqs;
        for (const std::string& a : alts) {
          std::vector<PatternUnit> au;
          if (!Scan(a, &au, err)) return false;
          if (phrase_adjacent)
            for (size_t k = 0; k + 1 < au.size(); ++k) au[k].adj_next = true;
          std::vector<std::vector<Item>> sub;
          if (!Expand(au, verb, depth + 1, &sub, max_variants, err)) return false;
          for (auto& s : sub)
            if (!s.empty()) alt_seqs.push_back(std::move(s));
        }
        if (alt_seqs.empty()) break;
        if (u.kind == PatternUnit::Kind::kSynset)
          for (auto& sq : alt_seqs)
            for (auto& it : sq) it.synset = true;
        // Single words make one choice; phrases one pattern each (duplicates dropped:
        // a plural often has the lemma of its singular).
        Item choice{PatternUnit::Kind::kWord, {}, {}, u.adj_next};
        choice.synset = u.kind == PatternUnit::Kind::kSynset;
        std::vector<std::vector<Item>> phrases;
        std::set<std::string> seen;
        for (auto& s : alt_seqs) {
          if (s.size() == 1 && s[0].kind == PatternUnit::Kind::kWord) {
            for (const auto& w : s[0].words) AddUnique(choice.words, w);
            for (const auto& st : s[0].stems) AddUnique(choice.stems, st);
            continue;
          }
          std::string key;
          for (const auto& it : s) {
            key += std::to_string(static_cast<int>(it.kind)) + (it.adj_next ? "_" : " ");
            for (const auto& w : it.words) key += w + "|";
            for (const auto& w : it.stems) key += w + "*|";
          }
          if (seen.insert(key).second) phrases.push_back(std::move(s));
        }
        // A phrase whose head (last word) is a single-word member adds nothing: the
        // pattern's gap lets the head's modifiers stand before it ("nuclear weapon").
        std::vector<std::vector<Item>> kept;
        for (auto& s : phrases) {
          bool words_only = std::all_of(s.begin(), s.end(), [](const Item& it) { return it.kind == PatternUnit::Kind::kWord; });
          const Item& head = s.back();
          bool subsumed = words_only && !head.words.empty() && std::all_of(head.words.begin(), head.words.end(), [&](const std::string& w) {
            return std::find(choice.words.begin(), choice.words.end(), w) != choice.words.end();
          });
          if (!subsumed) kept.push_back(std::move(s));
        }
        phrases = std::move(kept);
        alt_seqs.clear();
        if (!choice.words.empty()) alt_seqs.push_back({choice});
        for (auto& s : phrases) alt_seqs.push_back(std::move(s));
        if (alt_seqs.size() == 1) {
          alt_seqs[0].back().adj_next = u.adj_next;
          append_all(alt_seqs[0]);
          break;
        }
        if (variants.size() * alt_seqs.size() > max_variants) {
          *err = "more than " + std::to_string(max_variants) + " patterns from synsets and alternatives";
          return false;
        }
        std::vector<std::vector<Item>> next;
        for (const auto& v : variants)
          for (auto s : alt_seqs) {
            s.back().adj_next = u.adj_next;
            std::vector<Item> joined = v;
            joined.insert(joined.end(), s.begin(), s.end());
            next.push_back(std::move(joined));
          }
        variants = std::move(next);
        break;
      }
    }
  }
  for (auto& v : variants) out->push_back(std::move(v));
  return true;
}

std::string PatternCompiler::Compile(const std::vector<PatternUnit>& units, const VerbShape& verb,
                                     const std::string& code_in, const std::string& id, std::vector<VerbPattern>* out,
                                     ReadStats* stats, size_t max_variants) const {
  size_t verbs = 0;
  for (const auto& u : units) verbs += u.kind == PatternUnit::Kind::kVerb;
  if (verbs != 1) return verbs == 0 ? "no '*' (the verb) in the pattern" : "more than one '*' in the pattern";
  std::string code = code_in;
  // "210a": a lower-case variant letter, read in capitals (entente's codes are "210A").
  if (code.size() >= 3 && code.back() >= 'a' && code.back() <= 'z' && code[0] >= '0' && code[0] <= '9') {
    code.back() = static_cast<char>(code.back() - 32);
    if (stats) stats->Lossy("lower-case letter of an event code read in capitals");
  }
  bool dominant = false;
  if (!code.empty() && code.back() == '!') {
    code.pop_back();
    dominant = true;
  }
  std::vector<std::vector<Item>> variants;
  std::string err;
  if (!Expand(units, verb, 0, &variants, max_variants, &err)) return err;
  std::vector<VerbPattern> made;
  for (const auto& items : variants) {
    VerbPattern p;
    if (std::string e = SetPatternCode(p, code); !e.empty()) return e;
    p.id = id;
    p.dominant = dominant;
    p.field_semantics = true;
    p.agent_stays_first = options_.stems;  // TABARI
    p.noun_shifts = options_.stems;
    int anchor = -1;
    auto push_gap = [&] {
      if (!p.elems.empty() && p.elems.back().kind != PatternElem::Kind::kGap) {
        PatternElem g;
        g.kind = PatternElem::Kind::kGap;
        p.elems.push_back(std::move(g));
      }
    };
    for (size_t k = 0; k < items.size(); ++k) {
      const Item& it = items[k];
      bool adjacent = k > 0 && items[k - 1].adj_next;
      if (k > 0 && !adjacent) push_gap();
      if (it.kind == PatternUnit::Kind::kSkip) {  // '^': a gap over an actor phrase
        // "^ ^": each steps over an actor phrase of its own ("IFTAR AT ^ ^ +").
        if (p.elems.empty() || p.elems.back().kind != PatternElem::Kind::kGap || p.elems.back().skip_actor) {
          PatternElem g;
          g.kind = PatternElem::Kind::kGap;
          p.elems.push_back(std::move(g));
        }
        p.elems.back().skip_actor = true;
        continue;
      }
      PatternElem e;
      p.from_synset = p.from_synset || it.synset;
      e.adjacent = adjacent && !p.elems.empty() && p.elems.back().kind != PatternElem::Kind::kGap;
      switch (it.kind) {
        case PatternUnit::Kind::kVerb:
          anchor = static_cast<int>(p.elems.size());
          [[fallthrough]];
        case PatternUnit::Kind::kWord:
          e.kind = PatternElem::Kind::kWord;
          e.words = it.words;
          e.stems = it.stems;
          e.forms = it.forms;
          break;
        case PatternUnit::Kind::kSource: e.kind = PatternElem::Kind::kSource; break;
        case PatternUnit::Kind::kTarget: e.kind = PatternElem::Kind::kTarget; break;
        case PatternUnit::Kind::kCompound:
          e.kind = PatternElem::Kind::kTarget;  // placed below
          e.compound = true;
          break;
        default: break;
      }
      p.elems.push_back(std::move(e));
    }
    if (anchor < 0) return "no '*' (the verb) in the pattern";
    p.anchor = static_cast<size_t>(anchor);
    bool has_target = false, source_after = false, compound = false;
    for (size_t k = 0; k < p.elems.size(); ++k) {
      PatternElem& e = p.elems[k];
      if (e.compound) {
        e.kind = k < p.anchor ? PatternElem::Kind::kSource : PatternElem::Kind::kTarget;
        p.reciprocal = compound = true;
        if (k > p.anchor && options_.stems) p.compound_among = true;  // TABARI
      }
      if (e.kind == PatternElem::Kind::kTarget) has_target = true;
      if (e.kind == PatternElem::Kind::kSource && k > p.anchor) source_after = true;
    }
    // TABARI and PETRARCH take the first actor after the verb as the target when the
    // pattern names none; entente needs the slot written out.
    // TABARI: also after a '$' that follows the verb ("- * &CURRENCY" with "PESO_$": "will
    // contribute a million peso Bree to Gondor" is BRE/GON); PETRARCH reads such a pattern
    // as a passive (the subject is the target).
    if (!has_target && (!source_after || options_.stems) && !compound && !p.null_event) {
      // A bare verb gets entente's own "visit +" (the coder's fallback then takes the
      // first actor after the verb in its clause); after more words a gap steps over a
      // preposition ("ties * +": "ties with Gondor").
      bool bare = p.elems.size() == 1;
      if (!bare) push_gap();
      PatternElem t;
      t.kind = PatternElem::Kind::kTarget;
      p.elems.push_back(std::move(t));
      p.implicit_target = true;
    }
    while (!p.elems.empty() && p.elems.back().kind == PatternElem::Kind::kGap) p.elems.pop_back();
    // TABARI allows several '+' (or '$'): the first slot of a kind is the slot, later
    // ones only stand for an actor in the way, read as gaps.
    bool source_seen = false, target_seen = false, demoted = false;
    for (auto& e : p.elems) {
      bool* seen = e.kind == PatternElem::Kind::kSource ? &source_seen
                   : e.kind == PatternElem::Kind::kTarget ? &target_seen : nullptr;
      if (!seen) continue;
      if (*seen) {
        e = PatternElem();
        e.kind = PatternElem::Kind::kGap;
        demoted = true;
      }
      *seen = true;
    }
    if (demoted) {
      std::vector<PatternElem> merged;  // no two gaps in a row
      size_t anchor_at = 0;
      for (size_t k = 0; k < p.elems.size(); ++k) {
        if (p.elems[k].kind == PatternElem::Kind::kGap && !merged.empty() &&
            merged.back().kind == PatternElem::Kind::kGap) {
          merged.back().skip_actor = merged.back().skip_actor || p.elems[k].skip_actor;
          continue;
        }
        if (k == p.anchor) anchor_at = merged.size();
        merged.push_back(std::move(p.elems[k]));
      }
      p.elems = std::move(merged);
      p.anchor = anchor_at;
      if (stats) stats->Lossy("a second '+' or '$' read as a gap (the first is the slot)");
    }
    made.push_back(std::move(p));
  }
  for (auto& p : made) out->push_back(std::move(p));
  return "";
}

}  // namespace entente
