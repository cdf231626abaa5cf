#include "dict/dict_formats.h"

#include <algorithm>
#include <chrono>
#include <filesystem>
#include <map>
#include <memory>
#include <mutex>
#include <set>
#include <tuple>

#include "common/date.h"
#include "common/file.h"
#include "common/text.h"
#include "dict/petrarch_reader.h"
#include "dict/tabari_reader.h"

namespace entente {
namespace fs = std::filesystem;

const WordIndex* Words(const std::string& dir);  // below

namespace {

std::string Lower(std::string_view s) {
  std::string out(s);
  for (char& c : out)
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c + 32);
  return out;
}

std::string Upper(std::string_view s) {
  std::string out(s);
  for (char& c : out)
    if (c >= 'a' && c <= 'z') c = static_cast<char>(c - 32);
  return out;
}

// A line "NNN[:NNN] [id] ~ = pattern" of entente's verb format.
bool LooksLikeEntenteVerb(std::string_view t) {
  size_t i = 0;
  while (i < t.size() && ((t[i] >= '0' && t[i] <= '9') || t[i] == ':' || t[i] == '-' || (t[i] >= 'A' && t[i] <= 'Z'))) ++i;
  return i >= 2 && i < t.size() && t[i] == ' ' && t.find(" = ") != std::string_view::npos;
}

std::string IsoDay(int day) { return DayValue(day).ToString(); }

// "YYMMDD" when the year is 1931-2030, else "YYYYMMDD".
std::string CompactDay(int day) {
  int y, m, d;
  CivilFromDays(day, y, m, d);
  char buf[16];
  if (y >= 1931 && y <= 2030) std::snprintf(buf, sizeof buf, "%02d%02d%02d", y % 100, m, d);
  else std::snprintf(buf, sizeof buf, "%04d%02d%02d", y, m, d);
  return buf;
}

std::string Restriction(const ActorEntry& e) {
  if (!e.dated) return "";
  if (e.from != INT_MIN && e.to != INT_MAX) return " " + CompactDay(e.from) + "-" + CompactDay(e.to - 1);
  if (e.from != INT_MIN) return " >" + CompactDay(e.from);
  if (e.to != INT_MAX) return " <" + CompactDay(e.to);
  return "";
}

// An entente name ("Argentin*", "Al Gore") as a TABARI/PETRARCH phrase: "ARGENTIN",
// "AL_GORE_". With `stems` (TABARI) a whole word ends in '_'.
std::string Phrase(const std::string& name, bool stems) {
  std::string out;
  std::vector<std::string_view> words;
  for (auto w : Split(name, ' '))
    if (!Trim(w).empty()) words.push_back(Trim(w));
  for (size_t i = 0; i < words.size(); ++i) {
    std::string_view w = words[i];
    bool stem = w.size() > 1 && w.back() == '*';
    if (stem) w.remove_suffix(1);
    if (w == kNameGap) {  // TABARI's blank between words
      if (!out.empty() && out.back() == '_') out.back() = ' ';
      continue;
    }
    std::string up = Upper(w);
    for (char& c : up)
      if (c == '_') c = '-';
    out += up;
    if (i + 1 < words.size()) out += "_";
    else if (!stem && stems) out += "_";
    else if (!stems) out += "_";
  }
  return out;
}

struct LineKey {
  std::string origin, code;
  int from, to;
  bool dated, prefix;
  ActorKind kind;
  bool operator<(const LineKey& o) const {
    return std::tie(origin, code, from, to, dated, prefix, kind) <
           std::tie(o.origin, o.code, o.from, o.to, o.dated, o.prefix, o.kind);
  }
};

// Entries grouped into lines (same origin, code, dates), in order of first appearance.
std::vector<std::pair<LineKey, std::vector<const NamedEntry*>>> GroupLines(const std::vector<NamedEntry>& list) {
  std::vector<std::pair<LineKey, std::vector<const NamedEntry*>>> out;
  std::map<LineKey, size_t> index;
  for (const NamedEntry& n : list) {
    const ActorEntry& e = n.entry;
    LineKey k{e.origin, e.code, e.from, e.to, e.dated, e.agent_prefix, e.kind};
    auto [it, inserted] = index.emplace(k, out.size());
    if (inserted) out.push_back({k, {}});
    auto& names = out[it->second].second;
    if (std::none_of(names.begin(), names.end(), [&](const NamedEntry* x) { return x->name == n.name; }))
      names.push_back(&n);
  }
  return out;
}

std::string DiscardPhrase(const DiscardEntry& d) {
  std::string out;
  for (size_t i = 0; i < d.tokens.size(); ++i) {
    if (i) out += " ";
    out += d.tokens[i];
    if (i < d.stem.size() && d.stem[i]) out += "*";
  }
  return out;
}

std::string Header(const DictContent& c, const char* comment) {
  return std::string(comment) + " Converted by `entente dict convert` from " + c.path + " (" +
         DictFormatName(c.format) + ").\n";
}

}  // namespace

