#include "cli/command.h"

#include <unistd.h>

#include <cctype>
#include <cstdio>
#include <set>
#include <sstream>

#include "common/date.h"
#include "ingest/input_reader.h"

namespace entente::cli {

std::vector<Command>& Registry() {
  static std::vector<Command> commands;
  return commands;
}

void PrintLine(const std::string& line) {
  std::fwrite(line.data(), 1, line.size(), stdout);
  std::fputc('\n', stdout);
}

void AddInputFlags(CLI::App* cmd, InputFlags& f) {
  cmd->add_option("inputs", f.inputs, "Files (text or HTML), directories, or - for stdin");
  cmd->add_option("--jsonl", f.jsonl,
                  "JSON Lines file: {\"id\",\"url\",\"published\",\"title\",\"text\"|\"html\"} per line");
  cmd->add_option("--dictionaries", f.dict_dir, "Dictionary folder (default: the shipped dictionaries/)");
  cmd->add_option("--dict", f.dict_files,
                  "Another dictionary file, repeatable: TABARI .actors/.agents/.verbs/.project, PETRARCH "
                  "actors/agents/verbs/discards, entente files; FORMAT:PATH names the format (docs/formats.md)")
      ->allow_extra_args(false);  // one file per --dict, so inputs may follow
  cmd->add_flag("--only-dict", f.only_dict, "Use only the --dict files' actors and verbs, not the shipped ones");
  cmd->add_option("--wordnet", f.wordnet_dir, "WordNet dict folder (Debian wordnet-base)");
  cmd->add_flag("-q,--quiet", f.quiet, "No warnings on stderr");
}

Result<std::unique_ptr<Pipeline>> MakePipeline(const InputFlags& f) {
  PipelineOptions opt;
  opt.dictionary_dir = f.dict_dir;
  opt.wordnet_dir = f.wordnet_dir;
  opt.dictionary_files = f.dict_files;
  opt.builtin_dictionaries = !f.only_dict;
  auto p = Pipeline::Create(opt);
  if (p.ok() && !f.quiet) {
    const auto& diags = (*p)->dictionary_diagnostics();
    for (size_t i = 0; i < diags.size() && i < 20; ++i)
      std::fprintf(stderr, "entente: dictionary: %s\n", diags[i].c_str());
    if (diags.size() > 20) std::fprintf(stderr, "entente: dictionary: ... and %zu more\n", diags.size() - 20);
  }
  return p;
}

std::unique_ptr<Pipeline> MakePipelineOrReport(const InputFlags& f) {
  auto p = MakePipeline(f);
  if (!p.ok()) {
    std::fprintf(stderr, "entente: %s\n", p.status().message().c_str());
    return nullptr;
  }
  return std::move(p.value());
}

int ForEachDocument(const InputFlags& f, const Pipeline* pipeline, bool progress,
                    const std::function<std::string(const Document&, const Analysis*)>& fn) {
  if (f.inputs.empty() && f.jsonl.empty()) {
    std::fprintf(stderr, "entente: no input given (files, directories, - or --jsonl FILE); see --help\n");
    return 2;
  }
  InputOptions in;
  in.paths = f.inputs;
  in.jsonl = f.jsonl;
  size_t failed = 0, done = 0;
  const bool tty = progress && isatty(2);
  Status st = ReadInputs(in, [&](Result<Document> doc) {
    if (!doc.ok()) {
      ++failed;
      std::fprintf(stderr, "entente: %s\n", doc.status().message().c_str());
      return;
    }
    std::string err;
    if (pipeline) {
      auto a = pipeline->Process(*doc);
      if (!a.ok()) {
        ++failed;
        std::fprintf(stderr, "entente: %s\n", a.status().message().c_str());
        return;
      }
      if (!f.quiet)
        for (const auto& w : a->warnings) std::fprintf(stderr, "entente: warning: %s\n", w.c_str());
      err = fn(*doc, &a.value());
    } else {
      err = fn(*doc, nullptr);
    }
    if (!err.empty()) {
      ++failed;
      std::fprintf(stderr, "entente: %s\n", err.c_str());
      return;
    }
    ++done;
    if (tty && done % 10 == 0) std::fprintf(stderr, "\r%zu documents", done);
  });
  if (tty && done >= 10) std::fprintf(stderr, "\r%zu documents\n", done);
  if (!st.ok()) {
    std::fprintf(stderr, "entente: %s\n", st.message().c_str());
    return 2;
  }
  std::fflush(stdout);
  return failed ? 1 : 0;
}

void AddFilterFlags(CLI::App* cmd, FilterFlags& f, bool paging) {
  cmd->add_option("--db", f.db, "SQLite database file or postgresql://… URI")->required();
  cmd->add_option("--source", f.source, "Source actor, country part (PRK) or organisation (IGOUNO)");
  cmd->add_option("--target", f.target, "Target actor");
  cmd->add_flag("--directed", f.directed, "Only source -> target (default: both directions)");
  cmd->add_option("--actor", f.actor, "Events with this actor on either side");
  cmd->add_option("--code", f.code, "CAMEO code prefix: 04, 042");
  cmd->add_option("--from", f.from, "First date (YYYY, YYYY-MM or YYYY-MM-DD)");
  cmd->add_option("--to", f.to, "Last date, inclusive (YYYY, YYYY-MM or YYYY-MM-DD)");
  cmd->add_option("--factuality", f.factuality, "Comma-separated: asserted,negated,future,hypothetical,alleged");
  if (paging) {
    cmd->add_option("--limit", f.limit, "At most this many events")->check(CLI::Range(0, 100000));
    cmd->add_option("--offset", f.offset, "Skip this many events")->check(CLI::NonNegativeNumber);
  }
}

Result<EventFilter> ToFilter(const FilterFlags& f) {
  EventFilter out;
  auto actor = [](const std::string& flag, const std::string& v) -> Status {
    for (char c : v)
      if (!std::isupper(static_cast<unsigned char>(c)) && !std::isdigit(static_cast<unsigned char>(c)))
        return Status::InvalidArgument(flag + " must be an actor code such as PRK, not '" + v + "'");
    return Status::Ok();
  };
  ENTENTE_RETURN_IF_ERROR(actor("--source", f.source));
  ENTENTE_RETURN_IF_ERROR(actor("--target", f.target));
  ENTENTE_RETURN_IF_ERROR(actor("--actor", f.actor));
  for (const auto& [flag, v] : {std::pair<const char*, const std::string&>{"--from", f.from}, {"--to", f.to}}) {
    if (v.empty()) continue;
    auto d = ParseIsoDate(v);
    if (!d || d->ToString() != v)
      return Status::InvalidArgument(std::string(flag) + " must be YYYY, YYYY-MM or YYYY-MM-DD, not '" + v + "'");
  }
  for (char c : f.code)
    if (!std::isdigit(static_cast<unsigned char>(c)))
      return Status::InvalidArgument("--code must be digits (a CAMEO code prefix), not '" + f.code + "'");
  static const std::set<std::string> kKinds = {"asserted", "negated", "future", "hypothetical", "alleged"};
  std::stringstream ss(f.factuality);
  for (std::string k; std::getline(ss, k, ',');) {
    if (k.empty()) continue;
    if (!kKinds.count(k)) return Status::InvalidArgument("--factuality: unknown kind '" + k + "'");
    out.factuality.push_back(k);
  }
  out.source = f.source, out.target = f.target, out.actor = f.actor, out.code = f.code;
  out.from = f.from, out.to = f.to;
  out.both_directions = !f.directed;
  out.limit = f.limit, out.offset = f.offset;
  return out;
}

bool OpenQuery(const FilterFlags& f, EventFilter* filter, std::unique_ptr<Store>* store) {
  auto parsed = ToFilter(f);
  if (!parsed.ok()) {
    std::fprintf(stderr, "entente: %s\n", parsed.status().message().c_str());
    return false;
  }
  *filter = std::move(*parsed);
  auto opened = Store::Open(f.db, /*read_only=*/true);
  if (!opened.ok()) {
    std::fprintf(stderr, "entente: %s\n", opened.status().message().c_str());
    return false;
  }
  *store = std::move(*opened);
  return true;
}

}  // namespace entente::cli
