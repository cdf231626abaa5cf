#include "time/timeml.h"

#include <algorithm>
#include <cstdlib>
#include <optional>

namespace entente {
namespace {

void Escape(std::string& out, std::string_view s, bool attribute) {
  for (char c : s) {
    switch (c) {
      case '&': out += "&amp;"; break;
      case '<': out += "&lt;"; break;
      case '>': out += "&gt;"; break;
      case '"':
        if (attribute) {
          out += "&quot;";
          break;
        }
        [[fallthrough]];
      default: out += c;
    }
  }
}

}  // namespace

std::string ToTimeMl(const std::string& doc_id, const std::string& text, const std::string& published,
                     const std::vector<TimeExpr>& times) {
  std::string out =
      "<?xml version=\"1.0\" ?>\n<TimeML xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\" "
      "xsi:noNamespaceSchemaLocation=\"http://timeml.org/timeMLdocs/TimeML_1.2.1.xsd\">\n\n<DOCID>";
  Escape(out, doc_id, false);
  out += "</DOCID>\n\n";
  const bool dct = !published.empty();
  if (dct) {
    out += "<DCT><TIMEX3 tid=\"t0\" type=\"DATE\" value=\"";
    Escape(out, published, true);
    out += "\" temporalFunction=\"false\" functionInDocument=\"CREATION_TIME\">";
    Escape(out, published, false);
    out += "</TIMEX3></DCT>\n\n";
  }
  out += "<TEXT>\n";
  size_t at = 0;
  int tid = 0;
  for (const TimeExpr& t : times) {
    if (t.begin < at || t.end > text.size() || t.end <= t.begin) continue;  // overlapping or out of range
    Escape(out, std::string_view(text).substr(at, t.begin - at), false);
    out += "<TIMEX3 tid=\"t" + std::to_string(++tid) + "\" type=\"" + t.type + "\" value=\"";
    Escape(out, t.value, true);
    out += "\" temporalFunction=\"";
    out += t.relative ? "true" : "false";
    out += "\" functionInDocument=\"NONE\"";
    if (t.relative && dct) out += " anchorTimeID=\"t0\"";
    out += ">";
    Escape(out, std::string_view(text).substr(t.begin, t.end - t.begin), false);
    out += "</TIMEX3>";
    at = t.end;
  }
  Escape(out, std::string_view(text).substr(at), false);
  out += "\n</TEXT>\n\n</TimeML>\n";
  return out;
}

namespace {

int LineOf(std::string_view s, size_t pos) {
  return 1 + static_cast<int>(std::count(s.begin(), s.begin() + static_cast<long>(std::min(pos, s.size())), '\n'));
}

// XML's five named references and numeric ones ("&#8217;", "&#x2019;"), as UTF-8.
void AppendDecoded(std::string& out, std::string_view s) {
  for (size_t i = 0; i < s.size(); ++i) {
    if (s[i] != '&') {
      out += s[i];
      continue;
    }
    size_t semi = s.find(';', i);
    if (semi == std::string_view::npos || semi - i > 10) {
      out += s[i];
      continue;
    }
    std::string_view name = s.substr(i + 1, semi - i - 1);
    long cp = -1;
    if (name == "amp") cp = '&';
    else if (name == "lt") cp = '<';
    else if (name == "gt") cp = '>';
    else if (name == "quot") cp = '"';
    else if (name == "apos") cp = '\'';
    else if (name.size() > 1 && name[0] == '#') {
      const bool hex = name[1] == 'x' || name[1] == 'X';
      std::string digits(name.substr(hex ? 2 : 1));
      char* end = nullptr;
      cp = digits.empty() ? -1 : std::strtol(digits.c_str(), &end, hex ? 16 : 10);
      if (end == nullptr || *end != '\0' || cp <= 0 || cp > 0x10FFFF) cp = -1;
    }
    if (cp < 0) {
      out += s[i];
      continue;
    }
    if (cp < 0x80) {
      out += static_cast<char>(cp);
    } else if (cp < 0x800) {
      out += static_cast<char>(0xC0 | (cp >> 6));
      out += static_cast<char>(0x80 | (cp & 0x3F));
    } else if (cp < 0x10000) {
      out += static_cast<char>(0xE0 | (cp >> 12));
      out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
      out += static_cast<char>(0x80 | (cp & 0x3F));
    } else {
      out += static_cast<char>(0xF0 | (cp >> 18));
      out += static_cast<char>(0x80 | ((cp >> 12) & 0x3F));
      out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
      out += static_cast<char>(0x80 | (cp & 0x3F));
    }
    i = semi;
  }
}

// The value of attribute `name` in a start tag's text ("TIMEX3 tid=\"t1\" ..."), decoded.
std::string Attribute(std::string_view tag, std::string_view name) {
  for (size_t p = tag.find(name); p != std::string_view::npos; p = tag.find(name, p + 1)) {
    if (p == 0 || (tag[p - 1] != ' ' && tag[p - 1] != '\t' && tag[p - 1] != '\n')) continue;
    size_t q = p + name.size();
    while (q < tag.size() && tag[q] == ' ') ++q;
    if (q >= tag.size() || tag[q] != '=') continue;
    ++q;
    while (q < tag.size() && tag[q] == ' ') ++q;
    if (q >= tag.size() || (tag[q] != '"' && tag[q] != '\'')) continue;
    const size_t close = tag.find(tag[q], q + 1);
    if (close == std::string_view::npos) return "";
    std::string out;
    AppendDecoded(out, tag.substr(q + 1, close - q - 1));
    return out;
  }
  return "";
}

// The name of a tag's text: "TIMEX3" of "TIMEX3 tid=...", "/TIMEX3" of "/TIMEX3".
std::string_view TagName(std::string_view tag) {
  size_t e = 0;
  while (e < tag.size() && tag[e] != ' ' && tag[e] != '\t' && tag[e] != '\n' && tag[e] != '/') ++e;
  if (e == 0 && !tag.empty() && tag[0] == '/') {
    e = 1;
    while (e < tag.size() && tag[e] != ' ' && tag[e] != '>') ++e;
  }
  return tag.substr(0, e);
}

}  // namespace

Result<TimeMlDocument> ReadTimeMl(std::string_view xml, const std::string& name) {
  TimeMlDocument doc;
  const size_t dct = xml.find("<DCT>");
  if (dct != std::string_view::npos) {
    const size_t t = xml.find("<TIMEX3", dct);
    const size_t close = t == std::string_view::npos ? t : xml.find('>', t);
    if (close != std::string_view::npos) doc.dct = Attribute(xml.substr(t + 1, close - t - 1), "value");
  }
  const size_t open = xml.find("<TEXT>");
  const size_t end = open == std::string_view::npos ? open : xml.find("</TEXT>", open);
  if (open == std::string_view::npos || end == std::string_view::npos)
    return Status::Corrupt(name + ": no <TEXT>...</TEXT>");
  const std::string_view body = xml.substr(open + 6, end - open - 6);
  std::optional<TimeMlDocument::Timex> current;
  for (size_t i = 0; i < body.size();) {
    const size_t lt = body.find('<', i);
    AppendDecoded(doc.text, body.substr(i, lt == std::string_view::npos ? std::string_view::npos : lt - i));
    if (lt == std::string_view::npos) break;
    const size_t gt = body.find('>', lt);
    if (gt == std::string_view::npos)
      return Status::Corrupt(name + ":" + std::to_string(LineOf(xml, open + 6 + lt)) + ": a tag is left open");
    const std::string_view tag = body.substr(lt + 1, gt - lt - 1);
    const std::string_view tag_name = TagName(tag);
    if (tag_name == "TIMEX3") {
      if (current)
        return Status::Corrupt(name + ":" + std::to_string(LineOf(xml, open + 6 + lt)) + ": a TIMEX3 inside a TIMEX3");
      TimeMlDocument::Timex x;
      x.begin = static_cast<uint32_t>(doc.text.size());
      x.tid = Attribute(tag, "tid");
      x.type = Attribute(tag, "type");
      x.value = Attribute(tag, "value");
      x.temporal_function = Attribute(tag, "temporalFunction");
      if (!tag.empty() && tag.back() == '/') {  // <TIMEX3 ... />: an empty (implicit) one
        x.end = x.begin;
        doc.timexes.push_back(std::move(x));
      } else {
        current = std::move(x);
      }
    } else if (tag_name == "/TIMEX3") {
      if (!current)
        return Status::Corrupt(name + ":" + std::to_string(LineOf(xml, open + 6 + lt)) + ": </TIMEX3> without <TIMEX3>");
      current->end = static_cast<uint32_t>(doc.text.size());
      doc.timexes.push_back(std::move(*current));
      current.reset();
    }
    i = gt + 1;
  }
  if (current) return Status::Corrupt(name + ": a TIMEX3 (" + current->tid + ") is never closed");
  return doc;
}

std::string TimeMlFileName(const std::string& doc_id) {
  std::string name;
  for (char c : doc_id) {
    const bool keep = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '.' ||
                      c == '-' || c == '_';
    name += keep ? c : '_';
  }
  if (name.empty() || name[0] == '.') name.insert(name.begin(), '_');
  return name + ".tml";
}

}  // namespace entente
