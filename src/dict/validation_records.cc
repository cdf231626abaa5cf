#include "dict/validation_records.h"

#include <filesystem>
#include <set>
#include <tuple>

#include "common/text.h"
#include "dict/dict_source.h"

namespace entente {

bool ExpectedEvent::operator<(const ExpectedEvent& o) const {
  return std::tie(source, target, code) < std::tie(o.source, o.target, o.code);
}
bool ExpectedEvent::operator==(const ExpectedEvent& o) const {
  return source == o.source && target == o.target && code == o.code;
}
std::string ExpectedEvent::ToString() const { return source + "/" + (target.empty() ? "-" : target) + "/" + code; }

namespace {

bool IsDigit(char c) { return c >= '0' && c <= '9'; }

// "950101" (YYMMDD, 00-30 = 20YY) or "19950101" -> "1995-01-01"; "" when malformed.
std::string IsoFromCompact(std::string_view s) {
  std::string digits;
  for (char c : s)
    if (IsDigit(c)) digits.push_back(c);
  std::string y, m, d;
  if (digits.size() >= 8 && (digits[0] == '1' || digits[0] == '2') && (digits.compare(0, 2, "19") == 0 || digits.compare(0, 2, "20") == 0)) {
    y = digits.substr(0, 4), m = digits.substr(4, 2), d = digits.substr(6, 2);
  } else if (digits.size() >= 6) {
    int yy = std::stoi(digits.substr(0, 2));
    y = std::to_string(yy <= 30 ? 2000 + yy : 1900 + yy), m = digits.substr(2, 2), d = digits.substr(4, 2);
  } else {
    return "";
  }
  int mi = std::stoi(m), di = std::stoi(d);
  if (mi < 1 || mi > 12 || di < 1 || di > 31) return "";
  return y + "-" + m + "-" + d;
}

// "950101  DEMO-01" (optionally a third field): the date and id, or false.
bool TabariHeader(std::string_view line, std::string* date, std::string* id, std::string* id_field) {
  size_t i = 0;
  while (i < line.size() && IsDigit(line[i])) ++i;
  if (i < 6 || i > 8 || i >= line.size() || (line[i] != ' ' && line[i] != '\t')) return false;
  std::string_view rest = Trim(line.substr(i));
  if (rest.empty()) return false;
  size_t sp = rest.find_first_of(" \t");
  std::string_view first = rest.substr(0, sp);
  if (sp != std::string_view::npos) {
    std::string_view third = Trim(rest.substr(sp));
    if (third.find_first_of(" \t") != std::string_view::npos) return false;  // a sentence, not a header
  }
  *date = IsoFromCompact(line.substr(0, std::min<size_t>(i, 6)));
  *id = std::string(first);
  std::string_view field = line.substr(std::min<size_t>(i, 6));
  while (!field.empty() && (field.back() == ' ' || field.back() == '\t' || field.back() == '\r')) field.remove_suffix(1);
  *id_field = std::string(field);
  return true;
}

void ParseTabariBlock(std::string_view block, ValidationRecord* r) {
  // Annotations start with a literal backslash-n.
  bool stopped = false, none = false, option = false;
  std::string none_note;
  size_t pos = 0;
  std::vector<std::string_view> segments;
  while (true) {
    size_t at = block.find("\\n", pos);
    if (at == std::string_view::npos) break;
    size_t next = block.find("\\n", at + 2);
    segments.push_back(block.substr(at + 2, next == std::string_view::npos ? std::string_view::npos : next - at - 2));
    if (next == std::string_view::npos) break;
    pos = next;
  }
  for (std::string_view seg : segments) {
    std::string_view t = Trim(seg);
    if (t.empty() || (t[0] != '{' && !(t[0] == '-' && t.size() > 1 && t[1] == '{'))) continue;
    size_t at = 0;
    while ((at = t.find('{', at)) != std::string_view::npos) {
      size_t close = t.find('}', at);
      // "{ OPTION: SET: MINIMUM WORDS = 4  */": an option group may lack its '}'.
      if (close == std::string_view::npos && StartsWith(Trim(t.substr(at + 1)), "OPTION:")) close = t.size();
      if (close == std::string_view::npos) break;
      bool dash = at > 0 && t[at - 1] == '-';
      std::string_view g = Trim(t.substr(at + 1, close - at - 1));
      at = close + 1;
      if (dash) stopped = true;
      if (StartsWith(g, "OPTION:")) {
        option = true;
        r->note = std::string(g);
        r->options.emplace_back(Trim(g.substr(7)));
        continue;
      }
      if (g == "---" || g == "###" || g == "+++") {
        if (!stopped) {
          none = true;
          none_note = "{" + std::string(g) + "}";
        }
        continue;
      }
      auto fields = Split(g, '/');
      if (fields.size() < 3 || fields.size() > 4) continue;
      ExpectedEvent e{std::string(Trim(fields[0])), std::string(Trim(fields[1])), std::string(Trim(fields[2]))};
      if (e.source.empty() || e.code.empty()) continue;
      if (stopped) {
        if (r->events.empty()) r->note = "-{ : the check is skipped";
        continue;
      }
      r->events.push_back(std::move(e));
    }
  }
  if (option) {
    r->expect = ValidationRecord::Expect::kOption;
  } else if (!r->events.empty()) {
    r->expect = ValidationRecord::Expect::kEvents;
    if (stopped) {
      r->partial = true;
      r->note = "-{ after the first groups: only those are checked";
    }
  } else if (none) {
    r->expect = ValidationRecord::Expect::kNone;
    r->note = none_note;
  } else {
    r->expect = ValidationRecord::Expect::kUnchecked;
    if (r->note.empty()) r->note = "no expected events given";
  }
}

// Attributes of a start tag: name="value" pairs (blanks around '=' allowed).
std::vector<std::pair<std::string, std::string>> Attributes(std::string_view tag) {
  std::vector<std::pair<std::string, std::string>> out;
  size_t i = 0;
  while (i < tag.size()) {
    while (i < tag.size() && !((tag[i] >= 'a' && tag[i] <= 'z') || (tag[i] >= 'A' && tag[i] <= 'Z'))) ++i;
    size_t s = i;
    while (i < tag.size() && ((tag[i] >= 'a' && tag[i] <= 'z') || (tag[i] >= 'A' && tag[i] <= 'Z') || tag[i] == '_')) ++i;
    std::string name(tag.substr(s, i - s));
    while (i < tag.size() && (tag[i] == ' ' || tag[i] == '\t' || tag[i] == '\n' || tag[i] == '\r')) ++i;
    if (i >= tag.size() || tag[i] != '=') continue;
    ++i;
    while (i < tag.size() && (tag[i] == ' ' || tag[i] == '\t' || tag[i] == '\n' || tag[i] == '\r')) ++i;
    if (i >= tag.size() || tag[i] != '"') continue;
    size_t e = tag.find('"', i + 1);
    if (e == std::string_view::npos) break;
    out.emplace_back(name, std::string(tag.substr(i + 1, e - i - 1)));
    i = e + 1;
  }
  return out;
}

std::string Attr(const std::vector<std::pair<std::string, std::string>>& attrs, const std::string& name) {
  for (const auto& [k, v] : attrs)
    if (k == name) return v;
  return "";
}

// `<!-- ... -->` blanked (newlines kept, so offsets and line numbers hold).
std::string BlankComments(std::string_view text) {
  std::string out(text);
  size_t pos = 0;
  while ((pos = out.find("<!--", pos)) != std::string::npos) {
    size_t end = out.find("-->", pos + 4);
    size_t stop = end == std::string::npos ? out.size() : end + 3;
    for (size_t i = pos; i < stop; ++i)
      if (out[i] != '\n') out[i] = ' ';
    pos = stop;
  }
  return out;
}

std::string Inner(std::string_view s, std::string_view open, std::string_view close, size_t from = 0) {
  size_t a = s.find(open, from);
  if (a == std::string_view::npos) return "";
  size_t b = s.find(close, a + open.size());
  if (b == std::string_view::npos) return "";
  return std::string(s.substr(a + open.size(), b - a - open.size()));
}

std::string JoinLines(std::string_view s) {
  std::string out;
  for (auto line : Split(s, '\n')) {
    line = Trim(line);
    if (line.empty()) continue;
    if (!out.empty()) out.push_back(' ');
    out += line;
  }
  return out;
}

std::string Code(std::string c) {
  c = std::string(Trim(c));
  if (!c.empty() && c[0] == '~') c = "---" + c.substr(1);  // UD-PETRARCH: '~' = unknown country
  return c;
}

}  // namespace

ValidationSuite ReadTabariRecords(std::string_view text, const std::string& name, std::vector<std::string>* diags) {
  ValidationSuite suite;
  std::vector<std::string> lines = SplitLines(text, false);
  bool after_final = false;
  size_t i = 0;
  while (i < lines.size()) {
    std::string date, id, id_field;
    if (!TabariHeader(lines[i], &date, &id, &id_field)) {
      ++i;
      continue;
    }
    ValidationRecord r;
    r.id = id;
    r.id_field = id_field;
    r.date = date;
    r.origin = name + ":" + std::to_string(i + 1);
    r.category = id.substr(0, id.find('-'));
    if (date.empty() && diags) diags->push_back(r.origin + ": bad record date in '" + lines[i] + "'");
    if (id == "FINAL-01") after_final = true;
    if (after_final) {
      r.scored = false;
      r.unscored_reason = "after FINAL-01";
    }
    ++i;
    std::string body, block;
    bool in_block = false, closed = false;
    for (; i < lines.size(); ++i) {
      std::string_view l = lines[i];
      if (!in_block) {
        std::string d2, id2, f2;
        if (TabariHeader(l, &d2, &id2, &f2)) break;  // a record without an annotation block
        if (!l.empty() && l[0] == '#') continue;
        size_t open = l.find("/*");
        if (open == std::string_view::npos) {
          body += std::string(l) + "\n";
          continue;
        }
        body += std::string(l.substr(0, open)) + "\n";
        in_block = true;
        l = l.substr(open + 2);
      }
      size_t close = l.find("*/");
      if (close != std::string_view::npos) {
        block += std::string(l.substr(0, close));
        closed = true;
        ++i;
        break;
      }
      block += std::string(l) + "\n";
    }
    r.text = JoinLines(body);
    if (in_block && !closed && diags) diags->push_back(r.origin + ": '/*' without '*/'");
    ParseTabariBlock(block, &r);
    suite.records.push_back(std::move(r));
  }
  return suite;
}

ValidationSuite ReadPetrarchRecords(std::string_view text, const std::string& name, std::vector<std::string>* diags) {
  namespace fs = std::filesystem;
  ValidationSuite suite;
  std::string clean = BlankComments(text);
  fs::path dir = fs::path(name).parent_path();
  std::string env = Inner(clean, "<Environment>", "</Environment>");
  for (const char* tag : {"Actorfile", "Agentfile", "Verbfile", "Discardfile"}) {
    std::string f(Trim(Inner(env, std::string("<") + tag + ">", std::string("</") + tag + ">")));
    if (!f.empty()) suite.dictionary_files.push_back((dir / f).string());
  }
  std::set<std::string> include;
  std::string include_text = Inner(env, "<Include>", "</Include>");
  for (auto c : Split(include_text, ' '))
    if (!Trim(c).empty()) include.emplace(Trim(c));
  size_t pos = 0;
  while ((pos = clean.find("<Sentence", pos)) != std::string::npos) {
    char after = pos + 9 < clean.size() ? clean[pos + 9] : '\0';
    if (after != ' ' && after != '>' && after != '\n' && after != '\t') {
      pos += 9;
      continue;  // <Sentences>
    }
    size_t tag_end = clean.find('>', pos);
    size_t end = clean.find("</Sentence>", pos);
    if (tag_end == std::string::npos || end == std::string::npos) {
      if (diags) diags->push_back(name + ":" + std::to_string(LineOf(clean, pos)) + ": <Sentence> without </Sentence>");
      break;
    }
    auto attrs = Attributes(std::string_view(clean).substr(pos + 9, tag_end - pos - 9));
    std::string_view inner = std::string_view(clean).substr(tag_end + 1, end - tag_end - 1);
    ValidationRecord r;
    r.id = Attr(attrs, "id");
    r.date = IsoFromCompact(Attr(attrs, "date"));
    r.category = Attr(attrs, "category");
    r.origin = name + ":" + std::to_string(LineOf(clean, pos));
    r.text = JoinLines(Inner(inner, "<Text>", "</Text>"));
    if (Attr(attrs, "evaluate") == "false") {
      r.scored = false;
      r.unscored_reason = "evaluate=\"false\"";
    } else if (!include.empty() && !include.count(r.category)) {
      r.scored = false;
      r.unscored_reason = "category " + r.category + " not in <Include>";
    }
    bool none = false;
    size_t at = 0;
    while ((at = inner.find("<EventCoding", at)) != std::string_view::npos) {
      size_t close = inner.find('>', at);
      if (close == std::string_view::npos) break;
      auto ea = Attributes(inner.substr(at + 12, close - at - 12));
      at = close + 1;
      std::string noevents = Attr(ea, "noevents"), error = Attr(ea, "error");
      if (!noevents.empty() && (noevents == "True" || noevents == "true")) {
        none = true;
        r.note = "noevents";
        continue;
      }
      if (!error.empty()) {
        none = true;
        r.note = "error=" + error;
        continue;
      }
      ExpectedEvent e{Code(Attr(ea, "sourcecode")), Code(Attr(ea, "targetcode")), Code(Attr(ea, "eventcode"))};
      if (e.code.empty()) {
        if (diags) diags->push_back(r.origin + ": <EventCoding> without eventcode in " + r.id);
        continue;
      }
      r.events.push_back(std::move(e));
    }
    if (!r.events.empty()) r.expect = ValidationRecord::Expect::kEvents;
    else if (none) r.expect = ValidationRecord::Expect::kNone;
    else {
      r.expect = ValidationRecord::Expect::kUnchecked;
      r.note = "no <EventCoding>";
    }
    if (r.text.empty() && diags) diags->push_back(r.origin + ": record " + r.id + " has no <Text>");
    suite.records.push_back(std::move(r));
    pos = end + 11;
  }
  return suite;
}

}  // namespace entente