void SplitDictSpec(const std::string& spec, DictFormat* format, std::string* path) {
  *format = DictFormat::kUnknown;
  *path = spec;
  size_t colon = spec.find(':');
  if (colon == std::string::npos) return;
  DictFormat f = DictFormatFromName(spec.substr(0, colon));
  if (f == DictFormat::kUnknown) return;
  *format = f;
  *path = spec.substr(colon + 1);
}

DictFormat DetectDictFormat(const std::string& path, std::string_view text) {
  fs::path p(path);
  std::string ext = Lower(p.extension().string());
  std::string file = Lower(p.filename().string());
  if (ext == ".actors") return DictFormat::kTabariActors;
  if (ext == ".agents") return DictFormat::kTabariAgents;
  if (ext == ".verbs") return DictFormat::kTabariVerbs;
  if (ext == ".options") return DictFormat::kTabariOptions;
  if (ext == ".project") return DictFormat::kTabariProject;
  // Content: look at the first lines that are not comments.
  bool kind_line = false, entente_verb = false, entente_actor = false, petr_block = false, brackets = false,
       agent_code = false, synset = false;
  size_t seen = 0, verb_lines = 0;
  for (const std::string& raw : SplitLines(text.substr(0, std::min<size_t>(text.size(), 200000)), true)) {
    std::string_view t = Trim(raw);
    if (t.empty() || t[0] == '#') continue;
    if (++seen > 400) break;
    if (StartsWith(t, "@kind")) kind_line = true;
    if (LooksLikeEntenteVerb(t)) entente_verb = true, ++verb_lines;
    if (t.find(" = ") != std::string_view::npos && t.find('[') == std::string_view::npos &&
        t.find('!') == std::string_view::npos)
      entente_actor = true;
    if (StartsWith(t, "---") && t.find('[') != std::string_view::npos) petr_block = true;
    if (t[0] == '&' && t.size() > 1 && t[1] >= 'A' && t[1] <= 'Z') synset = true;  // only verb files have synsets
    if (t.find('[') != std::string_view::npos) brackets = true;
    if (t.find("[~") != std::string_view::npos || t.find("~]") != std::string_view::npos) agent_code = true;
  }
  if (kind_line) return DictFormat::kEntenteActors;
  if (entente_verb && (!brackets || verb_lines * 2 >= seen)) return DictFormat::kEntenteVerbs;
  if (file.find("discard") != std::string::npos) return DictFormat::kPetrarchDiscards;
  if (petr_block || synset) return DictFormat::kPetrarchVerbs;
  if (agent_code || file.find("agent") != std::string::npos)
    return brackets ? DictFormat::kPetrarchAgents : DictFormat::kEntenteActors;
  if (file.find("verb") != std::string::npos) return brackets ? DictFormat::kPetrarchVerbs : DictFormat::kEntenteVerbs;
  if (brackets) return DictFormat::kPetrarchActors;
  if (entente_actor) return DictFormat::kEntenteActors;
  return DictFormat::kUnknown;
}

// WordNet lemma lists, loaded once per folder (TABARI verb files need them).
const WordIndex* Words(const std::string& dir) {
  static std::mutex mu;
  static std::map<std::string, std::unique_ptr<WordIndex>> cache;
  std::lock_guard<std::mutex> lock(mu);
  auto& slot = cache[dir];
  if (!slot) {
    slot = std::make_unique<WordIndex>();
    if (!slot->Load(dir).ok()) slot->Load("");  // stays empty: stems keep their own lemma only
  }
  return slot.get();
}

