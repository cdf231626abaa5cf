// entente actors: one line per actor mention.
#include "cli/command.h"
#include "cli/json_output.h"

namespace entente::cli {
namespace {

Register reg({"actors", [](CLI::App& app) -> std::function<int()> {
  auto* cmd = app.add_subcommand("actors", "Print one JSON line per actor mention");
  auto flags = std::make_shared<InputFlags>();
  AddInputFlags(cmd, *flags);
  return [=]() -> int {
    if (!cmd->parsed()) return -1;
    auto p = MakePipelineOrReport(*flags);
    if (!p) return 2;
    return ForEachDocument(*flags, p.get(), false, [](const Document&, const Analysis* a) -> std::string {
      for (const Mention& m : a->mentions) PrintLine(Line(MentionJson(*a, m)));
      return "";
    });
  };
}});

}  // namespace
}  // namespace entente::cli
