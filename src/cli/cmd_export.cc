// entente export: fused events with their evidence as GDELT 2.0 TSV, PLOVER JSON Lines or
// CSV (docs/exports.md).
#include <cstdio>
#include <fstream>
#include <iostream>

#include "cli/command.h"
#include "export/export.h"
#include "store/store.h"

namespace entente::cli {
namespace {

std::vector<std::string> SplitCommas(const std::string& s) {
  std::vector<std::string> out;
  size_t start = 0;
  while (start <= s.size()) {
    size_t comma = s.find(',', start);
    if (comma == std::string::npos) comma = s.size();
    if (comma > start) out.push_back(s.substr(start, comma - start));
    start = comma + 1;
  }
  return out;
}

struct ExportFlags {
  std::string db, format, out;
  bool header = false, directed = false, quiet = false;
  std::string source, target, actor, code, from, to, factuality;
  long long limit = 0;
};

Register reg({"export", [](CLI::App& app) -> std::function<int()> {
  auto* cmd = app.add_subcommand("export", "Write fused events as GDELT 2.0 TSV, PLOVER JSON Lines or CSV");
  auto f = std::make_shared<ExportFlags>();
  cmd->add_option("--db", f->db, "SQLite database file or postgresql:// URI")->required();
  cmd->add_option("--format", f->format, "gdelt (TSV, 61 columns), plover (JSON Lines) or csv")
      ->required()->check(CLI::IsMember({"gdelt", "plover", "csv"}));
  cmd->add_option("--out", f->out, "Output file (default: stdout)");
  cmd->add_flag("--header", f->header, "gdelt: write the column names first (GDELT's own files have none)");
  cmd->add_option("--source", f->source, "Events from this actor (country part: PRK, IGOUNO)");
  cmd->add_option("--target", f->target, "Events towards this actor");
  cmd->add_flag("--directed", f->directed, "With --source and --target: only source -> target, not both ways");
  cmd->add_option("--actor", f->actor, "Events with this actor on either side");
  cmd->add_option("--code", f->code, "CAMEO event code prefix (04, 042)");
  cmd->add_option("--from", f->from, "First date, inclusive (2018, 2018-06, 2018-06-12)");
  cmd->add_option("--to", f->to, "Last date, inclusive");
  cmd->add_option("--factuality", f->factuality, "Comma-separated: asserted,negated,future,hypothetical,alleged");
  cmd->add_flag("-q,--quiet", f->quiet, "No summary on stderr");
  cmd->add_option("--limit", f->limit, "At most this many events (default: all)")->check(CLI::NonNegativeNumber);
  return [=]() -> int {
    if (!cmd->parsed()) return -1;
    EventFilter filter;
    filter.source = f->source;
    filter.target = f->target;
    filter.both_directions = !f->directed;
    filter.actor = f->actor;
    filter.code = f->code;
    filter.from = f->from;
    filter.to = f->to;
    filter.factuality = SplitCommas(f->factuality);
    for (const std::string& v : filter.factuality) {
      if (v != "asserted" && v != "negated" && v != "future" && v != "hypothetical" && v != "alleged") {
        std::fprintf(stderr, "entente: --factuality: unknown value '%s'\n", v.c_str());
        return 2;
      }
    }
    auto store = Store::Open(f->db, /*read_only=*/true);
    if (!store.ok()) {
      std::fprintf(stderr, "entente: %s\n", store.status().message().c_str());
      return 2;
    }
    std::ofstream file;
    if (!f->out.empty()) {
      file.open(f->out, std::ios::binary | std::ios::trunc);
      if (!file) {
        std::fprintf(stderr, "entente: %s: cannot write\n", f->out.c_str());
        return 2;
      }
    }
    std::ostream& os = f->out.empty() ? std::cout : file;
    if (f->format == "csv") exports::WriteCsvHeader(os);
    if (f->format == "gdelt" && f->header) exports::WriteGdeltHeader(os);
    constexpr int kPage = 1000;
    long long written = 0;
    for (int offset = 0;; offset += kPage) {
      filter.offset = offset;
      filter.limit = kPage;
      if (f->limit > 0) filter.limit = static_cast<int>(std::min<long long>(kPage, f->limit - written));
      if (filter.limit <= 0) break;
      auto events = (*store)->Events(filter, /*with_evidence=*/true);
      if (!events.ok()) {
        std::fprintf(stderr, "entente: %s\n", events.status().message().c_str());
        return 2;
      }
      for (const StoredEvent& e : *events) {
        if (f->format == "gdelt") exports::WriteGdeltRow(e, os);
        else if (f->format == "plover") exports::WritePloverRow(e, os);
        else exports::WriteCsvRow(e, os);
      }
      written += static_cast<long long>(events->size());
      if (static_cast<int>(events->size()) < filter.limit) break;
    }
    os.flush();
    if (!os) {
      std::fprintf(stderr, "entente: %s: write failed\n", f->out.empty() ? "stdout" : f->out.c_str());
      return 2;
    }
    if (!f->quiet) std::fprintf(stderr, "entente: exported %lld events\n", written);
    return 0;
  };
}});

}  // namespace
}  // namespace entente::cli
