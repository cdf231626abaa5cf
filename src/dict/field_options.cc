#include "dict/field_options.h"

#include <cctype>

#include "common/text.h"

namespace entente {
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

}  // namespace entente
