#include "dict/verb_dictionary.h"

#include <algorithm>

#include "common/file.h"
#include "common/text.h"

namespace entente {

static std::string LemmaOf(std::string_view w, const Lemmatizer& lemmatizer) {
  std::string folded = FoldText(w);
  return lemmatizer.Lemma(folded);
}

std::string VerbDictionary::AddPattern(std::string code, std::string id, bool reciprocal, std::string_view pattern,
                                       const Lemmatizer& lemmatizer) {
  VerbPattern p;
  p.code = std::move(code);
  p.id = std::move(id);
  p.reciprocal = reciprocal;
  bool anchored = false;
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
  for (const std::string& t : toks) {
    PatternElem e;
    if (t == "+") {
      if (p.has_target) return "two '+' slots";
      e.kind = PatternElem::Kind::kTarget;
      p.has_target = true;
    } else if (t == "$") {
      if (p.has_source) return "two '$' slots";
      e.kind = PatternElem::Kind::kSource;
      p.has_source = true;
    } else if (t == "*") {
      e.kind = PatternElem::Kind::kGap;
    } else if (t.front() == '(') {
      if (t.back() != ')') return "bad choice '" + t + "'";
      for (auto w : Split(std::string_view(t).substr(1, t.size() - 2), '|')) {
        w = Trim(w);
        if (w.empty()) return "empty word in choice '" + t + "'";
        e.words.push_back(LemmaOf(w, lemmatizer));
      }
      ++p.specificity;
      if (!anchored) {
        p.anchor = p.elems.size();
        anchored = true;
      }
    } else {
      for (char c : t)
        if (c == '+' || c == '$' || c == '*' || c == '(' || c == ')' || c == '|')
          return "bad word '" + t + "'";
      e.words.push_back(LemmaOf(t, lemmatizer));
      ++p.specificity;
      if (!anchored) {
        p.anchor = p.elems.size();
        anchored = true;
      }
    }
    p.elems.push_back(std::move(e));
  }
  if (!anchored) return "a pattern needs a literal word (its anchor)";
  if (p.elems.front().kind == PatternElem::Kind::kGap) return "a pattern cannot start with '*'";
  uint32_t idx = static_cast<uint32_t>(patterns_.size());
  for (const std::string& w : p.elems[p.anchor].words) {
    auto& list = by_anchor_[w];
    if (list.empty() || list.back() != idx) list.push_back(idx);
  }
  patterns_.push_back(std::move(p));
  return "";
}

const std::vector<uint32_t>* VerbDictionary::ByAnchor(std::string_view lemma) const {
  auto it = by_anchor_.find(lemma);
  return it == by_anchor_.end() ? nullptr : &it->second;
}

void VerbDictionary::Finish() {
  for (auto& [anchor, list] : by_anchor_) {
    std::stable_sort(list.begin(), list.end(), [&](uint32_t a, uint32_t b) {
      const VerbPattern& pa = patterns_[a];
      const VerbPattern& pb = patterns_[b];
      if (pa.specificity != pb.specificity) return pa.specificity > pb.specificity;
      return pa.elems.size() > pb.elems.size();
    });
  }
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
    size_t hash = line.find('#');
    if (hash != std::string_view::npos) line = line.substr(0, hash);
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
        if (code.size() < 3 || code.size() > 4 ||
            !std::all_of(code.begin(), code.end(), [](char c) { return c >= '0' && c <= '9'; })) {
          diag("bad CAMEO code '" + code + "'");
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
