#include "dict/field_options.h"

#include <cctype>

#include "common/text.h"
#include "entente/analysis.h"

namespace entente {
using namespace std::literals;
namespace {

std::string UpperCopy(std::string_view s) {
  std::string out(s);
  for (char& c : out) c = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
  return out;
}

// "SET: CONVERT AGENT = TRUE" -> key "CONVERT AGENT", value "TRUE" (blanks collapsed).
bool KeyValue(std::string_view arg, std::string* key, std::string* value) {
  size_t eq = arg.find('=');
  if (eq == std::string_view::npos) return false;
  std::string k;
  for (char c : Trim(arg.substr(0, eq))) {
    if (c == ' ' || c == '\t') {
      if (!k.empty() && k.back() != ' ') k.push_back(' ');
    } else {
      k.push_back(c);
    }
  }
  *key = UpperCopy(k);
  *value = UpperCopy(Trim(arg.substr(eq + 1)));
  return true;
}

}  // namespace

bool FieldOptions::Apply(std::string_view command, std::string* error) {
  size_t colon = command.find(':');
  if (colon == std::string_view::npos) return false;
  std::string cmd = UpperCopy(Trim(command.substr(0, colon)));
  std::string_view arg = Trim(command.substr(colon + 1));
  auto fail = [&](const std::string& why) {
    if (error) *error = why;
    return false;
  };
  if (cmd == "SET") {
    std::string a = UpperCopy(Trim(arg));
    if (a == "CODE BY CLAUSE" || a == "CODE BY SENTENCE" || a == "CODE ALL") {
      code_by = a == "CODE ALL" ? CodeBy::kAll : a == "CODE BY SENTENCE" ? CodeBy::kSentence : CodeBy::kClause;
      return true;
    }
    std::string key, value;
    if (!KeyValue(arg, &key, &value)) return false;
    if (key == "MINIMUM WORDS") {
      int n = 0;
      for (char c : value) {
        if (c < '0' || c > '9') return fail("MINIMUM WORDS needs a number, not '" + value + "'");
        n = n * 10 + (c - '0');
        if (n > 10000) return fail("MINIMUM WORDS too large");
      }
      if (value.empty()) return fail("MINIMUM WORDS needs a number");
      min_words = n;
      return true;
    }
    if (key == "CONVERT AGENT") {
      if (value != "TRUE" && value != "FALSE") return fail("CONVERT AGENT needs TRUE or FALSE, not '" + value + "'");
      convert_agent = value == "TRUE";
      return true;
    }
    return false;
  }
  if (cmd == "COMMA") {
    // COMMA: OFF | COMMA: MIN = 2 MAX = 10 EMIN = 2 EMAX = 10 BMIN = 255 BMAX = 0 (any subset)
    std::string a = UpperCopy(arg);
    if (Trim(a) == "OFF") {
      comma = false;
      return true;
    }
    FieldOptions next = *this;
    size_t i = 0;
    int fields = 0;
    while (i < a.size()) {
      while (i < a.size() && (a[i] == ' ' || a[i] == '\t')) ++i;
      if (i >= a.size()) break;
      size_t eq = a.find('=', i);
      if (eq == std::string::npos) return fail("expected NAME = number in '" + std::string(arg) + "'");
      std::string key(Trim(std::string_view(a).substr(i, eq - i)));
      size_t v = eq + 1;
      while (v < a.size() && a[v] == ' ') ++v;
      size_t e = v;
      int n = 0;
      while (e < a.size() && a[e] >= '0' && a[e] <= '9' && n < 100000) n = n * 10 + (a[e++] - '0');
      if (e == v) return fail("COMMA: " + key + " needs a number");
      int* slot = key == "MIN" ? &next.comma_min : key == "MAX" ? &next.comma_max : key == "EMIN" ? &next.comma_emin
                : key == "EMAX" ? &next.comma_emax : key == "BMIN" ? &next.comma_bmin : key == "BMAX" ? &next.comma_bmax
                : nullptr;
      if (!slot) return fail("unknown COMMA: setting '" + key + "'");
      *slot = n;
      ++fields;
      i = e;
    }
    if (!fields) return fail("COMMA: needs OFF or settings");
    next.comma = true;
    *this = next;
    return true;
  }
  if (cmd == "COMPLEX") {
    // COMPLEX: VERBS[5] CONJ[4] NOACTPRIOR EXPLAIN
    std::string a = UpperCopy(arg);
    int verbs = 0, conj = 0;
    for (const char* key : {"VERBS", "CONJ"}) {
      size_t k = a.find(key);
      if (k == std::string::npos) continue;
      size_t open = k + std::string_view(key).size();
      if (open >= a.size() || a[open] != '[') return fail(std::string("COMPLEX: ") + key + " needs [n]");
      size_t e = open + 1;
      int n = 0;
      while (e < a.size() && a[e] >= '0' && a[e] <= '9' && n < 10000) n = n * 10 + (a[e++] - '0');
      if (e == open + 1 || e >= a.size() || a[e] != ']') return fail(std::string("COMPLEX: ") + key + " needs [n]");
      (key[0] == 'V' ? verbs : conj) = n;
    }
    complex_verbs = verbs;
    complex_conj = conj;
    return true;
  }
  if (cmd == "FORWARD") {
    // FORWARD: <template> | FORWARD: <template> OFF | FORWARD: OFF
    // (DOC, TABARI's switch for FBIS document ids, changes nothing here.)
    std::string a = UpperCopy(Trim(arg));
    std::vector<std::string> words;
    for (size_t i = 0; i < a.size();) {
      size_t e = a.find_first_of(" \t", i);
      if (e == std::string::npos) e = a.size();
      if (e > i) words.push_back(a.substr(i, e - i));
      i = e + 1;
    }
    if (words.empty()) return fail("FORWARD: needs a template or OFF");
    const std::string tmpl = words.front();
    bool off = tmpl == "OFF";
    for (size_t k = 1; k < words.size(); ++k) {
      if (words[k] == "OFF") off = true;
      else if (words[k] != "DOC") return fail("FORWARD: unexpected '" + words[k] + "'");
    }
    if (off) {
      forward_template.clear();
      forward_actor.clear();
      return true;
    }
    if (tmpl.find('N') == std::string::npos) return fail("FORWARD: template '" + tmpl + "' has no story (N) positions");
    forward_template = tmpl;
    forward_actor.clear();
    return true;
  }
  if (cmd == "DEFAULT") {
    // DEFAULT: OFF | DEFAULT: [SOURCE [CODE] [PRIOR]] [TARGET [CODE] [AFTER]]
    std::string a = UpperCopy(arg);
    if (Trim(a) == "OFF") {
      default_source.clear(), default_target.clear();
      default_prior = default_after = false;
      return true;
    }
    FieldOptions next = *this;
    std::string* slot = nullptr;
    size_t i = 0;
    while (i < a.size()) {
      if (a[i] == ' ' || a[i] == '\t') {
        ++i;
        continue;
      }
      if (a[i] == '[') {
        size_t close = a.find(']', i);
        if (close == std::string::npos) return fail("'[' without ']'");
        if (!slot) return fail("a code before SOURCE or TARGET");
        *slot = std::string(Trim(std::string_view(a).substr(i + 1, close - i - 1)));
        if (slot->empty()) return fail("an empty code");
        slot = nullptr;
        i = close + 1;
        continue;
      }
      size_t e = a.find_first_of(" \t[", i);
      std::string word = a.substr(i, e == std::string::npos ? std::string::npos : e - i);
      i = e == std::string::npos ? a.size() : e;
      if (word == "SOURCE") slot = &next.default_source;
      else if (word == "TARGET") slot = &next.default_target;
      else if (word == "PRIOR") next.default_prior = true;
      else if (word == "AFTER") next.default_after = true;
      else return fail("unknown DEFAULT word '" + word + "'");
    }
    if (slot) return fail("SOURCE or TARGET without a [code]");
    *this = next;
    return true;
  }
  return false;
}

std::string FieldOptions::StoryOf(std::string_view id_field) const {
  std::string story;
  for (size_t i = 0; i < forward_template.size(); ++i) {
    if (forward_template[i] != 'N') continue;
    if (i >= id_field.size()) return "";
    story.push_back(id_field[i]);
  }
  return story;
}

std::string ForwardedActor(const std::vector<Mention>& mentions) {
  for (const Mention& m : mentions) {
    if (m.pronoun || m.code.size() < 3 || m.code[0] == '~') continue;
    return m.code.substr(0, 3);
  }
  return "";
}

bool DropCommaPhrases(const FieldOptions& f, Sentence* s) {
  if (!f.comma) return false;
  std::vector<Token>& t = s->tokens;
  size_t n = t.size();
  while (n > 0 && t[n - 1].punct && t[n - 1].norm != ","sv) --n;  // the final period stays
  std::vector<size_t> commas;
  for (size_t i = 0; i < n; ++i)
    if (t[i].punct && t[i].norm == ","sv) commas.push_back(i);
  if (commas.empty()) return false;
  auto words = [&](size_t from, size_t to) {
    int w = 0;
    for (size_t i = from; i < to; ++i) w += !t[i].punct;
    return w;
  };
  std::vector<bool> drop(t.size(), false);
  auto mark = [&](size_t from, size_t to) {
    for (size_t i = from; i < to; ++i) drop[i] = true;
  };
  bool any = false;
  // Inside first: between two commas (one comma stays); not a member of a list ("Mordor,
  // the awful Fornost, and Gondor").
  for (size_t k = 0; k + 1 < commas.size(); ++k) {
    size_t after = commas[k + 1] + 1;
    if (after < t.size() && (t[after].norm == "and"sv || t[after].norm == "or"sv)) continue;
    if (drop[commas[k]]) continue;
    if (int w = words(commas[k] + 1, commas[k + 1]); w >= f.comma_min && w <= f.comma_max)
      mark(commas[k] + 1, commas[k + 1] + 1), any = true;  // one comma stays between the sides
  }
  // Then, of the commas left, the words before the first (at the start) and after the last
  // (at the end).
  std::vector<size_t> left;
  for (size_t k = 0; k < commas.size(); ++k)  // a comma standing for a dropped phrase is no boundary
    if (!drop[commas[k]] && !(k + 1 < commas.size() && drop[commas[k] + 1] && drop[commas[k + 1]]))
      left.push_back(commas[k]);
  if (!left.empty()) {
    if (int w = words(0, left.front()); w >= f.comma_bmin && w <= f.comma_bmax) mark(0, left.front() + 1), any = true;
    const size_t after = left.back() + 1;
    const bool list = after < t.size() && (t[after].norm == "and"sv || t[after].norm == "or"sv);
    if (int w = words(after, n); w >= f.comma_emin && w <= f.comma_emax && !drop[left.back()] && !list)
      mark(left.back(), n), any = true;
  }
  if (!any) return false;
  std::vector<Token> kept;
  kept.reserve(t.size());
  for (size_t i = 0; i < t.size(); ++i)
    if (!drop[i]) kept.push_back(std::move(t[i]));
  t = std::move(kept);
  return true;
}

}  // namespace entente
