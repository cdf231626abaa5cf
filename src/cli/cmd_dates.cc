// entente dates: one line per time expression, with its TIMEX3 value:
// {"doc","text","value","start","end","source_start","source_end","sentence"}. `start`/`end`
// are byte offsets into the cleaned article text, `source_start`/`source_end` into the
// input (the JSON Lines "text", the file, the page), as events' `span`/`source_span`.
// With --timeml DIR, one TimeML file per document instead (TempEval-3 format).
#include <filesystem>
#include <fstream>

#include "cli/command.h"
#include "cli/json_output.h"
#include "common/date.h"
#include "time/timeml.h"

namespace entente::cli {
namespace {

Register reg({"dates", [](CLI::App& app) -> std::function<int()> {
  auto* cmd = app.add_subcommand("dates", "Print one JSON line per time expression");
  auto flags = std::make_shared<InputFlags>();
  auto timeml = std::make_shared<std::string>();
  AddInputFlags(cmd, *flags);
  cmd->add_option("--timeml", *timeml,
                  "Write one TimeML file (DIR/<id>.tml, TempEval-3 format) per document instead of JSON lines");
  return [=]() -> int {
    if (!cmd->parsed()) return -1;
    if (!timeml->empty()) {
      std::error_code ec;
      std::filesystem::create_directories(*timeml, ec);
      if (ec || !std::filesystem::is_directory(*timeml)) {
        std::fprintf(stderr, "entente: %s: cannot create the TimeML folder: %s\n", timeml->c_str(),
                     ec ? ec.message().c_str() : "not a directory");
        return 2;
      }
    }
    auto p = MakePipelineOrReport(*flags);
    if (!p) return 2;
    return ForEachDocument(*flags, p.get(), false, [&](const Document& doc, const Analysis* a) -> std::string {
      const std::vector<TimeExpr>& times = a->times;  // tagged by the pipeline, against the publication date
      if (!timeml->empty()) {
        const std::string path = (std::filesystem::path(*timeml) / TimeMlFileName(doc.id)).string();
        std::ofstream out(path, std::ios::binary);
        auto published = ParseIsoDate(a->article.published);
        const bool day = published && published->precision == DateValue::Precision::kDay;
        out << ToTimeMl(doc.id, a->article.text, day ? published->ToString() : "", times);
        if (!out.flush()) return path + ": cannot write";
        return "";
      }
      for (const TimeExpr& t : times) {
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
