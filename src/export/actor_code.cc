// CAMEO actor codes cut into GDELT's actor columns (country, known group, religion, types).
#include <algorithm>
#include <string_view>

#include "export/export.h"

namespace entente::exports {
namespace {

// CAMEO role ("type") codes, CAMEO manual 1.1b3 ch. 4 and GDELT's type columns, plus the
// international types that open IGO/NGO codes.
constexpr std::string_view kTypes[] = {
    "COP", "GOV", "INS", "JUD", "MIL", "OPP", "PTY", "REB", "SEP", "SPY", "UAF", "AGR", "BUS",
    "CRM", "CVL", "DEV", "EDU", "ELI", "ENV", "HLH", "HRI", "LAB", "LEG", "MED", "REF", "MOD",
    "RAD", "AMN", "IRC", "GRP", "PKO", "UIS", "IGO", "IMG", "INT", "MNC", "NGM", "NGO", "SET"};
// CAMEO religion codes (first level of the CAMEO religious coding system) and REL.
constexpr std::string_view kReligions[] = {"REL", "ADR", "ALE", "ATH", "BAH", "BUD", "CHR",
                                           "CON", "CPT", "CTH", "DOX", "DRZ", "HIN", "HSD",
                                           "ITR", "JAN", "JEW", "JHW", "LDS", "MOS", "MRN",
                                           "NRM", "PAG", "PRO", "SFI", "SHI", "SHN", "SIK",
                                           "SUN", "TAO", "UDX", "ZRO"};

template <size_t N>
bool In(const std::string_view (&set)[N], std::string_view s) {
  return std::find(std::begin(set), std::end(set), s) != std::end(set);
}

bool IsCode3(std::string_view s) {
  return s.size() == 3 && std::all_of(s.begin(), s.end(), [](char c) { return (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9'); });
}

}  // namespace

CameoActorParts ParseCameoActor(const std::string& code) {
  CameoActorParts p;
  std::vector<std::string_view> parts;
  std::string_view s(code);
  for (size_t i = 0; i + 3 <= s.size(); i += 3) parts.push_back(s.substr(i, 3));
  if (parts.empty() || s.size() % 3 != 0 || !std::all_of(parts.begin(), parts.end(), IsCode3)) return p;
  std::string* types[] = {&p.type1, &p.type2, &p.type3};
  size_t ntypes = 0, nrel = 0;
  for (size_t i = 0; i < parts.size(); ++i) {
    std::string_view part = parts[i];
    if (In(kTypes, part)) {
      if (ntypes < 3) *types[ntypes++] = part;
    } else if (In(kReligions, part)) {
      if (nrel == 0) p.religion1 = part;
      else if (nrel == 1) p.religion2 = part;
      ++nrel;
    } else if (i == 0) {
      p.country = part;  // a country (ISO 3166 alpha-3) or CAMEO region code
    } else {
      // IGOUNO, IGOWSTNAT, AFGREBTAL: the last named group wins (IGOUNODEVWBK -> WBK).
      p.known_group = part;
    }
  }
  return p;
}

}  // namespace entente::exports
