// entente dates: one line per time expression, with its TIMEX3 value:
// {"doc","text","value","start","end","source_start","source_end","sentence"}. `start`/`end`
// are byte offsets into the cleaned article text, `source_start`/`source_end` into the
// input (the JSON Lines "text", the file, the page), as events' `span`/`source_span`.
#include "cli/command.h"
#include "cli/json_output.h"
#include "common/date.h"
#include "time/time_tagger.h"

namespace entente::cli {
namespace {

Register reg({"dates", [](CLI::App& app) -> std::function<int()> {
  auto* cmd = app.add_subcommand("dates", "Print one JSON line per time expression");
  auto flags = std::make_shared<InputFlags>();
  AddInputFlags(cmd, *flags);
  return [=]() -> int {
    if (!cmd->parsed()) return -1;
    auto p = MakePipelineOrReport(*flags);
    if (!p) return 2;
    return ForEachDocument(*flags, p.get(), false, [](const Document& doc, const Analysis* a) -> std::string {
      TimeContext ctx;
      if (auto d = ParseIsoDate(a->article.published); d && d->precision == DateValue::Precision::kDay)
        ctx.published = *d;
      for (const TimeExpr& t : TagTimes(a->sentences, a->article.text, ctx)) {
        nlohmann::ordered_json j = {{"doc", doc.id},
                                    {"text", a->article.text.substr(t.begin, t.end - t.begin)},
                                    {"value", t.value},
                                    {"start", t.begin},
                                    {"end", t.end},
                                    {"source_start", a->article.offsets.ToSource(t.begin)},
                                    {"source_end", a->article.offsets.ToSource(t.end)},
                                    {"sentence", t.sentence}};
        PrintLine(Line(j));
      }
      return "";
    });
  };
}});

}  // namespace
}  // namespace entente::cli
