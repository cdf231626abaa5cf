#include "serve/actor_names.h"

#include <fstream>

namespace entente::serve {
namespace {

std::string Trim(const std::string& s) {
  size_t b = s.find_first_not_of(" \t\r"), e = s.find_last_not_of(" \t\r");
  return b == std::string::npos ? "" : s.substr(b, e - b + 1);
}

}  // namespace

ActorNames ActorNames::Load(const std::string& dir) {
  ActorNames names;
  for (const char* file : {"countries.txt", "organisations.txt"}) {
    std::ifstream in(dir + "/actors/" + file);
    std::string line;
    while (std::getline(in, line)) {
      if (line.empty() || line[0] == '#' || line[0] == '@') continue;
      size_t eq = line.find('=');
      if (eq == std::string::npos) continue;
      std::string head = Trim(line.substr(0, eq));
      std::string code = head.substr(0, head.find_first_of(" \t{["));
      std::string rest = line.substr(eq + 1);
      std::string name = Trim(rest.substr(0, rest.find('|')));
      if (!code.empty() && !name.empty()) names.Add(code, name);
    }
  }
  return names;
}

std::string ActorNames::Name(const std::string& code) const {
  auto it = names_.find(code);
  return it == names_.end() ? "" : it->second;
}

}  // namespace entente::serve
