// The entente command: thin flag parsing over the library. Exit status 0 ok, 1 some
// inputs failed (the rest were processed), 2 usage or a run that cannot start.
#include <unistd.h>

#include <CLI/CLI.hpp>
#include <cstdio>
#include <iostream>
#include <set>

#include "cli/json_output.h"
#include "dict/dictionaries.h"
#include "entente/pipeline.h"
#include "extract/extractor.h"
#include "ingest/input_reader.h"
#include "segment/segmenter.h"
#include "store/store.h"
#include "common/date.h"
#include "common/text.h"
#include "time/time_tagger.h"

namespace entente {
namespace {

struct Common {
  std::vector<std::string> inputs;
  std::vector<std::string> jsonl;
  std::string dict_dir;
  std::string wordnet_dir = "/usr/share/wordnet";
  bool quiet = false;
};

void AddInputs(CLI::App* cmd, Common& c) {
  cmd->add_option("inputs", c.inputs, "Files (text or HTML), directories, or - for stdin");
  cmd->add_option("--jsonl", c.jsonl,
                  "JSON Lines file: {\"id\",\"url\",\"published\",\"title\",\"text\"|\"html\"} per line")
      ->take_all();
  cmd->add_option("--dictionaries", c.dict_dir, "Dictionary folder (default: the shipped dictionaries/)");
  cmd->add_option("--wordnet", c.wordnet_dir, "WordNet dict folder (Debian wordnet-base)");
  cmd->add_flag("-q,--quiet", c.quiet, "No warnings on stderr");
}

// Runs `fn` on every document; returns the exit status.
int ForEachDocument(const Common& c, const Pipeline* pipeline, bool progress,
                    const std::function<void(const Document&, const Analysis*)>& fn,
                    const std::function<bool(const Document&, std::string&)>& raw = nullptr) {
  InputOptions in;
  in.paths = c.inputs;
  in.jsonl = c.jsonl;
  size_t failed = 0, done = 0;
  const bool tty = progress && isatty(2);
  Status st = ReadInputs(in, [&](Result<Document> doc) {
    if (!doc.ok()) {
      ++failed;
      std::fprintf(stderr, "entente: %s\n", doc.status().message().c_str());
      return;
    }
    if (raw) {
      std::string err;
      if (!raw(*doc, err)) {
        ++failed;
        std::fprintf(stderr, "entente: %s\n", err.c_str());
      }
      ++done;
      return;
    }
    auto a = pipeline->Process(*doc);
    if (!a.ok()) {
      ++failed;
      std::fprintf(stderr, "entente: %s\n", a.status().message().c_str());
      return;
    }
    if (!c.quiet)
      for (const auto& w : a->warnings) std::fprintf(stderr, "entente: warning: %s\n", w.c_str());
    fn(*doc, &a.value());
    ++done;
    if (tty && done % 10 == 0) std::fprintf(stderr, "\r%zu documents", done);
  });
  if (tty && done >= 10) std::fprintf(stderr, "\r%zu documents\n", done);
  if (!st.ok()) {
    std::fprintf(stderr, "entente: %s\n", st.message().c_str());
    return 2;
  }
  std::fflush(stdout);
  return failed ? 1 : 0;
}

Result<std::unique_ptr<Pipeline>> MakePipeline(const Common& c) {
  PipelineOptions opt;
  opt.dictionary_dir = c.dict_dir;
  opt.wordnet_dir = c.wordnet_dir;
  auto p = Pipeline::Create(opt);
  if (p.ok() && !c.quiet) {
    const auto& diags = (*p)->dictionary_diagnostics();
    for (size_t i = 0; i < diags.size() && i < 20; ++i) std::fprintf(stderr, "entente: dictionary: %s\n", diags[i].c_str());
    if (diags.size() > 20) std::fprintf(stderr, "entente: dictionary: ... and %zu more\n", diags.size() - 20);
  }
  return p;
}

}  // namespace
}  // namespace entente

