// entente eval plover FILE: event-category and actor accuracy on PLOVER gold records
// (a JSON array of {"id","event","text","source":[{"code"}],"target":[{"code"}]}).
#include <cstdio>
#include <fstream>
#include <map>

#include <nlohmann/json.hpp>

#include "cli/command.h"
#include "common/file.h"
#include "store/store.h"

namespace entente::cli {
namespace {

std::vector<std::string> Codes(const nlohmann::json& rec, const char* key) {
  std::vector<std::string> out;
  auto it = rec.find(key);
  if (it == rec.end() || !it->is_array()) return out;
  for (const auto& a : *it)
    if (a.is_object() && a.contains("code") && a["code"].is_string()) out.push_back(a["code"].get<std::string>());
  return out;
}

bool CountryIn(const std::string& code, const std::vector<std::string>& gold_codes) {
  std::string c = DyadActor(code);
  // An event without a usable actor code matches nothing (an empty prefix would match any gold code).
  if (c.empty()) return false;
  // The records keep a few pre-ISO codes and say IGO/NGO for any organisation.
  static const std::map<std::string, std::string> kOld = {{"JAP", "JPN"}, {"ITL", "ITA"}, {"VTN", "VNM"}};
  std::vector<std::string> gold;
  for (const auto& g : gold_codes) gold.push_back(kOld.count(g) ? kOld.at(g) : g);
  if (c.size() >= 3 && (c.compare(0, 3, "IGO") == 0 || c.compare(0, 3, "NGO") == 0))
    for (const auto& g : gold)
      if (g == "IGO" || g == "NGO") return true;
  for (const auto& g : gold)
    if (!g.empty() && (c == g || c.compare(0, g.size(), g) == 0 || g.compare(0, c.size(), c) == 0)) return true;
  return false;
}

// The gold records use PLOVER 0.5's category names; entente's events carry the 2021
// manual's (REQUEST, ACCUSE, ASSAULT for 19/20). Map the CAMEO code to the 0.5 name.
std::string GsrCategory(const std::string& cameo) {
  int root = std::atoi(cameo.substr(0, 2).c_str());
  switch (root) {
    case 3: return "AGREE";
    case 4: return "CONSULT";
    case 5: return "SUPPORT";
    case 6: return "COOPERATE";
    case 7: return "AID";
    // CAMEO2PLOVER-2021: 081-083 are CONCEDE (0831, a resignation acceding to demands for a
    // change in leadership, too), 084-087 RETREAT.
    case 8: return cameo.size() >= 3 && cameo[2] >= '4' ? "RETREAT" : "CONCEDE";
    case 9: return "INVESTIGATE";
    case 10: return "DEMAND";
    case 11: return "DISAPPROVE";
    case 12: return "REJECT";
    case 13: return "THREATEN";
    case 14: return "PROTEST";
    case 15: return "MOBILIZE";
    case 16: return "SANCTION";
    case 17: return "COERCE";
    // The GSR codes abduction and hostage-taking (CAMEO 181, 184) as COERCE with mode "detain"
    // ("kidnapped", "holding as human shields"); the 2021 table moved them to ASSAULT.
    case 18: return cameo.compare(0, 3, "181") == 0 || cameo.compare(0, 3, "184") == 0 ? "COERCE" : "ASSAULT";
    case 19: case 20: return "FIGHT";
    default: return "";
  }
}

int RunPlover(const std::string& path, const InputFlags& flags, bool verbose) {
  auto text = ReadFile(path);
  if (!text.ok()) {
    std::fprintf(stderr, "entente: %s\n", text.status().message().c_str());
    return 2;
  }
  nlohmann::json records = nlohmann::json::parse(*text, nullptr, false);
  if (records.is_discarded() || !records.is_array()) {
    std::fprintf(stderr, "entente: %s: not a JSON array of PLOVER records\n", path.c_str());
    return 2;
  }
  auto p = MakePipeline(flags);
  if (!p.ok()) {
    std::fprintf(stderr, "entente: %s\n", p.status().message().c_str());
    return 2;
  }
  size_t total = 0, coded = 0, category = 0, category_blind = 0, source_ok = 0, target_total = 0, target_ok = 0;
  std::map<std::string, std::pair<int, int>> per_category;
  for (const auto& rec : records) {
    if (!rec.is_object() || !rec.contains("text") || !rec.contains("event")) continue;
    std::string gold_event = rec["event"].get<std::string>();
    if (gold_event == "DOCUMENT") continue;
    ++total;
    std::vector<std::string> gs = Codes(rec, "source"), gt = Codes(rec, "target");
    Document doc;
    doc.id = rec.value("id", "record");
    doc.origin = path + ":" + doc.id;
    doc.bytes = rec["text"].get<std::string>();
    doc.published = rec.value("date", "");
    auto a = (*p)->Process(doc);
    const Event* best = nullptr;
    int best_score = -1;
    if (a.ok()) {
      for (const Event& e : a->events) {
        // The record's event is chosen without looking at its gold category: the event whose
        // actors match the record's, then a stated (not hypothetical) one, then the first.
        int score = (CountryIn(e.source.code, gs) ? 4 : 0) + (e.target && CountryIn(e.target->code, gt) ? 4 : 0) +
                    (e.factuality != "hypothetical" ? 1 : 0);
        if (score > best_score) best_score = score, best = &e;
      }
      // The same choice without the gold actors (first stated event, else the first), to show
      // how much the actor-guided choice adds to the category figure.
      const Event* blind = nullptr;
      for (const Event& e : a->events)
        if (!blind || (blind->factuality == "hypothetical" && e.factuality != "hypothetical")) blind = &e;
      if (blind && GsrCategory(blind->code) == gold_event) ++category_blind;
    }
    auto& pc = per_category[gold_event];
    ++pc.second;
    if (!gt.empty()) ++target_total;
    if (best) {
      ++coded;
      bool cat = GsrCategory(best->code) == gold_event;
      bool src = CountryIn(best->source.code, gs);
      bool tgt = !gt.empty() && best->target && CountryIn(best->target->code, gt);
      category += cat;
      pc.first += cat;
      source_ok += src;
      target_ok += tgt;
      if (verbose && (!cat || !src || (!gt.empty() && !tgt)))
        std::printf("MISS %s gold=%s %s->%s got=%s(%s) %s->%s | %s\n", doc.id.c_str(), gold_event.c_str(),
                    gs.empty() ? "-" : gs[0].c_str(), gt.empty() ? "-" : gt[0].c_str(), GsrCategory(best->code).c_str(),
                    best->code.c_str(), best->source.code.c_str(), best->target ? best->target->code.c_str() : "-",
                    doc.bytes.c_str());
    } else if (verbose) {
      std::printf("NONE %s gold=%s %s->%s | %s\n", doc.id.c_str(), gold_event.c_str(), gs.empty() ? "-" : gs[0].c_str(),
                  gt.empty() ? "-" : gt[0].c_str(), doc.bytes.c_str());
    }
  }
  auto pct = [](size_t a, size_t b) { return b ? 100.0 * static_cast<double>(a) / static_cast<double>(b) : 0.0; };
  for (const auto& [cat, n] : per_category)
    std::printf("%-12s %3d / %3d  %5.1f%%\n", cat.c_str(), n.first, n.second, pct(n.first, n.second));
  std::printf("records %zu, coded %zu (%.1f%%)\n", total, coded, pct(coded, total));
  std::printf("event category accuracy %.1f%% (%zu/%zu)\n", pct(category, total), category, total);
  std::printf("event category accuracy, choice blind to the gold actors %.1f%% (%zu/%zu)\n", pct(category_blind, total),
              category_blind, total);
  std::printf("source country accuracy %.1f%% (%zu/%zu)\n", pct(source_ok, total), source_ok, total);
  std::printf("target country accuracy %.1f%% (%zu/%zu)\n", pct(target_ok, target_total), target_ok, target_total);
  return 0;
}

Register reg({"eval", [](CLI::App& app) -> std::function<int()> {
  auto* cmd = app.add_subcommand("eval", "Measure accuracy on a gold set");
  cmd->require_subcommand(1);
  auto* plover = cmd->add_subcommand("plover", "PLOVER gold records (JSON array): category and actor accuracy");
  auto file = std::make_shared<std::string>();
  auto verbose = std::make_shared<bool>(false);
  auto flags = std::make_shared<InputFlags>();
  plover->add_option("file", *file, "PLOVER_GSR_CAMEO.txt")->required();
  plover->add_flag("-v,--verbose", *verbose, "Print every record that is not fully right");
  plover->add_option("--dictionaries", flags->dict_dir, "Dictionary folder");
  return [=]() -> int {
    if (!cmd->parsed()) return -1;
    if (plover->parsed()) return RunPlover(*file, *flags, *verbose);
    return 2;
  };
}});

}  // namespace
}  // namespace entente::cli
