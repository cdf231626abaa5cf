// entente ingest: store documents, sentences, mentions and events.
#include "cli/command.h"
#include "store/store.h"

namespace entente::cli {
namespace {

Register reg({"ingest", [](CLI::App& app) -> std::function<int()> {
  auto* cmd = app.add_subcommand("ingest", "Store documents, sentences, mentions and events in a database");
  auto flags = std::make_shared<InputFlags>();
  auto db = std::make_shared<std::string>();
  AddInputFlags(cmd, *flags);
  cmd->add_option("--db", *db, "SQLite database file (created if missing)")->required();
  return [=]() -> int {
    if (!cmd->parsed()) return -1;
    auto p = MakePipelineOrReport(*flags);
    if (!p) return 2;
    auto store = Store::Open(*db);
    if (!store.ok()) {
      std::fprintf(stderr, "entente: %s\n", store.status().message().c_str());
      return 2;
    }
    size_t stored = 0, events = 0;
    int rc = ForEachDocument(*flags, p.get(), true, [&](const Document& doc, const Analysis* a) -> std::string {
      Status st = (*store)->Put(*a, doc.origin);
      if (!st.ok()) return doc.origin + ": " + st.message();
      ++stored;
      events += a->events.size();
      return "";
    });
    if (!flags->quiet)
      std::fprintf(stderr, "entente: stored %zu documents, %zu events in %s\n", stored, events, db->c_str());
    return rc;
  };
}});

}  // namespace
}  // namespace entente::cli
