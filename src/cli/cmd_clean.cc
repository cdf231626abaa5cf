// entente clean: the article's own text and metadata.
#include "cli/command.h"
#include "cli/json_output.h"
#include "extract/extractor.h"

namespace entente::cli {
namespace {

Register reg({"clean", [](CLI::App& app) -> std::function<int()> {
  auto* cmd = app.add_subcommand("clean", "Print each article's own text and metadata as JSON Lines");
  auto flags = std::make_shared<InputFlags>();
  auto keep_all = std::make_shared<bool>(false), blocks = std::make_shared<bool>(false);
  AddInputFlags(cmd, *flags);
  cmd->add_flag("--keep-all", *keep_all, "Keep boilerplate (no removal)");
  cmd->add_flag("--blocks", *blocks, "Print every block with its role and the reason (debugging)");
  return [=]() -> int {
    if (!cmd->parsed()) return -1;
    return ForEachDocument(*flags, nullptr, false, [&](const Document& doc, const Analysis*) -> std::string {
      if (*blocks) {
        auto bl = ExtractBlocks(doc);
        if (!bl.ok()) return bl.status().message();
        static const char* kRoles[] = {"unknown", "body", "title", "byline", "meta", "noise"};
        for (const Block& b : *bl) {
          nlohmann::ordered_json j = {{"doc", doc.id}, {"role", kRoles[static_cast<int>(b.role)]}, {"why", b.why},
                                      {"text", b.text}};
          PrintLine(Line(j));
        }
        return "";
      }
      ExtractOptions eo;
      eo.keep_all = *keep_all;
      auto a = Extract(doc, eo);
      if (!a.ok()) return a.status().message();
      if (!flags->quiet)
        for (const auto& w : a->warnings) std::fprintf(stderr, "entente: warning: %s\n", w.c_str());
      PrintLine(Line(ArticleJson(*a)));
      return "";
    });
  };
}});

}  // namespace
}  // namespace entente::cli
