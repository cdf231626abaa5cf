// entente events: fused events from a store, newest first, with the sentences that
// reported them (--evidence).
#include "cli/command.h"
#include "cli/json_output.h"
#include "store/store_json.h"

namespace entente::cli {
namespace {

Register reg({"events", [](CLI::App& app) -> std::function<int()> {
  auto* cmd = app.add_subcommand("events", "Fused events from a database, with their reports and sources");
  auto f = std::make_shared<FilterFlags>();
  auto evidence = std::make_shared<bool>(false);
  AddFilterFlags(cmd, *f, true);
  cmd->add_flag("--evidence", *evidence, "Include every report: document, sentence, evidence span");
  return [=]() -> int {
    if (!cmd->parsed()) return -1;
    EventFilter filter;
    std::unique_ptr<Store> store;
    if (!OpenQuery(*f, &filter, &store)) return 2;
    auto events = store->Events(filter, *evidence);
    if (!events.ok()) {
      std::fprintf(stderr, "entente: %s\n", events.status().message().c_str());
      return 2;
    }
    for (const StoredEvent& e : *events) PrintLine(Line(StoredEventJson(e)));
    return 0;
  };
}});

}  // namespace
}  // namespace entente::cli
