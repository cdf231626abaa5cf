// entente conformance tabari FILE / entente conformance petrarch FILE.xml: runs entente's
// coder (with the suite's own dictionaries, read by the TABARI/PETRARCH readers) over the
// field's validation records and compares the events. Prints every failing record with
// expected and produced events, a summary, and ends with "N passed, M failed".
// Exit status 0 when the run completed (failures included), 1 below --min-pass, 2 when
// it could not start.
#include <algorithm>
#include <chrono>
#include <cstdio>
#include <filesystem>
#include <map>

#include "cli/command.h"
#include "common/file.h"
#include "dict/dictionaries.h"
#include "dict/validation_records.h"

namespace entente::cli {
namespace {

namespace fs = std::filesystem;

struct RunOptions {
  std::string file, project, wordnet_dir = "/usr/share/wordnet";
  bool all = false, quiet = false, passes = false;
  double min_pass = -1;
};

std::string Join(const std::vector<ExpectedEvent>& v) {
  if (v.empty()) return "(none)";
  std::string out;
  for (const auto& e : v) out += (out.empty() ? "" : "  ") + e.ToString();
  return out;
}

bool SubMultiset(std::vector<ExpectedEvent> a, std::vector<ExpectedEvent> b) {  // a within b
  std::sort(a.begin(), a.end());
  std::sort(b.begin(), b.end());
  return std::includes(b.begin(), b.end(), a.begin(), a.end());
}

// Why a record failed, in a few words (for the tallies).
std::string Category(const ValidationRecord& r, const std::vector<ExpectedEvent>& produced, bool not_english) {
  const auto& expected = r.events;
  if (not_english) return "not coded: language not identified as English";
  if (r.expect == ValidationRecord::Expect::kNone) return "events where none are expected (" + r.note + ")";
  if (produced.empty()) return "no event produced";
  auto dyads = [](std::vector<ExpectedEvent> v) {
    for (auto& e : v) e.code.clear();
    std::sort(v.begin(), v.end());
    return v;
  };
  auto codes = [](const std::vector<ExpectedEvent>& v) {
    std::vector<std::string> c;
    for (const auto& e : v) c.push_back(e.code);
    std::sort(c.begin(), c.end());
    return c;
  };
  if (produced.size() == expected.size() && dyads(produced) == dyads(expected)) return "right actors, wrong event code";
  if (produced.size() == expected.size() && codes(produced) == codes(expected)) return "right event codes, wrong actors";
  if (SubMultiset(produced, expected)) return "some expected events missing (paired, compound)";
  if (SubMultiset(expected, produced)) return "extra events";
  bool any_code = false;
  for (const auto& p : produced)
    for (const auto& e : expected) any_code = any_code || p.code == e.code;
  return any_code ? "different events (some codes right)" : "different events";
}

int Run(bool tabari, const RunOptions& o) {
  auto text = ReadFile(o.file);
  if (!text.ok()) {
    std::fprintf(stderr, "entente: %s\n", text.status().message().c_str());
    return 2;
  }
  std::vector<std::string> diags;
  ValidationSuite suite = tabari ? ReadTabariRecords(*text, o.file, &diags) : ReadPetrarchRecords(*text, o.file, &diags);
  std::vector<std::string> dict_files = suite.dictionary_files;
  if (tabari) {
    std::string project = o.project;
    if (project.empty()) {
      fs::path p = fs::path(o.file).replace_extension(".project");
      project = p.string();
    }
    if (!fs::exists(project)) {
      std::fprintf(stderr, "entente: %s: no TABARI project naming the suite's dictionaries (use --project)\n",
                   project.c_str());
      return 2;
    }
    dict_files = {project};
  }
  if (dict_files.empty()) {
    std::fprintf(stderr, "entente: %s: no dictionaries named (<Environment>)\n", o.file.c_str());
    return 2;
  }
  PipelineOptions popt;
  popt.builtin_dictionaries = false;
  popt.dictionary_files = dict_files;
  popt.wordnet_dir = o.wordnet_dir;
  popt.keep_boilerplate = true;
  auto t0 = std::chrono::steady_clock::now();
  auto pipeline = Pipeline::Create(popt);
  double load_s = std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count();
  if (!pipeline.ok()) {
    std::fprintf(stderr, "entente: %s\n", pipeline.status().message().c_str());
    return 2;
  }
  const Dictionaries& dicts = (*pipeline)->dictionaries();
  if (!o.quiet) {
    for (const auto& d : diags) std::fprintf(stderr, "entente: records: %s\n", d.c_str());
    const auto& dd = dicts.diagnostics;
    for (size_t i = 0; i < dd.size() && i < 30; ++i) std::fprintf(stderr, "entente: dictionary: %s\n", dd[i].c_str());
    if (dd.size() > 30) std::fprintf(stderr, "entente: dictionary: ... and %zu more\n", dd.size() - 30);
  }

  size_t passed = 0, failed = 0, unscored = 0, options = 0, options_applied = 0, unchecked = 0;
  FieldOptions field = dicts.field_options;
  std::map<std::string, size_t> why;
  std::string story;  // FORWARD: the story of the record coded last
  std::map<std::string, std::pair<size_t, size_t>> per_category;  // passed, total
  auto t1 = std::chrono::steady_clock::now();
  for (const ValidationRecord& r : suite.records) {
    if (!r.scored && !o.all) {
      ++unscored;
      continue;
    }
    if (r.expect == ValidationRecord::Expect::kOption) {
      // "OPTION:" records change the coding switches for the records after them, as a
      // TABARI options file does; commands entente does not apply are counted.
      for (const std::string& cmd : r.options) {
        std::string error;
        if (field.Apply(cmd, &error)) ++options_applied;
        else ++options;
      }
      continue;
    }
    if (r.expect == ValidationRecord::Expect::kUnchecked) {
      ++unchecked;
      continue;
    }
    // FORWARD: the records of one story are its sentences, in order; pronouns with no
    // antecedent take the actor forwarded from the story's previous record.
    if (!field.forward_template.empty()) {
      std::string s = field.StoryOf(r.id_field);
      if (s.empty() || s != story) field.forward_actor.clear();
      story = s;
    } else {
      story.clear();
    }
    Document doc;
    doc.id = r.id;
    doc.origin = r.origin;
    doc.published = r.date;
    doc.bytes = r.text;
    auto a = (*pipeline)->Process(doc, &field);
    if (!field.forward_template.empty()) field.forward_actor = a.ok() ? ForwardedActor(a->mentions) : "";
    std::vector<ExpectedEvent> produced;
    std::vector<std::string> patterns;
    bool not_english = false;
    if (a.ok()) {
      for (const Event& e : a->events) {
        produced.push_back({e.source.code, e.target ? e.target->code : "", e.code});
        patterns.push_back(e.pattern + (e.factuality != "asserted" ? " " + e.factuality : ""));
      }
      not_english = a->article.language != "en" && a->article.language != "un";
    }
    std::vector<ExpectedEvent> exp = r.events, got = produced;
    bool ok;
    if (tabari) {
      std::sort(exp.begin(), exp.end());
      std::sort(got.begin(), got.end());
      ok = r.partial ? SubMultiset(exp, got) : exp == got;
    } else {  // PETRARCH compares sets
      std::sort(exp.begin(), exp.end());
      exp.erase(std::unique(exp.begin(), exp.end()), exp.end());
      std::sort(got.begin(), got.end());
      got.erase(std::unique(got.begin(), got.end()), got.end());
      ok = exp == got;
    }
    auto& pc = per_category[r.category];
    ++pc.second;
    if (ok) {
      ++passed;
      ++pc.first;
      if (o.passes) std::printf("PASS %s [%s]\n", r.id.c_str(), r.origin.c_str());
      continue;
    }
    ++failed;
    std::string category = a.ok() ? Category(r, produced, not_english) : "error: " + a.status().message();
    ++why[category];
    std::printf("FAIL %s [%s] %s (%s)\n", r.id.c_str(), r.origin.c_str(), r.date.c_str(), category.c_str());
    std::printf("  text:     %s\n", r.text.c_str());
    std::printf("  expected: %s%s\n", r.expect == ValidationRecord::Expect::kNone ? "(none) " : "",
                r.expect == ValidationRecord::Expect::kNone ? r.note.c_str() : Join(r.events).c_str());
    std::printf("  produced: %s\n", Join(produced).c_str());
    for (size_t i = 0; i < produced.size(); ++i)
      std::printf("            %s by %s\n", produced[i].ToString().c_str(), patterns[i].c_str());
  }
  double code_s = std::chrono::duration<double>(std::chrono::steady_clock::now() - t1).count();

  std::printf("\n");
  std::printf("dictionaries loaded in %.3f s (wordnet, CAMEO table and these files):\n", load_s);
  for (const DictLoadReport& rep : dicts.reports) {
    std::printf("  %-34s %-17s %6zu lines  %6zu actor names  %5zu agent names  %6zu patterns  %4zu discards  "
                "%5zu skipped  %4zu diagnostics  %.3f s\n",
                fs::path(rep.path).filename().string().c_str(), DictFormatName(rep.format), rep.stats.lines, rep.actors,
                rep.agents, rep.patterns, rep.discards, rep.stats.skipped_total(), rep.diagnostics, rep.seconds);
    for (const auto& [reason, n] : rep.stats.skipped) std::printf("      skipped %5zu  %s\n", n, reason.c_str());
    for (const auto& [reason, n] : rep.stats.lossy) std::printf("      approx. %5zu  %s\n", n, reason.c_str());
  }
  std::printf("records: %zu read, %zu scored, %zu not scored (%s), %zu options commands applied, %zu not applied, "
              "%zu without a check\n",
              suite.records.size(), passed + failed, unscored,
              tabari ? "after FINAL-01" : "<Include>/evaluate", options_applied, options, unchecked);
  std::printf("coding: %.3f s for %zu records\n", code_s, passed + failed);
  std::printf("by category:\n");
  for (const auto& [cat, n] : per_category)
    std::printf("  %-14s %4zu / %4zu\n", cat.c_str(), n.first, n.second);
  std::printf("failures by kind:\n");
  std::vector<std::pair<size_t, std::string>> kinds;
  for (const auto& [k, n] : why) kinds.emplace_back(n, k);
  std::sort(kinds.rbegin(), kinds.rend());
  for (const auto& [n, k] : kinds) std::printf("  %4zu  %s\n", n, k.c_str());
  double rate = passed + failed ? 100.0 * static_cast<double>(passed) / static_cast<double>(passed + failed) : 0;
  std::printf("pass rate %.1f%%\n", rate);
  std::printf("%zu passed, %zu failed\n", passed, failed);
  std::fflush(stdout);
  if (o.min_pass >= 0 && rate < o.min_pass) return 1;
  return 0;
}

Register reg({"conformance", [](CLI::App& app) -> std::function<int()> {
  auto* cmd = app.add_subcommand("conformance", "Run the TABARI or PETRARCH validation records");
  cmd->require_subcommand(1);
  auto opt = std::make_shared<RunOptions>();
  auto* tab = cmd->add_subcommand("tabari", "TABARI Validate.text (dictionaries from its .project)");
  auto* pet = cmd->add_subcommand("petrarch", "PETRARCH records XML (dictionaries from its <Environment>)");
  for (auto* sub : {tab, pet}) {
    sub->add_option("file", opt->file, "The records file")->required();
    sub->add_flag("--all", opt->all, "Also run records that are not scored (after FINAL-01, excluded categories)");
    sub->add_flag("--passes", opt->passes, "Also print a line per passing record");
    sub->add_flag("-q,--quiet", opt->quiet, "No dictionary diagnostics on stderr");
    sub->add_option("--min-pass", opt->min_pass, "Exit 1 when the pass rate (percent) is below this");
    sub->add_option("--wordnet", opt->wordnet_dir, "WordNet dict folder (Debian wordnet-base)");
  }
  tab->add_option("--project", opt->project, "TABARI .project naming the dictionaries (default: FILE's .project)");
  return [=]() -> int {
    if (!cmd->parsed()) return -1;
    return Run(tab->parsed(), *opt);
  };
}});

}  // namespace
}  // namespace entente::cli