Status ReadDictionaryFile(const std::string& spec, const Lemmatizer& lemmatizer, DictContent* out,
                          std::vector<std::string>* diags, const std::string& wordnet_dir) {
  DictFormat format;
  std::string path;
  SplitDictSpec(spec, &format, &path);
  auto text = ReadFile(path, size_t{256} << 20);
  if (!text.ok()) return text.status();
  if (format == DictFormat::kUnknown) format = DetectDictFormat(path, *text);
  out->path = path;
  out->format = format;
  switch (format) {
    case DictFormat::kTabariActors: ReadTabariActors(*text, path, false, out, diags); break;
    case DictFormat::kTabariAgents: ReadTabariActors(*text, path, true, out, diags); break;
    case DictFormat::kTabariVerbs: ReadTabariVerbs(*text, path, lemmatizer, out, diags, Words(wordnet_dir)); break;
    case DictFormat::kTabariOptions: ReadTabariOptions(*text, path, out, diags); break;
    case DictFormat::kTabariProject: ReadTabariProject(*text, path, out, diags); break;
    case DictFormat::kPetrarchActors: ReadPetrarchActors(*text, path, out, diags); break;
    case DictFormat::kPetrarchAgents: ReadPetrarchAgents(*text, path, out, diags); break;
    case DictFormat::kPetrarchVerbs: ReadPetrarchVerbs(*text, path, lemmatizer, out, diags); break;
    case DictFormat::kPetrarchDiscards: ReadPetrarchDiscards(*text, path, out, diags); break;
    case DictFormat::kEntenteActors: {
      size_t before = diags ? diags->size() : 0;
      Status st = ActorDictionary::Parse(
          *text, path, diags,
          [&](const std::string& n, ActorEntry e) {
            ++out->stats.entries;
            (e.kind == ActorKind::kAgent ? out->agents : out->actors).push_back({n, std::move(e)});
          },
          &out->discards);
      if (!st.ok()) return st;
      out->stats.entries += out->discards.size();
      if (diags) out->stats.skipped["bad line"] += diags->size() - before;
      break;
    }
    case DictFormat::kEntenteVerbs: {
      VerbDictionary v;
      size_t before = diags ? diags->size() : 0;
      Status st = v.LoadText(*text, path, lemmatizer, diags);
      if (!st.ok()) return st;
      for (size_t i = 0; i < v.size(); ++i) out->patterns.push_back(v.pattern(static_cast<uint32_t>(i)));
      out->stats.entries = v.size();
      if (diags) out->stats.skipped["bad line"] += diags->size() - before;
      break;
    }
    case DictFormat::kUnknown:
      return Status::Unsupported(path + ": unknown dictionary format; name it as FORMAT:" + path +
                                 " (tabari-actors, petrarch-verbs, entente-actors, ...)");
  }
  return Status::Ok();
}

void InstallContent(const DictContent& c, ActorDictionary* actors, ActorDictionary* agents, VerbDictionary* verbs,
                    DiscardList* discards, std::vector<std::string>* diags) {
  for (const NamedEntry& n : c.actors) actors->Add(n.name, n.entry);
  for (const std::string& w : c.parser_words) actors->AddParserWord(w);
  for (const NamedEntry& n : c.agents) agents->Add(n.name, n.entry);
  for (const VerbPattern& p : c.patterns) {
    std::string err = verbs->Add(p);
    if (!err.empty() && diags) diags->push_back(p.id + ": " + err);
  }
  for (const DiscardEntry& d : c.discards) discards->Add(d);
}

