#include "time/timeml.h"

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
