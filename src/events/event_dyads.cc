#include "events/event_dyads.h"

#include <algorithm>
#include <string>
#include <string_view>
#include <vector>

#include "events/actor_codes.h"
#include "events/clause_syntax.h"

namespace entente::events {
namespace {

// Words that, after a comma, narrow what came before rather than start a new clause.
bool NarrowsBefore(std::string_view w) {
  return w == "especially" || w == "particularly" || w == "notably" || w == "including" || w == "mainly" ||
         w == "chiefly" || w == "primarily" || w == "above" || w == "such";
}

}  // namespace

std::vector<Dyad> MakeDyads(const SentenceContext& c, const VerbPattern& pat, uint32_t a, uint32_t clause_end,
                            const Roles& r, int root) {
  const SentenceView& v = c.v;
  const MentionSet& ms = c.ms;
  const std::string& text = c.text;
  const FieldOptions* fo = c.fo;
  const auto& t = v.s->tokens;
  const bool paired_only = pat.null_event;  // a null pattern that got here has a paired code
  const bool default_src = r.default_src, default_tgt = r.default_tgt;
  // Expand groups to mentions; an agent-of-country head lends its role to a bare list.
  auto expand = [&](const std::vector<int>& gs) {
    std::vector<const Mention*> out_m;
    std::string role;
    for (size_t gi = 0; gi < gs.size(); ++gi) {
      for (uint32_t idx : v.groups[gs[gi]].mentions) {
        const Mention* mm = &ms.mentions[idx];
        out_m.push_back(mm);
        // (TABARI does not: "The ambassadors of Arnor, Osgiliath and Gondor" is ARNGOV, OSG, GON.)
        if (gi == 0 && mm->code.size() > 3 && !t[mm->first].upper_initial && !pat.agent_stays_first)
          role = mm->code.substr(3);
      }
    }
    return std::make_pair(out_m, role);
  };
  auto [src_m, src_role] = expand(r.sources);
  auto [tgt_m, tgt_role] = expand(r.targets);
  // A compound slot after the verb ("has exchanged prisoners with %"): its members are
  // each other's partners; the subject is not one of them.
  if (pat.compound_among && !pat.has_source && !default_src && !default_tgt && tgt_m.size() >= 2) {
    src_m = tgt_m;
    src_role = tgt_role;
    tgt_m.clear();
  }
  std::vector<Dyad> dyads;
  auto ref = [&](const Mention* mm, const std::string& role) {
    ActorRef ar = RefOf(*mm, text);
    if (!role.empty() && ar.code.size() == 3 && ar.code.compare(0, 3, "IGO") != 0) ar.code += role;
    // An ethnic group is coded by where it lives, as that country's civilians when it
    // has no role of its own.
    if (std::string home = Residence(v, ms, *mm); !home.empty())
      ar.code = home + (ar.code.size() > 3 ? ar.code.substr(3) : std::string("CVL"));
    return ar;
  };
  if (default_src || default_tgt) {
    std::vector<ActorRef> srs, trs;
    if (default_src) srs.push_back({fo->default_source, "default source (DEFAULT:)", ""});
    for (auto* sm : src_m) srs.push_back(ref(sm, src_role));
    if (default_tgt) trs.push_back({fo->default_target, "default target (DEFAULT:)", ""});
    for (auto* tm : tgt_m) trs.push_back(ref(tm, tgt_role));
    for (const ActorRef& sr : srs)
      for (const ActorRef& tr : trs)
        if (sr.code != tr.code) dyads.emplace_back(sr, tr);
  } else if (!tgt_m.empty()) {
    // In a compound slot, an actor of the other side's own country is an escort
    // ("received by Liu and North Korea's ambassador") when others are foreign.
    auto foreign_filter = [](std::vector<const Mention*>& list, const std::vector<const Mention*>& other) {
      if (list.size() < 2 || other.empty()) return;
      std::string home = CountryOf(other.front()->code);
      std::vector<const Mention*> keep;
      for (auto* x : list)
        if (CountryOf(x->code) != home) keep.push_back(x);
      if (!keep.empty()) list = keep;
    };
    foreign_filter(src_m, tgt_m);
    foreign_filter(tgt_m, src_m);
    for (auto* sm : src_m)
      for (auto* tm : tgt_m) {
        ActorRef sr = ref(sm, src_role), tr = ref(tm, tgt_role);
        if (sr.code == tr.code) continue;
        if (SameStateApparatus(sr.code, tr.code)) continue;
        // "X told AFP", "told reporters": the press is the channel of a statement, not
        // its addressee; the statement is not an event between X and the media.
        if (root == 1 && !pat.field_semantics && tr.code.size() >= 6 && tr.code.compare(3, 3, "MED") == 0) continue;
        // A pronoun resolved to the other side's own state is a resolution slip; its
        // people, rebels or opposition against that state are not ("they forgive
        // the Nigerian President").
        if ((sm->pronoun || tm->pronoun) && SameState(sr.code, tr.code)) continue;
        dyads.emplace_back(sr, tr);
      }
  } else if (pat.reciprocal && src_m.size() >= 2 &&
             std::any_of(src_m.begin(), src_m.end(), [&](const Mention* x) {
               return CountryOf(x->code) != CountryOf(src_m.front()->code);
             })) {
    // (Parties of one country, "the government and the rebels agreed": untargeted below.)
    for (auto* x : src_m)
      for (auto* y : src_m) {
        ActorRef xr = ref(x, src_role), yr = ref(y, src_role);
        if (x == y || CountryOf(xr.code) == CountryOf(yr.code)) continue;
        dyads.emplace_back(xr, yr);
      }
  } else if (!pat.has_target) {
    // Without a target only events that stand alone are coded (a drill, an attack).
    if (!c.options.untargeted_roots.count(root)) return {};
    // The place or party named later in the clause is the target: "strengthened its
    // forces in Lebanon", "will withdraw inspectors from Iraq", "shell Iraqi towns".
    // It ends at a comma outside a list: ", killing ...", ", a spokeswoman for the
    // U.S. embassy said" name other parties; a comma before words that narrow what
    // came before (", especially with China", ", including Laos") does not end it.
    std::vector<const Mention*> places, home_places;
    for (uint32_t q = a + 1; q < clause_end && places.empty(); ++q) {
      if (t[q].punct && t[q].norm == ","sv && !(q + 1 < clause_end && NarrowsBefore(t[q + 1].norm))) break;
      int g = v.group_at[q];
      if (g < 0) continue;
      std::vector<int> co = Coordinated(v, g);
      for (int cg : co) {
        const Mention* cand = &ms.mentions[v.groups[cg].mentions.front()];
        bool is_source = false;
        for (auto* sm : src_m) is_source = is_source || CountryOf(sm->code) == CountryOf(cand->code);
        if (!is_source && !cand->pronoun) places.push_back(cand);
        else if (is_source && !cand->pronoun && home_places.empty() && cand->code.size() == 3) home_places.push_back(cand);
      }
      q = std::max(v.groups[g].last, v.groups[co.back()].last) - 1;
    }
    if (places.empty()) places = home_places;
    for (auto* sm : src_m) {
      ActorRef sr = ref(sm, src_role);
      std::optional<ActorRef> tr;
      if (!places.empty()) {
        for (const Mention* p : places) dyads.emplace_back(sr, RefOf(*p, text));
        continue;
      }
      // A protest, a concession or coercion with no one named is aimed at home:
      // CAMEO codes it against the actor's own country.
      // So is the threat of one ("will impose a curfew"): the root before recoding.
      const int acted = std::stoi((paired_only ? pat.paired_code : pat.code).substr(0, 2));
      if (c.options.implicit_domestic_target && (root == 8 || root == 14 || root == 17 ||
                                                 (root == 13 && (acted == 14 || acted == 17))) &&
          sr.code.size() >= 3 && sr.code.compare(0, 3, "IGO") != 0 && sr.code.compare(0, 3, "NGO") != 0)
        tr = ActorRef{CountryOf(sr.code), CountryOf(sr.code) + " (implicit: the actor's own country)", ""};
      dyads.emplace_back(sr, tr);
    }
  } else {
    return {};  // a pattern that needs a target found none
  }
  return dyads;
}

}  // namespace entente::events
