// entente code: one line per coded event.
#include <set>

#include "cli/command.h"
#include "cli/json_output.h"
#include "common/text.h"

namespace entente::cli {
namespace {

Register reg({"code", [](CLI::App& app) -> std::function<int()> {
  auto* cmd = app.add_subcommand("code", "Print one JSON line per coded event");
  auto flags = std::make_shared<InputFlags>();
  auto explain = std::make_shared<bool>(false);
  auto factuality = std::make_shared<std::string>("all");
  AddInputFlags(cmd, *flags);
  cmd->add_flag("--explain", *explain, "Show how each event was found: evidence, pattern, cues, date source");
  cmd->add_option("--factuality", *factuality,
                  "Comma-separated kinds to emit: asserted,negated,future,hypothetical,alleged (default all)");
  return [=]() -> int {
    if (!cmd->parsed()) return -1;
    std::set<std::string> kinds;
    if (*factuality != "all") {
      static const std::set<std::string> kKnown = {"asserted", "negated", "future", "hypothetical", "alleged"};
      for (auto k : Split(*factuality, ',')) {
        std::string kind(Trim(k));
        if (!kKnown.count(kind)) {
          std::fprintf(stderr, "entente: --factuality: unknown kind '%s'\n", kind.c_str());
          return 2;
        }
        kinds.insert(kind);
      }
    }
    auto p = MakePipelineOrReport(*flags);
    if (!p) return 2;
    return ForEachDocument(*flags, p.get(), false, [&](const Document&, const Analysis* a) -> std::string {
      for (const Event& e : a->events)
        if (kinds.empty() || kinds.count(e.factuality)) PrintLine(Line(EventJson(*a, e, *explain)));
      return "";
    });
  };
}});

}  // namespace
}  // namespace entente::cli
