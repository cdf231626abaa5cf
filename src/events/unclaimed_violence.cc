#include "events/unclaimed_violence.h"

#include <algorithm>
#include <string>
#include <unordered_set>
#include <vector>

#include "events/clause_syntax.h"

namespace entente::events {
namespace {

// A sentence that names an accident or a disaster ("killed in a coal mine blast", "were
// killed when their bus crashed"): its deaths are no one's violence.
bool NamesAnAccident(const SentenceView& v) {
  static const std::unordered_set<std::string> kAccident = {
      "accident", "accidents", "crash", "crashed", "crashes", "collision", "earthquake", "quake", "flood", "floods",
      "flooding", "landslide", "landslides", "storm", "typhoon", "hurricane", "cyclone", "avalanche", "colliery",
      "coal", "mining", "miners", "derailment", "stampede"};
  for (const Token& x : v.s->tokens)
    if (kAccident.count(x.norm)) return true;
  return false;
}

}  // namespace

int AgentlessPassivePlace(const SentenceView& v, const MentionSet& ms, uint32_t a) {
  const auto& t = v.s->tokens;
  if (!IsPassiveAt(v, a) || NamesAnAccident(v)) return -1;
  const uint32_t n = static_cast<uint32_t>(t.size());
  for (uint32_t q = a + 1; q < n && q - a <= 16; ++q) {
    if (IsClauseBreak(t[q]) || (t[q].punct && t[q].norm != "-"sv)) return -1;
    const int g = v.group_at[q];
    if (g < 0) continue;
    uint32_t k = q;
    while (k > a + 1 && Skip(t[k - 1])) --k;
    if (t[k - 1].norm == "by"sv) return -1;  // an actor as agent: the ordinary passive
    return ms.mentions[v.groups[g].mentions.front()].kind == "country" ? g : -1;
  }
  return -1;
}

int UnclaimedViolencePlace(const SentenceView& v, const MentionSet& ms, const std::vector<int>& targets,
                           uint32_t a, uint32_t clause_begin) {
  // Only where the words before the verb name no one but a cause: "An attempt (plot, bid)
  // to <verb>", or a weapon ("A roadside bomb hit ..."), and no pronoun.
  const auto& t = v.s->tokens;
  static const std::unordered_set<std::string> kAttempt = {"attempt", "attempts", "plot", "plots", "bid", "conspiracy"};
  // Weapons, not blasts: "a coal mine blast", "a gas explosion" are accidents.
  static const std::unordered_set<std::string> kCause = {
      "bomb", "bombs", "bombing", "bombings", "landmine", "landmines", "shell", "shells", "shelling", "grenade",
      "grenades", "rocket", "rockets", "mortar", "mortars", "explosive", "explosives", "ied", "ambush"};
  static const std::unordered_set<std::string> kPronoun = {"he", "she", "they", "it", "we", "i", "you", "who", "this",
                                                           "that", "which", "these", "those"};
  if (NamesAnAccident(v)) return -1;
  bool cause = a >= 2 && t[a - 1].norm == "to"sv && kAttempt.count(t[a - 2].norm);
  for (uint32_t q = clause_begin; q < a; ++q) {
    if (kPronoun.count(t[q].norm)) return -1;
    cause = cause || kCause.count(t[q].norm);
  }
  if (!cause) return -1;
  for (int g = 0; g < static_cast<int>(v.groups.size()); ++g) {
    if (std::find(targets.begin(), targets.end(), g) != targets.end()) continue;
    if (ms.mentions[v.groups[g].mentions.front()].kind == "country") return g;
  }
  return -1;
}

std::string BombingCode(const SentenceView& v, uint32_t a, uint32_t clause_begin, uint32_t clause_end,
                        const std::string& code) {
  const auto& t = v.s->tokens;
  if (code != "190"sv) return code;
  const std::string& verb = t[a].lemma;
  if (verb != "kill"sv && verb != "wound"sv && verb != "wounded"sv && verb != "injure"sv && t[a].norm != "wounded"sv)
    return code;
  static const std::unordered_set<std::string> kBomb = {"bomb", "bombs", "bombing", "bombings", "bomber", "bombers",
                                                        "explosive", "explosives", "ied", "ieds"};
  for (uint32_t q = clause_begin; q < clause_end && q < t.size(); ++q)
    if (kBomb.count(t[q].norm)) return "183";
  return code;
}

}  // namespace entente::events
