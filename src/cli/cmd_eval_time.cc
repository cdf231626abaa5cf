// entente eval-time: scores the time tagger on human-annotated TIMEX3 rows
// (../shared/eval/time/timebank_aquaint.jsonl by default) or TimeML files. Prints one JSON line per
// measure ({"measure","rows","correct","accuracy","found","strict","tagged_correct",
// "tagged_accuracy","found_rate"}: `accuracy` given the gold spans, `tagged_accuracy`
// tagging the text, time/time_eval.h); with --errors, first one line per wrong DATE/TIME
// row.
#include <cstdio>

#include "cli/command.h"
#include "cli/json_output.h"
#include "segment/lemmatizer.h"
#include "time/time_eval.h"

namespace entente::cli {
namespace {

nlohmann::ordered_json CountJson(const std::string& measure, const TimeEvalCount& c) {
  auto round4 = [](double x) { return static_cast<double>(static_cast<long>(x * 10000 + 0.5)) / 10000; };
  return {{"measure", measure},
          {"rows", c.rows},
          {"correct", c.correct},
          {"accuracy", round4(c.accuracy())},
          {"found", c.found},
          {"strict", c.strict},
          {"tagged_correct", c.tagged_correct},
          {"tagged_accuracy", round4(c.tagged_accuracy())},
          {"found_rate", round4(c.found_rate())}};
}

Register reg({"eval-time", [](CLI::App& app) -> std::function<int()> {
  auto* cmd = app.add_subcommand("eval-time", "Score the time tagger on TIMEX3 gold (JSON Lines rows or TimeML files)");
  auto file = std::make_shared<std::string>(std::string(ENTENTE_SOURCE_DIR) +
                                            "/../shared/eval/time/timebank_aquaint.jsonl");
  auto wordnet = std::make_shared<std::string>("/usr/share/wordnet");
  auto errors = std::make_shared<bool>(false);
  auto all_errors = std::make_shared<bool>(false);
  auto per_line = std::make_shared<bool>(false);
  auto spurious = std::make_shared<bool>(false);
  auto loose = std::make_shared<bool>(false);
  cmd->add_option("file", *file,
                  "Gold: JSON Lines rows (default ../shared/eval/time/timebank_aquaint.jsonl), a TimeML .tml file, "
                  "or a folder of .tml files (TimeBank, TempEval-3)");
  cmd->add_option("--wordnet", *wordnet, "WordNet dict folder (Debian wordnet-base)");
  cmd->add_flag("--errors", *errors, "Also print each DATE/TIME row wrong in either reading");
  cmd->add_flag("--all-errors", *all_errors, "Also print each wrong row of any type");
  cmd->add_flag("--per-line", *per_line, "Tag each context line on its own, not the rebuilt document");
  cmd->add_flag("--spurious", *spurious, "Also print each tagged expression that overlaps no gold one");
  cmd->add_flag("--loose", *loose, "Also print each gold expression found with other bounds than the gold's");
  return [=]() -> int {
    if (!cmd->parsed()) return -1;
    Lemmatizer lem;
    Status st = lem.Load(*wordnet);
    if (!st.ok()) std::fprintf(stderr, "entente: %s\n", st.message().c_str());
    TimeEvalOptions opt;
    opt.per_line = *per_line;
    auto r = EvaluateTimes(*file, &lem, opt);
    if (!r.ok()) {
      std::fprintf(stderr, "entente: %s\n", r.status().message().c_str());
      return 2;
    }
    const TimeEvalReport& rep = r.value();
    if (*errors || *all_errors)
      for (const TimeEvalRow& row : rep.rows) {
        if ((row.correct() && row.tagged_correct()) || (!*all_errors && row.type != "DATE" && row.type != "TIME"))
          continue;
        PrintLine(Line({{"doc", row.doc},
                        {"dct", row.dct},
                        {"type", row.type},
                        {"text", row.text},
                        {"gold", row.gold},
                        {"resolved", row.resolved},
                        {"found", row.found},
                        {"predicted_text", row.predicted_text},
                        {"predicted", row.predicted},
                        {"context", row.context}}));
      }
    if (*loose)
      for (const TimeEvalRow& row : rep.rows)
        if (row.found && !row.strict)
          PrintLine(Line({{"doc", row.doc}, {"type", row.type}, {"text", row.text}, {"tagged", row.predicted_text}}));
    if (*spurious)
      for (const auto& sp : rep.spurious_rows)
        PrintLine(Line({{"doc", sp.doc}, {"spurious", sp.text}, {"value", sp.value}, {"context", sp.context}}));
    for (const auto& [type, c] : rep.by_type) PrintLine(Line(CountJson(type, c)));
    PrintLine(Line(CountJson("DATE+TIME", rep.date_time)));
    PrintLine(Line(CountJson("DATE+TIME relative", rep.relative)));
    PrintLine(Line(CountJson("DATE+TIME gold YYYY-MM-DD", rep.full_day)));
    for (const auto& [corpus, c] : rep.by_corpus) PrintLine(Line(CountJson("DATE+TIME " + corpus, c)));
    TimeEvalCount all;
    for (const auto& [type, c] : rep.by_type) {
      all.rows += c.rows, all.found += c.found, all.strict += c.strict;
      all.correct += c.correct, all.tagged_correct += c.tagged_correct;
    }
    PrintLine(Line(CountJson("all", all)));
    PrintLine(Line({{"measure", "tagged"}, {"expressions", rep.tagged}, {"spurious", rep.spurious}}));
    const TimeEvalCount date = rep.by_type.count("DATE") ? rep.by_type.at("DATE") : TimeEvalCount{};
    std::fprintf(stderr,
                 "DATE given the spans: %d/%d correct (%.1f%%); DATE+TIME %.1f%%\n"
                 "DATE tagging the text: %d/%d correct (%.1f%%), found %.1f%%; DATE+TIME %.1f%%; "
                 "spurious %d of %d tagged\n",
                 date.correct, date.rows, 100 * date.accuracy(), 100 * rep.date_time.accuracy(),
                 date.tagged_correct, date.rows, 100 * date.tagged_accuracy(), 100 * date.found_rate(),
                 100 * rep.date_time.tagged_accuracy(), rep.spurious, rep.tagged);
    return 0;
  };
}});

}  // namespace
}  // namespace entente::cli