Status LoadDictionaryFile(const std::string& spec, const Lemmatizer& lemmatizer, ActorDictionary* actors,
                          ActorDictionary* agents, VerbDictionary* verbs, DiscardList* discards,
                          std::vector<std::string>* diags, std::vector<DictLoadReport>* reports,
                          const std::string& wordnet_dir, FieldOptions* field_options) {
  auto start = std::chrono::steady_clock::now();
  DictContent c;
  size_t before = diags ? diags->size() : 0;
  Status st = ReadDictionaryFile(spec, lemmatizer, &c, diags, wordnet_dir);
  if (!st.ok()) return st;
  InstallContent(c, actors, agents, verbs, discards, diags);
  if (c.has_field_options && field_options) *field_options = c.field_options;
  DictLoadReport r;
  r.path = c.path;
  r.format = c.format;
  r.stats = c.stats;
  r.actors = c.actors.size();
  r.agents = c.agents.size();
  r.patterns = c.patterns.size();
  r.discards = c.discards.size();
  r.diagnostics = diags ? diags->size() - before : 0;
  r.seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
  if (reports) reports->push_back(r);
  if (c.format == DictFormat::kTabariProject) {
    for (const std::string& f : c.files) {
      Status fs =
          LoadDictionaryFile(f, lemmatizer, actors, agents, verbs, discards, diags, reports, wordnet_dir, field_options);
      if (!fs.ok() && diags) diags->push_back(c.path + ": " + fs.message());
    }
  }
  return Status::Ok();
}

// ---------------------------------------------------------------- entente writers

std::string WriteEntenteActors(const DictContent& c) {
  std::string out = Header(c, "#");
  auto section = [&](const std::vector<NamedEntry>& list) {
    ActorKind current = static_cast<ActorKind>(255);
    for (const auto& [key, names] : GroupLines(list)) {
      if (key.kind != current) {
        out += std::string("@kind ") + ActorKindName(key.kind) + "\n";
        current = key.kind;
      }
      out += key.code.empty() ? "---" : key.code;  // TABARI's null code: entente's unknown country
      if (key.prefix) out += "~";
      if (key.dated) {
        out += " " + (key.from == INT_MIN ? std::string() : IsoDay(key.from)) + ".." +
               (key.to == INT_MAX ? std::string() : IsoDay(key.to));
      }
      out += " =";
      for (size_t i = 0; i < names.size(); ++i) out += (i ? " | " : " ") + names[i]->name;
      out += "\n";
    }
  };
  section(c.actors);
  section(c.agents);
  if (!c.discards.empty()) {
    out += "@kind discard\n";
    for (const DiscardEntry& d : c.discards) {
      out += d.kind == '+' ? "COMPLEX" : d.story ? "STORY" : "SENTENCE";
      if (d.from != INT_MIN || d.to != INT_MAX)
        out += " " + (d.from == INT_MIN ? std::string() : IsoDay(d.from)) + ".." +
               (d.to == INT_MAX ? std::string() : IsoDay(d.to));
      out += " = " + DiscardPhrase(d) + "\n";
    }
  }
  return out;
}

std::string WriteEntenteVerbs(const DictContent& c) {
  std::string out = Header(c, "#");
  for (const VerbPattern& p : c.patterns) {
    VerbPattern q = p;
    for (char& ch : q.id)
      if (ch == ' ' || ch == '#' || ch == '[' || ch == ']') ch = '_';
    out += FormatPattern(q) + "\n";
  }
  return out;
}

// ---------------------------------------------------------------- TABARI, PETRARCH writers

