// The CLI's subcommands: each file cmd_<name>.cc registers one with RegisterCommand, so
// a new subcommand is a new file, not an edit of main.cc.
#pragma once

#include <CLI/CLI.hpp>
#include <functional>
#include <memory>
#include <string>
#include <vector>

#include "entente/analysis.h"
#include "entente/document.h"
#include "entente/pipeline.h"
#include "store/store.h"

namespace entente::cli {

// Options every document-reading subcommand takes.
struct InputFlags {
  std::vector<std::string> inputs;
  std::vector<std::string> jsonl;
  std::string dict_dir;
  std::vector<std::string> dict_files;  // --dict FILE (repeatable): any format of docs/formats.md
  bool only_dict = false;               // --only-dict: no shipped actors/verbs, only --dict files
  std::string wordnet_dir = "/usr/share/wordnet";
  bool quiet = false;
};

void AddInputFlags(CLI::App* cmd, InputFlags& f);

// Builds the pipeline, printing dictionary diagnostics unless quiet.
Result<std::unique_ptr<Pipeline>> MakePipeline(const InputFlags& f);

// MakePipeline, with the error printed: nullptr when the run cannot start (exit 2).
std::unique_ptr<Pipeline> MakePipelineOrReport(const InputFlags& f);

// Reads every input; `fn` gets each analysed document (`pipeline` non-null) or each raw
// document (`pipeline` null, then `fn` gets nullptr for the analysis and may fail by
// returning an error message). Returns the exit status: 0 ok, 1 some inputs failed,
// 2 the run could not start.
int ForEachDocument(const InputFlags& f, const Pipeline* pipeline, bool progress,
                    const std::function<std::string(const Document&, const Analysis*)>& fn);

// Options that choose events in a store (dyads, events, export).
struct FilterFlags {
  std::string db;
  std::string source, target, actor, code, from, to, factuality;
  bool directed = false;
  int limit = 100, offset = 0;
};
void AddFilterFlags(CLI::App* cmd, FilterFlags& f, bool paging);
// The filter, or an error naming the bad flag.
Result<EventFilter> ToFilter(const FilterFlags& f);
// The filter of `f` and its store opened read-only, errors printed: false when the run
// cannot start (exit 2).
bool OpenQuery(const FilterFlags& f, EventFilter* filter, std::unique_ptr<Store>* store);

struct Command {
  std::string name;
  // Adds the subcommand's flags; returns the function that runs it once parsed.
  std::function<std::function<int()>(CLI::App& app)> setup;
};

std::vector<Command>& Registry();
struct Register {
  explicit Register(Command c) { Registry().push_back(std::move(c)); }
};

void PrintLine(const std::string& line);  // stdout, one line

}  // namespace entente::cli
