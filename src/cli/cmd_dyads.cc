// entente dyads: relations over time.
//   dyads --db DB [--by month]                         every dyad: count, mean Goldstein per period
//   dyads --db DB --source PRK --target CHN [--by]     the dyad's series (both directions unless --directed)
//   dyads ... --changes                                the periods where its cooperation shifts most
//   dyads --db DB --network [--from --to]              the relations network of a period
// Counts are fused events (the same event reported by several articles counts once).
#include "analysis/change_points.h"
#include "cli/command.h"
#include "cli/json_output.h"
#include "store/store_json.h"

namespace entente::cli {
namespace {

Register reg({"dyads", [](CLI::App& app) -> std::function<int()> {
  auto* cmd = app.add_subcommand("dyads", "Relations over time: dyad summaries, a dyad's series, change points, networks");
  auto f = std::make_shared<FilterFlags>();
  auto by = std::make_shared<std::string>("month");
  auto changes = std::make_shared<bool>(false);
  auto network = std::make_shared<bool>(false);
  auto window = std::make_shared<int>(3);
  AddFilterFlags(cmd, *f, false);
  cmd->add_option("--by", *by, "Period: day, week, month or year")
      ->check(CLI::IsMember({"day", "week", "month", "year"}));
  cmd->add_flag("--changes", *changes, "Change points of the series (needs --source and --target)");
  cmd->add_option("--window", *window, "Periods on each side compared by --changes")->check(CLI::Range(1, 120));
  cmd->add_flag("--network", *network, "Nodes and edges of the period's relations network");
  return [=]() -> int {
    if (!cmd->parsed()) return -1;
    bool dyad = !f->source.empty() && !f->target.empty();
    if (*changes && !dyad) {
      std::fprintf(stderr, "entente: --changes needs --source and --target\n");
      return 2;
    }
    EventFilter filter;
    std::unique_ptr<Store> store;
    if (!OpenQuery(*f, &filter, &store)) return 2;
    auto fail = [](const Status& st) {
      std::fprintf(stderr, "entente: %s\n", st.message().c_str());
      return 2;
    };
    if (*network) {
      auto net = store->NetworkOf(filter);
      if (!net.ok()) return fail(net.status());
      nlohmann::ordered_json j = NetworkJson(*net);
      for (auto& n : j["nodes"]) PrintLine(Line(nlohmann::ordered_json{{"node", n}}));
      for (auto& e : j["edges"]) PrintLine(Line(nlohmann::ordered_json{{"edge", e}}));
      return 0;
    }
    if (dyad || !f->actor.empty() || !f->source.empty() || !f->target.empty()) {
      auto series = store->Series(filter, *by);
      if (!series.ok()) return fail(series.status());
      if (*changes) {
        for (const ChangePoint& c : DetectChanges(*series, *window)) PrintLine(Line(ChangePointJson(c)));
      } else {
        for (const SeriesPoint& p : *series) PrintLine(Line(SeriesPointJson(p)));
      }
      return 0;
    }
    if (*by == "week") return fail(Status::InvalidArgument("--by week needs a dyad (--source and --target)"));
    auto rows = store->Dyads(*by);
    if (!rows.ok()) return fail(rows.status());
    for (const DyadRow& r : *rows) PrintLine(Line(DyadRowJson(r)));
    return 0;
  };
}});

}  // namespace
}  // namespace entente::cli
