// entente dict convert --from tabari|petrarch|entente --to entente|tabari|petrarch IN OUT
// entente dict check FILE...: loads dictionary files of any format and reports, per
// file, what was read, translated with a loss or skipped (and why), and the load time.
#include <chrono>
#include <cstdio>
#include <filesystem>
#include <fstream>

#include <nlohmann/json.hpp>

#include "cli/command.h"
#include "cli/json_output.h"
#include "dict/dictionaries.h"

namespace entente::cli {
namespace {

namespace fs = std::filesystem;

std::string Family(DictFormat f) {
  std::string n = DictFormatName(f);
  return n.substr(0, n.find('-'));
}
std::string Kind(DictFormat f) {
  std::string n = DictFormatName(f);
  size_t dash = n.find('-');
  return dash == std::string::npos ? "" : n.substr(dash + 1);
}

nlohmann::ordered_json StatsJson(const ReadStats& s) {
  nlohmann::ordered_json j;
  j["lines"] = s.lines;
  j["units"] = s.roots;
  j["entries"] = s.entries;
  j["skipped"] = s.skipped_total();
  j["skipped_by_reason"] = s.skipped;
  j["approximations"] = s.lossy;
  return j;
}

bool WriteText(const fs::path& p, const std::string& text) {
  std::error_code ec;
  if (p.has_parent_path()) fs::create_directories(p.parent_path(), ec);
  std::ofstream out(p, std::ios::binary);
  out << text;
  return static_cast<bool>(out);
}

// The files one content gives in format family `to`: (file name suffix, text).
std::vector<std::pair<std::string, std::string>> Outputs(const DictContent& c, const std::string& to) {
  std::vector<std::pair<std::string, std::string>> out;
  bool actors = !c.actors.empty(), agents = !c.agents.empty(), verbs = !c.patterns.empty(),
       discards = !c.discards.empty();
  if (to == "entente") {
    if (actors || agents || discards) out.emplace_back(actors || discards ? "actors.txt" : "agents.txt", WriteEntenteActors(c));
    if (verbs) out.emplace_back("verbs.txt", WriteEntenteVerbs(c));
  } else if (to == "tabari") {
    if (actors) out.emplace_back("actors", WriteTabariActors(c, false));
    if (agents) out.emplace_back("agents", WriteTabariActors(c, true));
    if (verbs) out.emplace_back("verbs", WriteTabariVerbs(c));
    if (discards) {  // TABARI keeps discards as "[###]" actors
      DictContent d;
      d.path = c.path;
      d.format = c.format;
      for (const DiscardEntry& e : c.discards) {
        ActorEntry a;
        a.code = e.kind == '+' ? "+++" : "###";
        a.origin = e.origin + ":" + e.phrase;
        a.from = e.from;
        a.to = e.to;
        a.dated = e.from != INT_MIN || e.to != INT_MAX;
        std::string name;
        for (size_t i = 0; i < e.tokens.size(); ++i)
          name += (i ? " " : "") + e.tokens[i] + (i < e.stem.size() && e.stem[i] ? "*" : "");
        d.actors.push_back({name, a});
      }
      out.emplace_back("discards.actors", WriteTabariActors(d, false));
    }
  } else if (to == "petrarch") {
    if (actors) out.emplace_back("actors.txt", WritePetrarchActors(c));
    if (agents) out.emplace_back("agents.txt", WritePetrarchAgents(c));
    if (verbs) out.emplace_back("verbs.txt", WritePetrarchVerbs(c));
    if (discards) out.emplace_back("discards.txt", WritePetrarchDiscards(c));
  }
  return out;
}

int Convert(const std::string& from, const std::string& to, const std::string& in, const std::string& out_path,
            const std::string& wordnet, bool verbose) {
  if (to != "entente" && to != "tabari" && to != "petrarch") {
    std::fprintf(stderr, "entente: --to must be entente, tabari or petrarch\n");
    return 2;
  }
  Lemmatizer lemmatizer;
  Status wn = lemmatizer.Load(wordnet);
  if (!wn.ok()) std::fprintf(stderr, "entente: %s\n", wn.message().c_str());
  // The format: "--from tabari" takes the kind from the file; "--from tabari-verbs" is exact.
  DictFormat format = DictFormatFromName(from);
  std::string spec = in;
  if (format == DictFormat::kUnknown) {
    if (from != "tabari" && from != "petrarch" && from != "entente") {
      std::fprintf(stderr, "entente: --from must be tabari, petrarch, entente or a format name (tabari-actors, ...)\n");
      return 2;
    }
    std::ifstream probe(in, std::ios::binary);
    std::string head(200000, '\0');
    probe.read(head.data(), static_cast<std::streamsize>(head.size()));
    head.resize(static_cast<size_t>(probe.gcount()));
    DictFormat detected = DetectDictFormat(in, head);
    if (detected != DictFormat::kUnknown && Family(detected) != from) {
      std::string kind = Kind(detected);
      if (from == "entente") kind = (kind == "verbs") ? "verbs" : "actors";
      if (from == "petrarch" && (kind == "options" || kind == "project")) kind = "actors";
      if (from == "tabari" && kind == "discards") kind = "actors";
      detected = DictFormatFromName(from + "-" + kind);
    }
    format = detected;
  }
  if (format == DictFormat::kUnknown) {
    std::fprintf(stderr, "entente: %s: cannot tell the kind of dictionary; use --from FORMAT (tabari-actors, "
                 "petrarch-verbs, ...)\n", in.c_str());
    return 2;
  }
  spec = std::string(DictFormatName(format)) + ":" + in;
  auto start = std::chrono::steady_clock::now();
  std::vector<DictContent> contents(1);
  std::vector<std::string> diags;
  Status st = ReadDictionaryFile(spec, lemmatizer, &contents[0], &diags, wordnet);
  if (!st.ok()) {
    std::fprintf(stderr, "entente: %s\n", st.message().c_str());
    return 2;
  }
  if (format == DictFormat::kTabariProject) {  // every file the project names
    std::vector<std::string> files = contents[0].files;
    for (const std::string& f : files) {
      DictContent c;
      Status fs_st = ReadDictionaryFile(f, lemmatizer, &c, &diags, wordnet);
      if (!fs_st.ok()) std::fprintf(stderr, "entente: %s\n", fs_st.message().c_str());
      else contents.push_back(std::move(c));
    }
  }
  // One output: OUT is the file. Several: OUT is a folder, files named after the input.
  std::vector<std::pair<fs::path, std::string>> files;
  for (const DictContent& c : contents) {
    auto outs = Outputs(c, to);
    for (auto& [suffix, text] : outs) files.emplace_back(fs::path(c.path).stem().string() + "." + suffix, std::move(text));
  }
  bool folder = files.size() > 1 || fs::is_directory(out_path);
  nlohmann::ordered_json report;
  report["in"] = in;
  report["from"] = DictFormatName(format);
  report["to"] = to;
  nlohmann::ordered_json written = nlohmann::ordered_json::array();
  for (auto& [name, text] : files) {
    fs::path target = folder ? fs::path(out_path) / name : fs::path(out_path);
    if (!WriteText(target, text)) {
      std::fprintf(stderr, "entente: cannot write %s\n", target.string().c_str());
      return 2;
    }
    written.push_back(target.string());
  }
  report["out"] = written;
  nlohmann::ordered_json per = nlohmann::ordered_json::array();
  for (const DictContent& c : contents) {
    nlohmann::ordered_json j;
    j["file"] = c.path;
    j["format"] = DictFormatName(c.format);
    j["actor_names"] = c.actors.size();
    j["agent_names"] = c.agents.size();
    j["patterns"] = c.patterns.size();
    j["discards"] = c.discards.size();
    j["stats"] = StatsJson(c.stats);
    per.push_back(j);
  }
  report["files"] = per;
  report["diagnostics"] = diags.size();
  report["seconds"] = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
  for (size_t i = 0; i < diags.size() && (verbose || i < 20); ++i)
    std::fprintf(stderr, "entente: dictionary: %s\n", diags[i].c_str());
  if (!verbose && diags.size() > 20)
    std::fprintf(stderr, "entente: dictionary: ... and %zu more (--verbose shows all)\n", diags.size() - 20);
  PrintLine(Line(report));
  return files.empty() ? 1 : 0;
}

int Check(const std::vector<std::string>& files, const std::string& wordnet, bool builtin, bool verbose,
          double max_seconds) {
  DictionaryOptions o;
  o.extra_files = files;
  o.builtin = builtin;
  o.wordnet_dir = wordnet;
  auto start = std::chrono::steady_clock::now();
  auto d = Dictionaries::Load(o);
  double seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
  if (!d.ok()) {
    std::fprintf(stderr, "entente: %s\n", d.status().message().c_str());
    return 2;
  }
  const Dictionaries& dicts = **d;
  for (const DictLoadReport& r : dicts.reports) {
    nlohmann::ordered_json j;
    j["file"] = r.path;
    j["format"] = DictFormatName(r.format);
    j["actor_names"] = r.actors;
    j["agent_names"] = r.agents;
    j["patterns"] = r.patterns;
    j["discards"] = r.discards;
    j["diagnostics"] = r.diagnostics;
    j["seconds"] = r.seconds;
    j["stats"] = StatsJson(r.stats);
    PrintLine(Line(j));
  }
  nlohmann::ordered_json total;
  total["total_seconds"] = seconds;
  total["actor_entries"] = dicts.actors.size();
  total["agent_entries"] = dicts.agents.size();
  total["patterns"] = dicts.verbs.size();
  total["discards"] = dicts.discards.size();
  total["diagnostics"] = dicts.diagnostics.size();
  PrintLine(Line(total));
  for (size_t i = 0; i < dicts.diagnostics.size() && (verbose || i < 20); ++i)
    std::fprintf(stderr, "entente: dictionary: %s\n", dicts.diagnostics[i].c_str());
  if (!verbose && dicts.diagnostics.size() > 20)
    std::fprintf(stderr, "entente: dictionary: ... and %zu more (--verbose shows all)\n", dicts.diagnostics.size() - 20);
  if (max_seconds > 0 && seconds > max_seconds) {
    std::fprintf(stderr, "entente: loading took %.3f s, more than --max-seconds %.3f\n", seconds, max_seconds);
    return 1;
  }
  return 0;
}

Register reg({"dict", [](CLI::App& app) -> std::function<int()> {
  auto* cmd = app.add_subcommand("dict", "Dictionary files: convert between formats, check them");
  cmd->require_subcommand(1);
  auto* conv = cmd->add_subcommand("convert", "Convert a dictionary between TABARI, PETRARCH and entente formats");
  auto from = std::make_shared<std::string>();
  auto to = std::make_shared<std::string>("entente");
  auto in = std::make_shared<std::string>();
  auto out = std::make_shared<std::string>();
  auto wordnet = std::make_shared<std::string>("/usr/share/wordnet");
  auto verbose = std::make_shared<bool>(false);
  conv->add_option("--from", *from, "tabari, petrarch, entente, or an exact format (tabari-actors, petrarch-verbs, ...)")
      ->required();
  conv->add_option("--to", *to, "entente (default), tabari or petrarch");
  conv->add_option("in", *in, "Input dictionary file (a TABARI .project converts every file it names)")->required();
  conv->add_option("out", *out, "Output file, or folder when there are several outputs")->required();
  conv->add_option("--wordnet", *wordnet, "WordNet dict folder (lemmas of pattern words)");
  conv->add_flag("-v,--verbose", *verbose, "Print every diagnostic");
  auto* check = cmd->add_subcommand("check", "Load dictionary files and report what was read and skipped");
  auto files = std::make_shared<std::vector<std::string>>();
  auto with_builtin = std::make_shared<bool>(false);
  check->add_option("files", *files, "Dictionary files (PATH or FORMAT:PATH)")->required();
  check->add_flag("--with-shipped", *with_builtin, "Also load the shipped dictionaries");
  check->add_option("--wordnet", *wordnet, "WordNet dict folder");
  check->add_flag("-v,--verbose", *verbose, "Print every diagnostic");
  auto max_seconds = std::make_shared<double>(0);
  check->add_option("--max-seconds", *max_seconds, "Exit 1 when loading takes longer than this");
  return [=]() -> int {
    if (!cmd->parsed()) return -1;
    if (conv->parsed()) return Convert(*from, *to, *in, *out, *wordnet, *verbose);
    return Check(*files, *wordnet, *with_builtin, *verbose, *max_seconds);
  };
}});

}  // namespace
}  // namespace entente::cli
