// entente dyads: per (source, target, period) event counts and mean Goldstein score.
#include "cli/command.h"
#include "cli/json_output.h"
#include "store/store.h"

namespace entente::cli {
namespace {

Register reg({"dyads", [](CLI::App& app) -> std::function<int()> {
  auto* cmd = app.add_subcommand("dyads", "Per (source, target, period): event count and mean Goldstein score");
  auto db = std::make_shared<std::string>();
  auto by = std::make_shared<std::string>("month");
  cmd->add_option("--db", *db, "SQLite database file")->required()->check(CLI::ExistingFile);
  cmd->add_option("--by", *by, "Period: day, month or year")->check(CLI::IsMember({"day", "month", "year"}));
  return [=]() -> int {
    if (!cmd->parsed()) return -1;
    auto store = Store::Open(*db);
    if (!store.ok()) {
      std::fprintf(stderr, "entente: %s\n", store.status().message().c_str());
      return 2;
    }
    auto rows = (*store)->Dyads(*by);
    if (!rows.ok()) {
      std::fprintf(stderr, "entente: %s\n", rows.status().message().c_str());
      return 2;
    }
    for (const DyadRow& r : *rows) {
      nlohmann::ordered_json j = {{"source", r.source}, {"target", r.target}, {"period", r.period},
                                  {"events", r.events}, {"goldstein_mean", r.goldstein_mean}};
      PrintLine(Line(j));
    }
    return 0;
  };
}});

}  // namespace
}  // namespace entente::cli