namespace {

// Roots: entries with the same origin and kind, their names in order and their codes.
struct OutRoot {
  std::vector<std::string> names;
  std::vector<const ActorEntry*> codes;
};
std::vector<OutRoot> Roots(const std::vector<NamedEntry>& list) {
  std::vector<OutRoot> out;
  std::map<std::string, size_t> index;
  for (const NamedEntry& n : list) {
    auto [it, inserted] = index.emplace(n.entry.origin, out.size());
    if (inserted) out.push_back({});
    OutRoot& r = out[it->second];
    if (std::find(r.names.begin(), r.names.end(), n.name) == r.names.end()) r.names.push_back(n.name);
    bool dup = false;
    for (const ActorEntry* e : r.codes)
      dup = dup || (e->code == n.entry.code && e->from == n.entry.from && e->to == n.entry.to);
    if (!dup) r.codes.push_back(&n.entry);
  }
  return out;
}

std::string CodeText(const ActorEntry& e, bool agent) {
  std::string code = agent ? (e.agent_prefix ? e.code + "~" : "~" + e.code) : e.code;
  if (e.code.empty()) code = "---";  // TABARI's null code
  return "[" + code + Restriction(e) + "]";
}

std::string ActorsText(const DictContent& c, const std::vector<NamedEntry>& list, bool agents, bool tabari) {
  std::string out = Header(c, tabari ? ";" : "#");
  for (const OutRoot& r : Roots(list)) {
    if (r.names.empty() || r.codes.empty()) continue;
    out += Phrase(r.names[0], tabari);
    bool inline_code = r.codes.size() == 1 && !r.codes[0]->dated;
    if (inline_code) out += "  " + CodeText(*r.codes[0], agents);
    out += "\n";
    for (size_t i = 1; i < r.names.size(); ++i) out += "+" + Phrase(r.names[i], tabari) + "\n";
    if (!inline_code)
      for (const ActorEntry* e : r.codes) out += "\t" + CodeText(*e, agents) + "\n";
  }
  return out;
}

// An element's words without stems that are no English word ("restor"), for formats
// without stems; all of them when nothing would be left.
std::vector<std::string> RealWords(const PatternElem& e) {
  const WordIndex* index = Words("/usr/share/wordnet");
  std::vector<std::string> out;
  for (const auto& w : e.words) {
    bool bare_stem = std::find(e.stems.begin(), e.stems.end(), w) != e.stems.end();
    if (!bare_stem || !index->loaded() || index->Contains(w)) out.push_back(w);
  }
  return out.empty() ? e.words : out;
}

std::string ElemWord(const PatternElem& e, bool tabari) {
  std::vector<std::string> items;
  for (const auto& s : e.stems) items.push_back(Upper(s));
  for (const auto& w : e.words) {
    bool covered = false;
    for (const auto& s : e.stems) covered = covered || w.compare(0, s.size(), s) == 0;
    if (!covered) items.push_back(Upper(w));
  }
  if (items.size() == 1 || !tabari) return items.empty() ? "" : items[0];
  std::string out = "{ ";
  for (size_t i = 0; i < items.size(); ++i) out += (i ? " | " : "") + items[i];
  return out + " }";
}

// A pattern's elements as a TABARI/PETRARCH pattern body ("SAID + * POLICY").
std::string PatternBody(const VerbPattern& p, bool tabari, std::map<std::string, std::string>* synsets) {
  size_t n = p.elems.size();
  if (p.implicit_target && n >= 2 && p.elems[n - 1].kind == PatternElem::Kind::kTarget) {
    n -= 1;
    if (n > 0 && p.elems[n - 1].kind == PatternElem::Kind::kGap) n -= 1;
  }
  std::string out;
  for (size_t i = 0; i < n; ++i) {
    const PatternElem& e = p.elems[i];
    if (e.kind == PatternElem::Kind::kGap) continue;
    if (!out.empty()) out += e.adjacent ? "_" : " ";
    if (i == p.anchor) {
      out += "*";
      continue;
    }
    switch (e.kind) {
      case PatternElem::Kind::kSource: out += e.compound ? "%" : "$"; break;
      case PatternElem::Kind::kTarget: out += e.compound ? "%" : "+"; break;
      default: {
        if (!tabari && RealWords(e).size() > 1 && synsets) {  // PETRARCH has no stems: lemmas only
          std::string key;
          for (const auto& w : RealWords(e)) key += Upper(w) + " ";
          auto it = synsets->find(key);
          if (it == synsets->end()) it = synsets->emplace(key, "&SET" + std::to_string(synsets->size() + 1)).first;
          out += it->second;
        } else if (!tabari) {
          out += Upper(e.words.empty() ? e.stems[0] : RealWords(e)[0]);
        } else {
          out += ElemWord(e, tabari);
        }
      }
    }
  }
  return out;
}

// PETRARCH reads '#' as a comment anywhere: its null patterns are all "---".
std::string PatternCode(const VerbPattern& p, bool tabari = true) {
  std::string code = p.null_event ? (!tabari ? "---" : p.special == '#' ? "###" : p.special == '+' ? "+++" : "---") : p.code;
  if (!p.paired_code.empty()) code += ":" + p.paired_code;
  if (p.dominant) code += "!";
  return "[" + code + "]";
}

bool IsBare(const VerbPattern& p) {
  size_t literals = 0;
  for (const auto& e : p.elems) literals += e.kind == PatternElem::Kind::kWord;
  return literals == 1 && !p.has_source && (!p.has_target || p.implicit_target);
}

// Patterns grouped by their anchor's first word, in order of first appearance.
std::vector<std::pair<std::string, std::vector<const VerbPattern*>>> ByVerb(const DictContent& c, bool stems) {
  std::vector<std::pair<std::string, std::vector<const VerbPattern*>>> out;
  std::map<std::string, size_t> index;
  for (const VerbPattern& p : c.patterns) {
    const PatternElem& a = p.elems[p.anchor];
    std::string key = Upper(stems && !a.stems.empty() ? a.stems[0] : RealWords(a)[0]);
    auto [it, inserted] = index.emplace(key, out.size());
    if (inserted) out.push_back({key, {}});
    out[it->second].second.push_back(&p);
  }
  return out;
}

}  // namespace