int main(int argc, char** argv) {
  using namespace entente;
  CLI::App app{"entente: news text in, political event data out (who did what to whom, when)"};
  app.require_subcommand(1);
  app.set_version_flag("--version", "entente 0.1.0");

  Common common;
  auto* clean = app.add_subcommand("clean", "Print each article's own text and metadata as JSON Lines");
  AddInputs(clean, common);
  bool keep_all = false, blocks = false;
  clean->add_flag("--keep-all", keep_all, "Keep boilerplate (no removal)");
  clean->add_flag("--blocks", blocks, "Print every block with its role and the reason (debugging)");

  auto* actors = app.add_subcommand("actors", "Print one JSON line per actor mention");
  AddInputs(actors, common);

  auto* code = app.add_subcommand("code", "Print one JSON line per coded event");
  AddInputs(code, common);
  bool explain = false;
  std::string factuality = "all";
  code->add_flag("--explain", explain, "Show how each event was found: evidence, pattern, cues, date source");
  code->add_option("--factuality", factuality,
                   "Comma-separated kinds to emit: asserted,negated,future,hypothetical,alleged (default all)");

  auto* dates = app.add_subcommand("dates", "Print one JSON line per time expression");
  AddInputs(dates, common);

  auto* ingest = app.add_subcommand("ingest", "Store documents, sentences, mentions and events in a database");
  AddInputs(ingest, common);
  std::string db;
  ingest->add_option("--db", db, "SQLite database file (created if missing)")->required();

  auto* dyads = app.add_subcommand("dyads", "Per (source, target, period): event count and mean Goldstein score");
  std::string dyads_db, by = "month";
  dyads->add_option("--db", dyads_db, "SQLite database file")->required()->check(CLI::ExistingFile);
  dyads->add_option("--by", by, "Period: day, month or year")->check(CLI::IsMember({"day", "month", "year"}));

  try {
    app.parse(argc, argv);
  } catch (const CLI::Success& e) {
    return app.exit(e);
  } catch (const CLI::ParseError& e) {
    app.exit(e);
    return 2;
  }

  if (dyads->parsed()) {
    auto store = Store::Open(dyads_db);
    if (!store.ok()) {
      std::fprintf(stderr, "entente: %s\n", store.status().message().c_str());
      return 2;
    }
    auto rows = (*store)->Dyads(by);
    if (!rows.ok()) {
      std::fprintf(stderr, "entente: %s\n", rows.status().message().c_str());
      return 2;
    }
    for (const DyadRow& r : *rows) {
      nlohmann::ordered_json j = {{"source", r.source}, {"target", r.target}, {"period", r.period},
                          {"events", r.events}, {"goldstein_mean", r.goldstein_mean}};
      std::printf("%s\n", Line(j).c_str());
    }
    return 0;
  }

  if (common.inputs.empty() && common.jsonl.empty()) {
    std::fprintf(stderr, "entente: no input given (files, directories, - or --jsonl FILE); see --help\n");
    return 2;
  }

  if (clean->parsed()) {
    return ForEachDocument(common, nullptr, false, nullptr, [&](const Document& doc, std::string& err) {
      if (blocks) {
        auto bl = ExtractBlocks(doc);
        if (!bl.ok()) {
          err = bl.status().message();
          return false;
        }
        static const char* kRoles[] = {"unknown", "body", "title", "byline", "meta", "noise"};
        for (const Block& b : *bl) {
          nlohmann::ordered_json j = {{"doc", doc.id}, {"role", kRoles[static_cast<int>(b.role)]}, {"why", b.why}, {"text", b.text}};
          std::printf("%s\n", Line(j).c_str());
        }
        return true;
      }
      ExtractOptions eo;
      eo.keep_all = keep_all;
      auto a = Extract(doc, eo);
      if (!a.ok()) {
        err = a.status().message();
        return false;
      }
      std::printf("%s\n", Line(ArticleJson(*a)).c_str());
      return true;
    });
  }

  auto pipeline = MakePipeline(common);
  if (!pipeline.ok()) {
    std::fprintf(stderr, "entente: %s\n", pipeline.status().message().c_str());
    return 2;
  }
  const Pipeline* p = pipeline->get();

  if (actors->parsed()) {
    return ForEachDocument(common, p, false, [&](const Document&, const Analysis* a) {
      for (const Mention& m : a->mentions) std::printf("%s\n", Line(MentionJson(*a, m)).c_str());
    });
  }
  if (code->parsed()) {
    std::set<std::string> kinds;
    if (factuality != "all") {
      for (auto k : Split(factuality, ',')) {
        std::string kind(Trim(k));
        static const std::set<std::string> kKnown = {"asserted", "negated", "future", "hypothetical", "alleged"};
        if (!kKnown.count(kind)) {
          std::fprintf(stderr, "entente: --factuality: unknown kind '%s'\n", kind.c_str());
          return 2;
        }
        kinds.insert(kind);
      }
    }
    return ForEachDocument(common, p, false, [&](const Document&, const Analysis* a) {
      for (const Event& e : a->events)
        if (kinds.empty() || kinds.count(e.factuality)) std::printf("%s\n", Line(EventJson(*a, e, explain)).c_str());
    });
  }
  if (dates->parsed()) {
    return ForEachDocument(common, p, false, [&](const Document& doc, const Analysis* a) {
      TimeContext ctx;
      if (auto d = ParseIsoDate(a->article.published); d && d->precision == DateValue::Precision::kDay) ctx.published = *d;
      for (const TimeExpr& t : TagTimes(a->sentences, a->article.text, ctx)) {
        nlohmann::ordered_json j = {{"doc", doc.id}, {"text", a->article.text.substr(t.begin, t.end - t.begin)},
                            {"value", t.value}, {"start", t.begin}, {"end", t.end}, {"sentence", t.sentence}};
        std::printf("%s\n", Line(j).c_str());
      }
    });
  }
  if (ingest->parsed()) {
    auto store = Store::Open(db);
    if (!store.ok()) {
      std::fprintf(stderr, "entente: %s\n", store.status().message().c_str());
      return 2;
    }
    size_t stored = 0, events = 0;
    int rc = ForEachDocument(common, p, true, [&](const Document& doc, const Analysis* a) {
      Status st = (*store)->Put(*a, doc.origin);
      if (!st.ok()) {
        std::fprintf(stderr, "entente: %s: %s\n", doc.origin.c_str(), st.message().c_str());
        return;
      }
      ++stored;
      events += a->events.size();
    });
    if (!common.quiet) std::fprintf(stderr, "entente: stored %zu documents, %zu events in %s\n", stored, events, db.c_str());
    return rc;
  }
  return 2;
}
