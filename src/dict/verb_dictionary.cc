#include "dict/verb_dictionary.h"

#include <algorithm>
#include <cstdint>

#include "common/file.h"
#include "common/text.h"

namespace entente {

static std::string LemmaOf(std::string_view w, const Lemmatizer& lemmatizer) {
  std::string folded = FoldText(w);
  return lemmatizer.Lemma(folded);
}

// An event code: 2-4 digits and an optional capital letter ("051", "0874", "075A").
bool ValidEventCode(std::string_view c) {
  size_t digits = 0;
  while (digits < c.size() && c[digits] >= '0' && c[digits] <= '9') ++digits;
  if (digits < 2 || digits > 4) return false;
  if (c.size() == digits) return true;
  return c.size() == digits + 1 && c.back() >= 'A' && c.back() <= 'Z';
}

std::string SetPatternCode(VerbPattern& p, std::string code) {
  std::string paired;
  if (size_t colon = code.find(':'); colon != std::string::npos) {
    paired = code.substr(colon + 1);
    code = code.substr(0, colon);
    if (code.empty()) code = "---";  // "[:173]": only the paired event
    if (!paired.empty() && paired != "---" && !ValidEventCode(paired)) return "bad paired code '" + paired + "'";
    if (paired == "---") paired.clear();
  }
  if (code == "---" || code == "###" || code == "+++") {
    p.null_event = true;
    p.special = code == "###" ? '#' : code == "+++" ? '+' : 0;
  } else if (!ValidEventCode(code)) {
    return "bad CAMEO code '" + code + "'";
  }
  p.code = std::move(code);
  p.paired_code = std::move(paired);
  return "";
}

std::string VerbDictionary::AddPattern(std::string code, std::string id, bool reciprocal, std::string_view pattern,
                                       const Lemmatizer& lemmatizer) {
  VerbPattern p;
  if (std::string err = SetPatternCode(p, std::move(code)); !err.empty()) return err;
  p.id = std::move(id);
  p.reciprocal = reciprocal;
  // entente's own patterns read running English: a verb word capitalised mid-sentence
  // ("in March's attack", "the Talks") is a name or a noun.
  p.noun_shifts = true;
  bool anchored = false, explicit_anchor = false;
  // Tokens separated by spaces; a choice "(a|b c)" may not contain spaces inside words,
  // but we also accept "( a | b )".
  std::vector<std::string> toks;
  std::string cur;
  int depth = 0;
  for (char c : pattern) {
    if (c == '(') ++depth;
    if (c == ')') --depth;
    if (depth < 0) return "unbalanced ')'";
    if (c == ' ' && depth == 0) {
      if (!cur.empty()) toks.push_back(cur);
      cur.clear();
    } else if (!(c == ' ' && depth > 0)) {
      cur.push_back(c);
    }
  }
  if (depth != 0) return "unbalanced '('";
  if (!cur.empty()) toks.push_back(cur);
  if (toks.empty()) return "empty pattern";
  // A word: "visit", a stem "critic*"; returns an error or "".
  auto word = [&](std::string_view w, PatternElem& e) -> std::string {
    w = Trim(w);
    if (w.empty()) return "empty word";
    bool stem = w.size() > 1 && w.back() == '*';
    if (stem) w.remove_suffix(1);
    bool form = w.size() > 1 && w.front() == '=';  // "=left": only this surface form
    if (form) w.remove_prefix(1);
    for (char c : w)
      if (c == '+' || c == '$' || c == '*' || c == '(' || c == ')' || c == '|' || c == '%' || c == '@')
        return "bad word '" + std::string(w) + "'";
    std::string lemma = LemmaOf(w, lemmatizer);
    if (std::find(e.words.begin(), e.words.end(), lemma) == e.words.end()) e.words.push_back(lemma);
    if (stem) e.stems.push_back(FoldText(w));
    if (form) e.forms.push_back(FoldText(w));
    return "";
  };
  for (const std::string& tok : toks) {
    // "a_b": elements that must be adjacent. Split on '_' outside parentheses.
    std::vector<std::string> parts;
    std::string part;
    int d = 0;
    for (char c : tok) {
      if (c == '(') ++d;
      if (c == ')') --d;
      if (c == '_' && d == 0) {
        parts.push_back(part);
        part.clear();
      } else {
        part.push_back(c);
      }
    }
    parts.push_back(part);
    for (size_t pi = 0; pi < parts.size(); ++pi) {
      std::string t = parts[pi];
      if (t.empty()) return "bad '_' in '" + tok + "'";
      PatternElem e;
      e.adjacent = pi > 0;
      bool is_anchor = false;
      if (t[0] == '@' && t.size() > 1) {
        if (explicit_anchor) return "two '@' anchors";
        t = t.substr(1);
        is_anchor = explicit_anchor = true;
      }
      if (t == "+" || t == "$" || t == "%") {
        if (is_anchor) return "the anchor must be a word";
        e.kind = t == "$" ? PatternElem::Kind::kSource : PatternElem::Kind::kTarget;  // '%' is placed below
        e.compound = t == "%";
      } else if (t == "*") {
        if (is_anchor) return "the anchor must be a word";
        e.kind = PatternElem::Kind::kGap;
      } else if (t.front() == '(') {
        if (t.back() != ')') return "bad choice '" + t + "'";
        for (auto w : Split(std::string_view(t).substr(1, t.size() - 2), '|'))
          if (std::string err = word(w, e); !err.empty()) return err + " in choice '" + t + "'";
        ++p.specificity;
      } else {
        if (std::string err = word(t, e); !err.empty()) return err;
        ++p.specificity;
      }
      if (e.kind == PatternElem::Kind::kWord && (is_anchor || (!anchored && !explicit_anchor))) {
        if (is_anchor || !anchored) {
          p.anchor = p.elems.size();
          anchored = true;
        }
      }
      p.elems.push_back(std::move(e));
    }
  }
  if (!anchored) return "a pattern needs a literal word (its anchor)";
  if (!explicit_anchor && p.elems.front().kind == PatternElem::Kind::kGap) return "a pattern cannot start with '*'";
  // Slots: '%' before the anchor is the (compound) source, after it the target.
  for (size_t i = 0; i < p.elems.size(); ++i) {
    PatternElem& e = p.elems[i];
    if (e.compound) {
      e.kind = i < p.anchor ? PatternElem::Kind::kSource : PatternElem::Kind::kTarget;
      p.reciprocal = true;
    }
  }
  return Add(std::move(p));
}

std::string VerbDictionary::Add(VerbPattern p) {
  if (p.elems.empty()) return "empty pattern";
  if (p.anchor >= p.elems.size() || p.elems[p.anchor].kind != PatternElem::Kind::kWord ||
      p.elems[p.anchor].words.empty())
    return "the anchor must be a word";
  if (p.code.empty()) return "no event code";
  bool source = false, target = false;
  int literals = 0;
  for (const PatternElem& e : p.elems) {
    if (e.kind == PatternElem::Kind::kSource) {
      if (source) return "two '$' slots";
      source = true;
    } else if (e.kind == PatternElem::Kind::kTarget) {
      if (target) return "two '+' slots";
      target = true;
    } else if (e.kind == PatternElem::Kind::kWord) {
      if (e.words.empty()) return "a word element without words";
      ++literals;
    }
  }
  p.has_source = source;
  p.has_target = target;
  if (p.specificity == 0) p.specificity = literals;
  p.required_bits = 0;
  for (size_t i = 0; i < p.elems.size(); ++i) {
    const PatternElem& e = p.elems[i];
    if (i != p.anchor && e.kind == PatternElem::Kind::kWord && e.words.size() == 1 && e.stems.empty())
      p.required_bits |= LemmaBit(e.words[0]);
  }
  uint32_t idx = static_cast<uint32_t>(patterns_.size());
  patterns_.push_back(std::move(p));
  Index(idx);
  return "";
}

void VerbDictionary::Index(uint32_t idx) {
  const VerbPattern& p = patterns_[idx];
  const PatternElem& a = p.elems[p.anchor];
  auto push = [idx](std::vector<uint32_t>& list) {
    if (list.empty() || list.back() != idx) list.push_back(idx);
  };
  for (const std::string& w : a.words) {
    if (!p.null_event) push(by_anchor_[w]);
    push(by_anchor_all_[w]);
  }
  for (const std::string& s : a.stems) {
    push(by_stem_[s]);
    max_stem_ = std::max(max_stem_, s.size());
  }
}

const std::vector<uint32_t>* VerbDictionary::ByAnchor(std::string_view lemma) const {
  auto it = by_anchor_.find(lemma);
  return it == by_anchor_.end() ? nullptr : &it->second;
}

const std::vector<uint32_t>* VerbDictionary::ByAnchorWithNull(std::string_view lemma) const {
  auto it = by_anchor_all_.find(lemma);
  return it == by_anchor_all_.end() ? nullptr : &it->second;
}

const std::vector<AnchorCandidate>* VerbDictionary::CandidatesWithNull(std::string_view lemma) const {
  return CandidatesWithNull(LemmaId(lemma));
}

// TABARI/PETRARCH patterns of equal specificity: a gap makes a pattern no more specific
// (the one with more words and slots first), and of those the one with more words joined
// ("IN_*" before "IN_ *" on "in accord"), then the one with more letters in its words.
// 0 when this does not decide (or not both are such patterns): entente's own order then
// holds (more elements first).
static int FieldOrder(const VerbPattern& pa, const VerbPattern& pb) {
  if (!pa.field_semantics || !pb.field_semantics) return 0;
  // Letters: each word element counts its shortest word or stem ("RESISTANCE" is longer
  // than the stem "RESIST" that also matches "resistance").
  auto count = [](const VerbPattern& p, int* elems, int* joined, size_t* letters) {
    *elems = *joined = 0;
    *letters = 0;
    for (const PatternElem& e : p.elems) {
      if (e.kind == PatternElem::Kind::kGap) continue;
      ++*elems;
      *joined += e.adjacent;
      if (e.kind != PatternElem::Kind::kWord) continue;
      size_t shortest = SIZE_MAX;
      for (const auto& w : e.words) shortest = std::min(shortest, w.size());
      for (const auto& w : e.stems) shortest = std::min(shortest, w.size());
      if (shortest != SIZE_MAX) *letters += shortest;
    }
  };
  int ea, ja, eb, jb;
  size_t la, lb;
  count(pa, &ea, &ja, &la);
  count(pb, &eb, &jb, &lb);
  if (ea != eb) return ea > eb ? -1 : 1;
  if (ja != jb) return ja > jb ? -1 : 1;
  if (la != lb) return la > lb ? -1 : 1;
  return 0;
}

// The order patterns at one anchor are tried in: < 0 when pa goes first, 0 for a tie. More
// specific first (specificity, then TABARI/PETRARCH's own order, then more elements); a
// pattern restricted to some surface forms ("left") before one that is not; a pattern
// written out before one from a synset (only TABARI/PETRARCH have synsets).
static int CompareSpecificity(const VerbPattern& pa, const VerbPattern& pb) {
  if (pa.specificity != pb.specificity) return pa.specificity > pb.specificity ? -1 : 1;
  if (int f = FieldOrder(pa, pb); f != 0) return f;
  if (pa.elems.size() != pb.elems.size()) return pa.elems.size() > pb.elems.size() ? -1 : 1;
  bool fa = !pa.elems[pa.anchor].forms.empty(), fb = !pb.elems[pb.anchor].forms.empty();
  if (fa != fb) return fa ? -1 : 1;
  if (pa.from_synset != pb.from_synset) return pa.from_synset ? 1 : -1;
  return 0;
}

std::vector<uint32_t> VerbDictionary::ByStemAnchor(std::string_view norm) const {
  std::vector<uint32_t> out;
  if (by_stem_.empty()) return out;
  for (size_t n = std::min(norm.size(), max_stem_); n >= 1; --n) {
    auto it = by_stem_.find(norm.substr(0, n));
    if (it != by_stem_.end()) out.insert(out.end(), it->second.begin(), it->second.end());
  }
  std::stable_sort(out.begin(), out.end(),
                   [&](uint32_t a, uint32_t b) { return CompareSpecificity(patterns_[a], patterns_[b]) < 0; });
  out.erase(std::unique(out.begin(), out.end()), out.end());
  return out;
}

void VerbDictionary::SortBySpecificity(std::vector<uint32_t>* list) const {
  std::sort(list->begin(), list->end(), [&](uint32_t a, uint32_t b) {
    int c = CompareSpecificity(patterns_[a], patterns_[b]);
    return c != 0 ? c < 0 : a < b;
  });
  list->erase(std::unique(list->begin(), list->end()), list->end());
}

void VerbDictionary::Finish() {
  auto order = [&](uint32_t a, uint32_t b) { return CompareSpecificity(patterns_[a], patterns_[b]) < 0; };
  for (auto* index : {&by_anchor_, &by_anchor_all_, &by_stem_})
    for (auto& [anchor, list] : *index) std::stable_sort(list.begin(), list.end(), order);
  lemma_ids_.clear();
  lemma_ids_flat_.Clear();
  for (VerbPattern& p : patterns_)
    for (PatternElem& e : p.elems) {
      e.word_ids.clear();
      for (const std::string& w : e.words) {
        auto [it, added] = lemma_ids_.emplace(w, static_cast<uint32_t>(lemma_ids_.size() + 1));
        e.word_ids.push_back(it->second);
      }
    }
  lemma_ids_flat_.Build(lemma_ids_);
  required_.assign(patterns_.size(), AnchorCandidate{});
  choice_bits_.assign(1, LemmaBits{});
  for (size_t i = 0; i < patterns_.size(); ++i) {
    const VerbPattern& p = patterns_[i];
    AnchorCandidate& c = required_[i];
    c.pattern = static_cast<uint32_t>(i);
    for (size_t k = 0; k < p.elems.size() && c.n < 3; ++k) {
      const PatternElem& e = p.elems[k];
      if (k != p.anchor && e.kind == PatternElem::Kind::kWord && e.words.size() == 1 && e.stems.empty()) {
        uint8_t pos = LemmaIdBit(e.word_ids[0]);
        if (std::find(c.bit, c.bit + c.n, pos) == c.bit + c.n) c.bit[c.n++] = pos;
      }
    }
    // The smallest choice of lemmas (no stems: a stem matches words of other lemmas).
    size_t best = 0;
    for (size_t k = 0; k < p.elems.size(); ++k) {
      const PatternElem& e = p.elems[k];
      if (k == p.anchor || e.kind != PatternElem::Kind::kWord || e.words.size() < 2 || !e.stems.empty()) continue;
      if (best == 0 || e.words.size() < p.elems[best - 1].words.size()) best = k + 1;
    }
    if (best) {
      LemmaBits b;
      for (uint32_t id : p.elems[best - 1].word_ids) b.Set(LemmaIdBit(id));
      c.choice = static_cast<uint32_t>(choice_bits_.size());
      choice_bits_.push_back(b);
    }
  }
  candidates_by_id_.assign(lemma_ids_.size() + 1, {});
  for (const auto& [anchor, list] : by_anchor_all_) {
    auto& c = candidates_by_id_[LemmaId(anchor)];
    c.reserve(list.size());
    for (uint32_t i : list) c.push_back(required_[i]);
  }
  bit_index_.assign(candidates_by_id_.size(), {});
  for (size_t id = 0; id < candidates_by_id_.size(); ++id) {
    const auto& c = candidates_by_id_[id];
    if (c.size() < 64) continue;
    BitIndex& x = bit_index_[id];
    x.start.assign(257, 0);
    for (const AnchorCandidate& a : c)
      if (a.n) ++x.start[a.bit[0] + 1];
    for (size_t b = 0; b < 256; ++b) x.start[b + 1] += x.start[b];
    x.by_bit.resize(x.start[256]);
    std::vector<uint32_t> fill(x.start.begin(), x.start.end() - 1);
    x.free_mask.assign((c.size() + 63) / 64, 0);
    for (uint32_t pos = 0; pos < c.size(); ++pos) {
      if (c[pos].n) {
        x.by_bit[fill[c[pos].bit[0]]++] = pos;
      } else {
        x.free.push_back(pos);
        x.free_mask[pos >> 6] |= uint64_t{1} << (pos & 63);
      }
    }
  }
  // Large choices are searched by bisection (WordMatches).
  for (VerbPattern& p : patterns_)
    for (PatternElem& e : p.elems) {
      if (e.word_ids.size() > 8) std::sort(e.word_ids.begin(), e.word_ids.end());
      // Surface forms by hash, and the stems the forms do not spell out (WordMatches).
      e.form_hashes.clear();
      for (const std::string& f : e.forms) e.form_hashes.push_back(FastHash(f));
      std::sort(e.form_hashes.begin(), e.form_hashes.end());
      e.stems_beyond_forms.clear();
      for (const std::string& st : e.stems)
        if (std::find(e.forms.begin(), e.forms.end(), st) == e.forms.end()) e.stems_beyond_forms.push_back(st);
      e.sorted_stems = e.stems;
      for (auto* list : {&e.stems_beyond_forms, &e.sorted_stems}) std::sort(list->begin(), list->end());
      auto shortest = [](const std::vector<std::string>& l) {
        size_t n = SIZE_MAX;
        for (const std::string& st : l) n = std::min(n, st.size());
        return l.empty() ? 0 : n;
      };
      e.min_stem_beyond_forms = shortest(e.stems_beyond_forms);
      e.min_sorted_stem = shortest(e.sorted_stems);
      e.ids_only = e.forms.empty() && e.stems.empty() && !e.word_ids.empty();
      for (uint64_t& w : e.word_bits) w = 0;
      for (uint32_t id : e.word_ids) e.word_bits[LemmaIdBit(id) >> 6] |= uint64_t{1} << (LemmaIdBit(id) & 63);
      e.matcher_ready = true;
    }
}

std::string FormatPattern(const VerbPattern& p) {
  std::string out = p.null_event ? (p.special == '#' ? "###" : p.special == '+' ? "+++" : "---") : p.code;
  if (!p.paired_code.empty()) out += ":" + p.paired_code;
  out += " [" + p.id + "]";
  bool compound = false;
  for (const auto& e : p.elems) compound = compound || e.compound;
  if (p.reciprocal && !compound) out += " ~";
  out += " =";
  bool explicit_anchor = false;
  for (size_t i = 0; i < p.anchor; ++i)
    if (p.elems[i].kind == PatternElem::Kind::kWord) explicit_anchor = true;
  if (p.anchor != 0 && !explicit_anchor) explicit_anchor = true;  // starts with a slot
  for (size_t i = 0; i < p.elems.size(); ++i) {
    const PatternElem& e = p.elems[i];
    out += e.adjacent && i > 0 ? "_" : " ";
    if (i == p.anchor && explicit_anchor) out += "@";
    switch (e.kind) {
      case PatternElem::Kind::kGap: out += "*"; break;
      case PatternElem::Kind::kSource: out += e.compound ? "%" : "$"; break;
      case PatternElem::Kind::kTarget: out += e.compound ? "%" : "+"; break;
      case PatternElem::Kind::kWord: {
        // Stems as "stem*" (reading one back adds the stem's own lemma again), forms as
        // "=form" (which adds the form's lemma).
        std::vector<std::string> items;
        for (const auto& s : e.stems) items.push_back(s + "*");
        for (const auto& f : e.forms) items.push_back("=" + f);
        for (const auto& w : e.words)
          if (std::find(e.stems.begin(), e.stems.end(), w) == e.stems.end() && e.forms.empty()) items.push_back(w);
        if (items.size() == 1) {
          out += items[0];
        } else {
          out += "(";
          for (size_t k = 0; k < items.size(); ++k) out += (k ? "|" : "") + items[k];
          out += ")";
        }
        break;
      }
    }
  }
  return out;
}

Status VerbDictionary::LoadFile(const std::string& path, const Lemmatizer& lemmatizer,
                                std::vector<std::string>* diagnostics) {
  auto text = ReadFile(path, size_t{256} << 20);
  if (!text.ok()) return text.status();
  return LoadText(*text, path, lemmatizer, diagnostics);
}

Status VerbDictionary::LoadText(std::string_view text, const std::string& name, const Lemmatizer& lemmatizer,
                                std::vector<std::string>* diagnostics) {
  size_t lineno = 0, pos = 0;
  auto diag = [&](const std::string& m) {
    if (diagnostics) diagnostics->push_back(name + ":" + std::to_string(lineno) + ": " + m);
  };
  if (size_t bad = FindInvalidUtf8(text); bad != std::string_view::npos) {
    lineno = LineOf(text, bad);
    diag("invalid UTF-8; the rest of the file is skipped");
    size_t cut = text.rfind('\n', bad);
    text = text.substr(0, cut == std::string_view::npos ? 0 : cut);
  }
  while (pos < text.size()) {
    size_t eol = text.find('\n', pos);
    if (eol == std::string_view::npos) eol = text.size();
    std::string_view line = text.substr(pos, eol - pos);
    pos = eol + 1;
    ++lineno;
    // '#' starts a comment, except in the codes "###" of a discarding null pattern.
    for (size_t hash = line.find('#'); hash != std::string_view::npos; hash = line.find('#', hash + 1)) {
      if (hash == 0 && StartsWith(line, "###")) {
        hash += 2;
        continue;
      }
      line = line.substr(0, hash);
      break;
    }
    line = Trim(line);
    if (line.empty()) continue;
    size_t eq = line.find(" = ");
    if (eq == std::string_view::npos) {
      diag("expected 'CODE [id] = pattern'");
      continue;
    }
    std::string_view head = Trim(line.substr(0, eq));
    std::string_view pattern = Trim(line.substr(eq + 3));
    std::string code, id = name + ":" + std::to_string(lineno);
    bool reciprocal = false;
    bool bad = false;
    for (auto f : Split(head, ' ')) {
      f = Trim(f);
      if (f.empty()) continue;
      if (code.empty()) {
        code = std::string(f);
        VerbPattern probe;
        if (std::string err = SetPatternCode(probe, code); !err.empty()) {
          diag(err);
          bad = true;
          break;
        }
      } else if (f == "~") {
        reciprocal = true;
      } else if (f.front() == '[' && f.back() == ']') {
        id = std::string(f.substr(1, f.size() - 2));
      } else {
        diag("unexpected '" + std::string(f) + "' before '='");
        bad = true;
        break;
      }
    }
    if (bad || code.empty()) continue;
    std::string err = AddPattern(code, id, reciprocal, pattern, lemmatizer);
    if (!err.empty()) diag(err);
  }
  return Status::Ok();
}

}  // namespace entente
