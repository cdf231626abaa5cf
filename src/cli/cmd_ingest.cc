// entente ingest: store documents, sentences, mentions and events, fusing reports of the
// same event. Documents are written in batches (one transaction each); when a batch
// fails, its documents are written one by one so that one bad document loses only itself.
#include "cli/command.h"
#include "store/store.h"

namespace entente::cli {
namespace {

constexpr size_t kBatch = 100;

Register reg({"ingest", [](CLI::App& app) -> std::function<int()> {
  auto* cmd = app.add_subcommand("ingest", "Store documents, sentences, mentions and events in a database");
  auto flags = std::make_shared<InputFlags>();
  auto db = std::make_shared<std::string>();
  AddInputFlags(cmd, *flags);
  cmd->add_option("--db", *db, "SQLite database file (created if missing) or postgresql://… URI")->required();
  return [=]() -> int {
    if (!cmd->parsed()) return -1;
    auto p = MakePipelineOrReport(*flags);
    if (!p) return 2;
    auto store = Store::Open(*db);
    if (!store.ok()) {
      std::fprintf(stderr, "entente: %s\n", store.status().message().c_str());
      return 2;
    }
    size_t stored = 0, events = 0, failed = 0;
    std::vector<std::pair<Analysis, std::string>> pending;
    auto flush = [&] {
      std::vector<std::pair<const Analysis*, std::string>> batch;
      for (const auto& [a, origin] : pending) batch.push_back({&a, origin});
      if ((*store)->PutBatch(batch).ok()) {
        for (const auto& [a, origin] : pending) ++stored, events += a.events.size();
      } else {
        for (const auto& [a, origin] : pending) {
          Status st = (*store)->Put(a, origin);
          if (st.ok()) {
            ++stored, events += a.events.size();
          } else {
            ++failed;
            std::fprintf(stderr, "entente: %s: %s\n", origin.c_str(), st.message().c_str());
          }
        }
      }
      pending.clear();
    };
    int rc = ForEachDocument(*flags, p.get(), true, [&](const Document& doc, const Analysis* a) -> std::string {
      pending.emplace_back(*a, doc.origin);
      if (pending.size() >= kBatch) flush();
      return "";
    });
    flush();
    if (!flags->quiet)
      std::fprintf(stderr, "entente: stored %zu documents, %zu events in %s\n", stored, events, db->c_str());
    if (failed && rc == 0) rc = 1;
    return rc;
  };
}});

}  // namespace
}  // namespace entente::cli
