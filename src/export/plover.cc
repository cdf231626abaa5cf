// PLOVER JSON Lines: one event record per line.
//
// Field names follow PLOVER's "JSON Data Fields" (id, date, event, quad_code, event_text,
// text, text_info, cite_info, coder, codebook) and the flat actor fields of POLECAT-style
// PLOVER data (event_type, actor, actor_country, actor_sector, recipient, ...). entente's
// own fields are added under their own names (cameo_code, goldstein, factuality, ...).
#include <nlohmann/json.hpp>

#include "export/export.h"

namespace entente::exports {
namespace {

using Json = nlohmann::ordered_json;

std::string Precision(const std::string& date) {
  switch (date.size()) {
    case 10: return "day";
    case 7: return "month";
    case 4: return "year";
    default: return "none";
  }
}

// The sector: the role codes after the country ("PRKGOV" -> "GOV"; "IGOUNO" -> "IGO").
std::string Sector(const CameoActorParts& p) {
  std::string s = p.type1;
  if (!p.type2.empty()) s += p.type2;
  return s;
}

void PutActor(Json& j, const char* role, const std::string& name, const std::string& code,
              const std::string& dyad_actor, const std::string& text) {
  CameoActorParts p = ParseCameoActor(code);
  std::string r(role);
  j[r] = name;
  j[r + "_code"] = code;
  j[r + "_country"] = !p.country.empty() ? p.country : dyad_actor;
  j[r + "_sector"] = Sector(p);
  j[r + "_text"] = text;
}

}  // namespace

std::string PloverRecord(const StoredEvent& e) {
  const Evidence* first = FirstReport(e);
  Json j;
  j["id"] = "entente-" + std::to_string(e.id);
  j["date"] = e.date;
  j["date_precision"] = Precision(e.date);
  j["event_type"] = e.plover;
  j["event"] = e.plover.empty() ? Json::array() : Json::array({e.plover});
  j["quad_code"] = e.quad;
  PutActor(j, "actor", e.source_name, e.source_code, e.source_actor, first ? first->source_text : "");
  if (!e.target_code.empty() || !e.target_actor.empty()) {
    PutActor(j, "recipient", e.target_name, e.target_code, e.target_actor, first ? first->target_text : "");
  } else {
    for (const char* k : {"recipient", "recipient_code", "recipient_country", "recipient_sector", "recipient_text"})
      j[k] = nullptr;
  }
  j["cameo_code"] = e.code;
  j["cameo_root"] = e.root;
  j["goldstein"] = e.goldstein;
  j["factuality"] = e.factuality;
  j["mentions"] = e.mentions;
  j["articles"] = e.articles;
  j["sources"] = e.sources;
  j["event_text"] = first ? EvidenceText(*first) : "";
  j["text"] = first ? first->text : e.text;
  if (first) {
    j["text_info"] = {{"sequence", first->sentence}, {"start", first->span_start}, {"end", first->span_end}};
    j["cite_info"] = {{"url", first->url}, {"title", first->title}, {"publication", first->publisher},
                      {"published", first->published}, {"doc_id", first->doc_id}};
  }
  Json evidence = Json::array();
  for (const Evidence& ev : e.evidence) {
    evidence.push_back({{"doc_id", ev.doc_id}, {"url", ev.url}, {"title", ev.title},
                        {"publication", ev.publisher}, {"published", ev.published},
                        {"sequence", ev.sentence}, {"text", ev.text}, {"event_text", EvidenceText(ev)},
                        {"start", ev.span_start}, {"end", ev.span_end},
                        {"actor_text", ev.source_text}, {"recipient_text", ev.target_text},
                        {"factuality", ev.factuality}, {"reporter", ev.reporter}, {"pattern", ev.pattern}});
  }
  j["evidence"] = std::move(evidence);
  j["coder"] = "entente";
  j["codebook"] = "CAMEO 1.1b3 + PLOVER";
  return j.dump(-1, ' ', false, Json::error_handler_t::replace);
}

void WritePloverRow(const StoredEvent& e, std::ostream& os) { os << PloverRecord(e) << '\n'; }

}  // namespace entente::exports
