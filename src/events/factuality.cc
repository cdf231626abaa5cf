#include "events/factuality.h"

#include <unordered_map>
#include <unordered_set>

namespace entente {

Factuality JudgeFactuality(const Sentence& s, size_t clause_begin, size_t anchor, size_t clause_end) {
  Factuality f;
  const auto& t = s.tokens;
  static const std::unordered_set<std::string> kNeg = {"not", "never", "no", "neither", "nor"};
  static const std::unordered_set<std::string> kRefuse = {"refuse", "decline", "fail", "reject", "balk", "rule"};
  static const std::unordered_set<std::string> kFuture = {"will", "shall", "'ll"};
  // "X is ready to", "X pledged to", "X plans to": intentions.
  static const std::unordered_set<std::string> kIntentLemmas = {
      "expect", "plan", "schedule", "intend", "aim", "prepare", "set", "due", "going", "ready", "willing",
      "prepared", "promise", "pledge", "vow", "offer", "agree", "commit", "committed", "determined", "seek",
      "want", "hope", "propose", "decide"};
  static const std::unordered_set<std::string> kHypo = {"would", "could", "might", "may", "should", "can", "must"};
  static const std::unordered_set<std::string> kReport = {"say", "announce", "tell", "state", "declare",
                                                          "indicate", "confirm", "add", "report", "insist"};
  static const std::unordered_set<std::string> kAlleged = {"suspected", "suspect", "suspicion", "suspicions",
                                                           "allegedly", "alleged", "reportedly", "accused",
                                                           "rumored", "rumoured", "purportedly"};
  for (size_t i = 0; i < anchor && i < t.size(); ++i) {
    // "is believed to have supplied", "are said to have", "was thought to be": hearsay.
    const bool hearsay = i > 0 && i + 1 < t.size() && t[i + 1].norm == "to" && t[i - 1].lemma == "be" &&
                         (t[i].norm == "believed" || t[i].norm == "thought" || t[i].norm == "said" ||
                          t[i].norm == "reported" || t[i].norm == "understood" || t[i].norm == "known" ||
                          t[i].norm == "estimated" || t[i].norm == "feared");
    if (kAlleged.count(t[i].norm) || hearsay) {
      f.label = "alleged";
      f.cues.push_back(t[i].norm);
      return f;
    }
  }
  for (size_t i = clause_begin; i < anchor && i < t.size(); ++i) {
    if (t[i].norm == "if" || t[i].norm == "unless" ||
        (t[i].norm == "event" && i >= 2 && t[i - 1].norm == "the" && t[i - 2].norm == "in")) {
      f.label = "hypothetical";
      f.cues.push_back(t[i].norm);
      return f;
    }
  }
  // "demanded that X resign", "urged that X withdraw": the act is asked for, not done.
  if (clause_begin >= 2 && t[clause_begin - 1].norm == "that") {
    static const std::unordered_set<std::string> kAsk = {"demand", "urge", "ask", "call", "insist", "want",
                                                        "request", "propose", "suggest", "recommend", "require"};
    for (size_t j = clause_begin - 1; j-- > 0 && j + 6 >= clause_begin;) {
      if (kAsk.count(t[j].lemma)) {
        f.label = "hypothetical";
        f.cues.push_back(t[j].norm + " that");
        return f;
      }
    }
  }
  // "denied that it had supplied weapons": the act is denied by the actor said to do it.
  if (clause_begin >= 2 && t[clause_begin - 1].norm == "that") {
    for (size_t j = clause_begin - 1; j-- > 0 && j + 4 >= clause_begin;) {
      if (t[j].lemma == "deny") {
        f.label = "negated";
        f.cues.push_back(t[j].norm + " that");
        return f;
      }
    }
  }
  auto reported = [&](size_t before) {
    for (size_t j = 0; j < before; ++j)
      if (kReport.count(t[j].lemma)) return true;
    return false;
  };
  bool conditional = false;
  for (size_t j = anchor + 1; j < clause_end && j < t.size(); ++j) {
    if (t[j].norm == "unless" || t[j].norm == "if") conditional = true;
    if (t[j].norm == "unless") f.unless = true;
  }
  // "announced it would prohibit", "decided to expel": a decision made known (not "will",
  // a plan still to be carried out).
  auto announced = [&](size_t before) {
    for (size_t j = before, steps = 0; j-- > 0 && steps < 6; ++steps)
      if (t[j].lemma == "announce" || t[j].lemma == "decide") return true;
    return false;
  };
  size_t from = anchor > clause_begin + 6 ? anchor - 6 : clause_begin;
  for (size_t i = anchor; i-- > from;) {
    const std::string& w = t[i].norm;
    const bool to_follows = i + 1 < t.size() && t[i + 1].norm == "to";
    if (kRefuse.count(t[i].lemma) && (to_follows || (t[i].lemma == "rule" && i + 1 < t.size() && t[i + 1].norm == "out"))) {
      f.label = "negated";
      f.refusal = true;
      f.cues.push_back(w);
      return f;
    }
    // "Iran denied supplying weapons": a denial of the act.
    if (kNeg.count(w) || t[i].lemma == "deny") {
      f.label = "negated";
      f.cues.push_back(w);
      return f;
    }
    if (kFuture.count(w)) {
      f.label = "future";
      f.intent = true;
      f.threat = conditional;
      f.cues.push_back(w);
      return f;
    }
    // By its word as well as its lemma: "willing" is lemmatized as the modal "will".
    if ((kIntentLemmas.count(t[i].lemma) || kIntentLemmas.count(w)) && to_follows) {
      f.label = "future";
      f.intent = true;
      f.threat = conditional;
      f.announced = f.decided = t[i].lemma == "decide";
      // "prepared to" as the clause's own verb, not "is prepared to" (willing).
      f.preparing = t[i].lemma == "prepare" && t[i].past_verb && !(i > 0 && (t[i - 1].lemma == "be"));
      f.cues.push_back(w + " to");
      return f;
    }
    if (kHypo.count(w)) {
      // "said it would meet": the future of reported speech, not a hypothesis.
      if (w == "would" && reported(i)) {
        f.label = "future";
        f.intent = true;
        f.announced = announced(i);
      } else {
        f.label = "hypothetical";
      }
      // "may halt mediation if ...": a conditional possibility, a threat when coercive.
      f.threat = conditional;
      f.cues.push_back(w);
      return f;
    }
  }
  return f;
}

std::string IntentCode(const std::string& code) {
  static const std::unordered_map<std::string, std::string> kExact = {
      {"045", "039"}, {"046", "036"}, {"057", "030"}, {"061", "0311"}, {"062", "0312"}, {"063", "0313"},
      {"064", "0314"}, {"071", "0331"}, {"072", "0332"}, {"073", "0333"}, {"074", "0334"}, {"081", "0351"},
      {"0811", "0351"}, {"082", "0352"}, {"083", "034"}, {"084", "0353"}, {"0841", "0353"}, {"0842", "0353"},
      {"085", "0354"}, {"086", "0355"}, {"087", "0356"}, {"0871", "0356"}, {"0872", "0356"},
      {"0873", "0356"}, {"0874", "0356"}, {"161", "1313"}, {"162", "1311"}, {"163", "1312"},
      {"164", "1313"}, {"172", "132"}, {"173", "137"}, {"174", "137"}, {"175", "137"}};
  if (auto it = kExact.find(code); it != kExact.end()) return it->second;
  std::string root = code.substr(0, 2);
  if (root == "04") return "036";
  if (root == "05") return "032";
  if (root == "06") return "031";
  if (root == "07") return "033";
  if (root == "08") return "035";
  if (root == "16") return "131";
  if (root == "17") return "137";
  if (root == "18" || root == "19" || root == "20") return "138";
  if (root == "15") return "138";
  if (root == "14") return "133";
  return "";
}

std::string RefusalCode(const std::string& code) {
  static const std::unordered_map<std::string, std::string> kExact = {
      {"045", "126"}, {"057", "127"}, {"061", "1211"}, {"062", "1212"}, {"063", "1213"}, {"064", "1214"},
      {"071", "1221"}, {"072", "1222"}, {"073", "1223"}, {"074", "1224"}, {"081", "1241"}, {"082", "1242"},
      {"083", "123"}, {"084", "1243"}, {"0841", "1243"}, {"0842", "1243"}, {"085", "1244"}, {"086", "1245"},
      {"087", "1246"}, {"0871", "1246"}};
  if (auto it = kExact.find(code); it != kExact.end()) return it->second;
  std::string root = code.substr(0, 2);
  if (root == "03") return "120";
  if (root == "04") return "125";
  if (root == "05") return "120";
  if (root == "06") return "121";
  if (root == "07") return "122";
  if (root == "08") return "124";
  return "";
}

}  // namespace entente
