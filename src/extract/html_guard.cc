#include "extract/html_guard.h"

#include <cstring>
#include <string_view>
#include <vector>

namespace entente {
namespace {

inline char Lower(char c) { return (c >= 'A' && c <= 'Z') ? static_cast<char>(c - 'A' + 'a') : c; }

bool NameIs(std::string_view name, std::string_view lit) {
  if (name.size() != lit.size()) return false;
  for (size_t i = 0; i < lit.size(); ++i)
    if (Lower(name[i]) != lit[i]) return false;
  return true;
}

int ImpliedGroup(std::string_view name) {
  if (name.size() > 6) return 0;
  if (NameIs(name, "p")) return 1;
  if (NameIs(name, "li")) return 2;
  if (NameIs(name, "dt") || NameIs(name, "dd")) return 3;
  if (NameIs(name, "td") || NameIs(name, "th")) return 4;
  if (NameIs(name, "tr")) return 5;
  if (NameIs(name, "option")) return 6;
  return 0;
}

uint32_t NameHash(std::string_view name) {
  uint32_t h = 2166136261u;
  for (char c : name) h = (h ^ static_cast<unsigned char>(Lower(c))) * 16777619u;
  return h;
}

// Kinds of tag names by hash: 1 void, 2 raw text, 3 script, 10+group implied end.
struct NameKinds {
  std::vector<std::pair<uint32_t, int>> entries;
  NameKinds() {
    for (const char* v : {"br", "img", "meta", "link", "input", "hr", "wbr", "source", "area", "base", "col",
                          "embed", "param", "track", "keygen", "image", "frame", "basefont"})
      entries.push_back({NameHash(v), 1});
    for (const char* v : {"style", "textarea", "title", "xmp", "iframe", "noembed", "noframes", "plaintext"})
      entries.push_back({NameHash(v), 2});
    entries.push_back({NameHash("script"), 3});
    for (const char* v : {"p", "li", "dt", "dd", "td", "th", "tr", "option"})
      entries.push_back({NameHash(v), 10 + ImpliedGroup(v)});
  }
  int Of(uint32_t h) const {
    for (const auto& [eh, k] : entries)
      if (eh == h) return k;
    return 0;
  }
};

size_t FindCaseless(std::string_view hay, std::string_view needle, size_t from) {
  while (true) {
    size_t p = hay.find('<', from);
    if (p == std::string_view::npos || p + needle.size() > hay.size()) return std::string_view::npos;
    size_t k = 0;
    while (k < needle.size() && Lower(hay[p + k]) == needle[k]) ++k;
    if (k == needle.size()) return p;
    from = p + 1;
  }
}

// type="text/template", "text/x-template", "text/html": inert markup for scripts.
bool InertTemplate(std::string_view attrs) {
  size_t t = 0;
  while ((t = attrs.find("type", t)) != std::string_view::npos) {
    size_t v = t + 4;
    while (v < attrs.size() && (attrs[v] == ' ' || attrs[v] == '=' || attrs[v] == '"' || attrs[v] == '\'')) ++v;
    std::string val;
    while (v < attrs.size() && attrs[v] != '"' && attrs[v] != '\'' && attrs[v] != ' ' && attrs[v] != '>')
      val.push_back(Lower(attrs[v++]));
    if (val == "text/template" || val == "text/x-template" || val == "text/html") return true;
    t += 4;
  }
  return false;
}

// type="application/ld+json".
bool JsonLdType(std::string_view attrs) {
  size_t p = attrs.find("+json");
  if (p == std::string_view::npos) p = attrs.find("+JSON");
  return p != std::string_view::npos && p >= 2 && Lower(attrs[p - 2]) == 'l' && Lower(attrs[p - 1]) == 'd';
}

// Markup with paragraphs, not JSON or a template with placeholders.
bool ProseMarkup(std::string_view body) {
  size_t b = body.find_first_not_of(" \t\r\n");
  if (b == std::string_view::npos || body[b] != '<') return false;
  if (body.find("{{") != std::string_view::npos || body.find("<%") != std::string_view::npos ||
      body.find("${") != std::string_view::npos)
    return false;
  return FindCaseless(body, "<p", 0) != std::string_view::npos;
}

}  // namespace

GuardReport GuardHtml(std::string_view html, size_t max_depth) {
  GuardReport report;
  bool in_svg = false;
  struct Open {
    uint32_t hash;
    int group;
  };
  std::vector<Open> stack;
  std::vector<std::pair<uint32_t, size_t>> blanked_names;  // name hash -> unmatched blanked openers
  std::string_view s(html);
  size_t i = 0;
  while (true) {
    size_t lt = s.find('<', i);
    if (lt == std::string_view::npos || lt + 1 >= s.size()) break;
    char c = s[lt + 1];
    if (c == '!') {
      size_t end = s.substr(lt, 4) == "<!--" ? s.find("-->", lt + 4) : s.find('>', lt + 2);
      if (end == std::string_view::npos) break;
      i = end + 1;
      continue;
    }
    if (c == '?') {
      size_t end = s.find('>', lt + 2);
      if (end == std::string_view::npos) break;
      i = end + 1;
      continue;
    }
    bool closing = c == '/';
    size_t ns = lt + 1 + (closing ? 1 : 0);
    size_t ne = ns;
    while (ne < s.size() && ((s[ne] >= 'a' && s[ne] <= 'z') || (s[ne] >= 'A' && s[ne] <= 'Z') ||
                             (ne > ns && ((s[ne] >= '0' && s[ne] <= '9') || s[ne] == '-' || s[ne] == ':'))))
      ++ne;
    if (ne == ns) {
      i = lt + 1;
      continue;
    }
    std::string_view name = s.substr(ns, ne - ns);
    // The tag's end, skipping quoted attribute values (fast path: no quote before '>').
    size_t gt = s.find('>', ne);
    if (gt == std::string_view::npos) break;
    std::string_view attrs = s.substr(ne, gt - ne);
    bool quoted = attrs.find('"') != std::string_view::npos || attrs.find('\'') != std::string_view::npos;
    if (quoted) {
      // Jump over each quoted value (a '>' inside it does not end the tag).
      size_t k = ne;
      gt = std::string_view::npos;
      while (k < s.size()) {
        char d = s[k];
        if (d == '>') {
          gt = k;
          break;
        }
        if ((d == '"' || d == '\'') && k > 0 && (s[k - 1] == '=' || s[k - 1] == ' ')) {
          size_t q = s.find(d, k + 1);
          if (q == std::string_view::npos) break;
          k = q + 1;
          continue;
        }
        ++k;
      }
      if (gt == std::string_view::npos) break;
    }
    uint32_t h = NameHash(name);
    if (name.size() == 3 && NameIs(name, "svg")) in_svg = !closing;
    static const NameKinds kinds;
    int kind = name.size() <= 9 ? kinds.Of(h) : 0;
    if (closing) {
      size_t limit = stack.size() > 64 ? stack.size() - 64 : 0;
      bool matched = false;
      for (size_t k = stack.size(); k-- > limit;) {
        if (stack[k].hash == h) {
          stack.resize(k);
          matched = true;
          break;
        }
      }
      if (!matched) {
        for (auto& [bh, count] : blanked_names) {
          if (bh == h && count > 0) {
            --count;
            report.blank.push_back({static_cast<uint32_t>(lt), static_cast<uint32_t>(gt + 1 - lt)});
            ++report.blanked;
            break;
          }
        }
      }
      i = gt + 1;
      continue;
    }
    if (kind == 2 || kind == 3) {
      std::string needle = "</";
      bool script = kind == 3;
      if (script && InertTemplate(s.substr(ne, gt - ne))) {
        // <script type="text/template"> holds markup that scripts would show: let the
        // parser see it as markup (blank the script's own tags).
        size_t close = FindCaseless(s, "</script", gt + 1);
        if (close == std::string_view::npos) break;
        size_t close_end = s.find('>', close);
        if (close_end == std::string_view::npos) break;
        if (!ProseMarkup(s.substr(gt + 1, close - gt - 1))) {
          i = close;
          continue;
        }
        report.blank.push_back({static_cast<uint32_t>(lt), static_cast<uint32_t>(gt + 1 - lt)});
        report.blank.push_back({static_cast<uint32_t>(close), static_cast<uint32_t>(close_end + 1 - close)});
        ++report.templates;
        i = gt + 1;
        continue;
      }
      for (char ch : name) needle.push_back(Lower(ch));
      size_t close = FindCaseless(s, needle, gt + 1);
      if (close == std::string_view::npos) break;
      // The parser drops raw text when it skips whitespace tokens: keep JSON-LD and the title here.
      if (script && report.json_ld.size() < 16 && JsonLdType(s.substr(ne, gt - ne)))
        report.json_ld.push_back({static_cast<uint32_t>(gt + 1), static_cast<uint32_t>(close - gt - 1)});
      else if (!script && NameIs(name, "title") && report.title.second == 0 && !in_svg)
        report.title = {static_cast<uint32_t>(gt + 1), static_cast<uint32_t>(close - gt - 1)};
      i = close;
      continue;
    }
    bool self_closing = gt > lt && s[gt - 1] == '/';
    if (kind == 1 || self_closing) {
      i = gt + 1;
      continue;
    }
    int group = kind >= 10 ? kind - 10 : 0;
    if (group) {
      // An open element of the same group near the top ends here, unless a container
      // (a nested table or list) stands in between.
      static const uint32_t kScopes[] = {NameHash("table"), NameHash("ul"), NameHash("ol"), NameHash("dl"),
                                         NameHash("div"), NameHash("select")};
      size_t limit = stack.size() > 4 ? stack.size() - 4 : 0;
      for (size_t k = stack.size(); k-- > limit;) {
        if (stack[k].group == group) {
          stack.resize(k);
          break;
        }
        bool scope = false;
        for (uint32_t sh : kScopes) scope = scope || stack[k].hash == sh;
        if (scope) break;
      }
    }
    if (stack.size() >= max_depth) {
      report.blank.push_back({static_cast<uint32_t>(lt), static_cast<uint32_t>(gt + 1 - lt)});
      ++report.blanked;
      bool found = false;
      for (auto& [bh, count] : blanked_names)
        if (bh == h) {
          ++count;
          found = true;
          break;
        }
      if (!found && blanked_names.size() < 256) blanked_names.push_back({h, 1});
    } else {
      stack.push_back({h, group});
      if (stack.size() > report.max_depth_seen) report.max_depth_seen = stack.size();
    }
    i = gt + 1;
  }
  return report;
}

void ApplyGuard(const GuardReport& report, std::string& html) {
  for (const auto& [off, len] : report.blank)
    if (off + static_cast<size_t>(len) <= html.size()) std::memset(&html[off], ' ', len);
}

}  // namespace entente
