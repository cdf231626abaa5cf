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

struct ExportFlags {
  FilterFlags filter;
  std::string format, out;
  bool header = false, quiet = false;
  long long limit = 0;
};

Register reg({"export", [](CLI::App& app) -> std::function<int()> {
  auto* cmd = app.add_subcommand("export", "Write fused events as GDELT 2.0 TSV, PLOVER JSON Lines or CSV");
  auto f = std::make_shared<ExportFlags>();
  AddFilterFlags(cmd, f->filter, /*paging=*/false);
  cmd->add_option("--format", f->format, "gdelt (TSV, 61 columns), plover (JSON Lines) or csv")
      ->required()->check(CLI::IsMember({"gdelt", "plover", "csv"}));
  cmd->add_option("--out", f->out, "Output file (default: stdout)");
  cmd->add_flag("--header", f->header, "gdelt: write the column names first (GDELT's own files have none)");
  cmd->add_flag("-q,--quiet", f->quiet, "No summary on stderr");
  cmd->add_option("--limit", f->limit, "At most this many events (default: all)")->check(CLI::NonNegativeNumber);
  return [=]() -> int {
    if (!cmd->parsed()) return -1;
    EventFilter filter;
    std::unique_ptr<Store> store;
    if (!OpenQuery(f->filter, &filter, &store)) return 2;
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
      auto events = store->Events(filter, /*with_evidence=*/true);
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