std::string WriteTabariActors(const DictContent& c, bool agents) {
  return ActorsText(c, agents ? c.agents : c.actors, agents, true);
}

std::string WritePetrarchActors(const DictContent& c) { return ActorsText(c, c.actors, false, false); }
std::string WritePetrarchAgents(const DictContent& c) {
  // PETRARCH agents: one phrase per line, "{}" (no generated plural: every form is listed).
  std::string out = Header(c, "#");
  for (const NamedEntry& n : c.agents)
    out += Phrase(n.name, false) + " {} " + CodeText(n.entry, true) + "\n";
  return out;
}

std::string WritePetrarchDiscards(const DictContent& c) {
  std::string out = Header(c, "#");
  for (const DiscardEntry& d : c.discards) {
    std::string phrase;
    for (size_t i = 0; i < d.tokens.size(); ++i) phrase += (i ? " " : "") + Upper(d.tokens[i]);
    bool stem = !d.stem.empty() && d.stem.back();
    out += (d.story ? "+" : "") + phrase + (stem ? "" : "_") + "\n";
  }
  return out;
}

std::string WriteTabariVerbs(const DictContent& c) {
  std::string out = Header(c, ";");
  for (const auto& [verb, list] : ByVerb(c, true)) {
    const VerbPattern* bare = nullptr;
    for (const VerbPattern* p : list)
      if (IsBare(*p) && !bare) bare = p;
    out += verb + "  " + (bare ? PatternCode(*bare) : "[---]") + "\n";
    for (const VerbPattern* p : list) {
      if (p == bare) continue;
      out += "- " + PatternBody(*p, true, nullptr) + "  " + PatternCode(*p) + "\n";
    }
  }
  return out;
}

std::string WritePetrarchVerbs(const DictContent& c) {
  std::map<std::string, std::string> synsets;  // "WORD WORD " -> &SETn
  std::string blocks;
  for (const auto& [verb, list] : ByVerb(c, false)) {
    const VerbPattern* bare = nullptr;
    for (const VerbPattern* p : list)
      if (IsBare(*p) && !bare) bare = p;
    blocks += "--- " + verb + " " + (bare ? PatternCode(*bare, false) : "[---]") + " ---\n";
    std::set<std::string> verbs;
    for (const VerbPattern* p : list)
      for (const auto& w : RealWords(p->elems[p->anchor])) verbs.insert(Upper(w));
    for (const auto& v : verbs) blocks += v + "\n";
    for (const VerbPattern* p : list) {
      if (p == bare) continue;
      blocks += "- " + PatternBody(*p, false, &synsets) + "  " + PatternCode(*p, false) + "\n";
    }
    blocks += "\n";
  }
  std::string out = Header(c, "#");
  for (const auto& [key, name] : synsets) {
    out += name + "_\n";  // '_': no generated plurals, every member is listed
    for (auto w : Split(key, ' '))
      if (!w.empty()) out += "+" + std::string(w) + "\n";
    out += "\n";
  }
  return out + blocks;
}

}  // namespace entente
