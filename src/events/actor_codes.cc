#include "events/actor_codes.h"

#include <algorithm>
#include <cctype>
#include <string>
#include <unordered_set>

namespace entente::events {

bool SameState(const std::string& a, const std::string& b) {
  if (a.size() < 3 || b.size() < 3 || a.compare(0, 3, b, 0, 3) != 0) return false;
  static const std::unordered_set<std::string> kState = {"", "GOV", "ELI", "PTY", "MIL", "MED", "SPY", "LEG",
                                                         "JUD", "COP"};
  return kState.count(a.substr(3)) && kState.count(b.substr(3));
}

bool SameStateApparatus(const std::string& a, const std::string& b) {
  if (a.size() < 3 || b.size() < 3 || a.compare(0, 3, b, 0, 3) != 0) return false;
  static const std::unordered_set<std::string> kExecutive = {"GOV", "ELI", "MED", "SPY"};
  return kExecutive.count(a.substr(3)) && kExecutive.count(b.substr(3));
}

ActorRef RefOf(const Mention& m, const std::string& text) {
  return ActorRef{m.code, m.name, text.substr(m.begin, m.end - m.begin)};
}

std::string Residence(const SentenceView& v, const MentionSet& ms, const Mention& m) {
  const auto& t = v.s->tokens;
  if (m.pronoun || m.code.size() < 3 || m.first >= t.size()) return "";
  const std::string own = CountryOf(m.code);
  if (own == "IGO"sv || own == "NGO"sv || own == "IMG"sv) return "";
  const bool ethnic = m.first > 0 && t[m.first - 1].norm == "ethnic"sv;
  // A people lives somewhere ("Albanians of Serbia"); a state named as itself does not
  // ("accused Russia of shelling Kharkiv").
  {
    std::string said, name = m.name;
    for (uint32_t k = m.first; k < m.last && k < t.size(); ++k)
      if (t[k].norm != "'s"sv) said += (said.empty() ? "" : " ") + t[k].norm;
    std::transform(name.begin(), name.end(), name.begin(), [](unsigned char ch) { return std::tolower(ch); });
    if (!said.empty() && said == name) return "";
  }
  // A country group at token q: its code (3 letters) when it differs from the group's own.
  auto country_at = [&](uint32_t q) -> std::string {
    if (q >= t.size() || v.group_at[q] < 0) return "";
    const Mention& c = ms.mentions[v.groups[v.group_at[q]].mentions.front()];
    if (c.pronoun || c.code.size() != 3 || c.code == own || c.code == "IGO"sv || c.code == "NGO"sv) return "";
    // The country's name ("Serbia"), not an adjective ("the Israeli-occupied West Bank").
    std::string said;
    for (uint32_t k = c.first; k < c.last && k < t.size(); ++k)
      if (t[k].norm != "'s"sv) said += (said.empty() ? "" : " ") + t[k].norm;
    std::string name = c.name;
    std::transform(name.begin(), name.end(), name.begin(), [](unsigned char ch) { return std::tolower(ch); });
    if (said.empty() || name.find(said) == std::string::npos) return "";
    return c.code;
  };
  // After a place preposition and up to two lowercase modifiers ("in southeastern").
  auto place_after = [&](uint32_t p, bool of_only) -> std::string {
    if (p >= t.size()) return "";
    const std::string& w = t[p].norm;
    if (!(w == "of"sv || (!of_only && (w == "in"sv || w == "near"sv)))) return "";
    uint32_t q = p + 1;
    if (q < t.size() && t[q].norm == "the"sv) ++q;
    for (int mods = 0; mods < 2 && q < t.size() && v.group_at[q] < 0 && IsModifierWord(t[q]); ++mods) ++q;
    return country_at(q);
  };
  uint32_t end = m.last;
  if (v.group_at[m.first] >= 0) end = std::max(end, v.groups[v.group_at[m.first]].last);
  if (std::string c = place_after(end, !ethnic); !c.empty()) return c;
  if (!ethnic) return "";
  // Else the first place named later in the clause.
  for (uint32_t p = end; p < t.size() && !IsClauseBreak(t[p]); ++p)
    if (std::string c = place_after(p, false); !c.empty()) return c;
  return "";
}

}  // namespace entente::events
