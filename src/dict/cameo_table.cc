#include "dict/cameo_table.h"

#include <cstdlib>

#include "common/file.h"
#include "common/text.h"

namespace entente {

int CameoTable::QuadOfRoot(int root) {
  if (root >= 1 && root <= 5) return 1;
  if (root >= 6 && root <= 8) return 2;
  if (root >= 9 && root <= 13) return 3;
  if (root >= 14 && root <= 20) return 4;
  return 0;
}

Status CameoTable::LoadFile(const std::string& path, std::vector<std::string>* diagnostics) {
  auto text = ReadFile(path);
  if (!text.ok()) return text.status();
  size_t lineno = 0;
  for (auto line : Split(*text, '\n')) {
    ++lineno;
    line = Trim(line);
    if (line.empty() || line[0] == '#' || StartsWith(line, "code\t")) continue;
    auto f = Split(line, '\t');
    if (f.size() < 3) {
      if (diagnostics) diagnostics->push_back(path + ":" + std::to_string(lineno) + ": expected code<TAB>goldstein<TAB>plover...");
      continue;
    }
    CameoCode c;
    c.code = std::string(Trim(f[0]));
    std::string g(Trim(f[1]));
    char* end = nullptr;
    c.goldstein = std::strtod(g.c_str(), &end);
    if (c.code.size() < 2 || end == g.c_str()) {
      if (diagnostics) diagnostics->push_back(path + ":" + std::to_string(lineno) + ": bad code or Goldstein score");
      continue;
    }
    c.plover = std::string(Trim(f[2]));
    c.quad = QuadOfRoot(std::atoi(c.code.substr(0, 2).c_str()));
    if (f.size() >= 4) {
      std::string q(Trim(f[3]));
      if (!q.empty() && q[0] >= '1' && q[0] <= '4' && q.size() == 1) c.quad = q[0] - '0';
      if (f.size() >= 5) c.name = std::string(Trim(f[4]));
      else if (q.size() > 1) c.name = q;
    }
    codes_[c.code] = c;
  }
  return Status::Ok();
}

const CameoCode* CameoTable::Find(const std::string& code) const {
  std::string c = code;
  while (c.size() >= 2) {
    auto it = codes_.find(c);
    if (it != codes_.end()) return &it->second;
    if (c.size() == 3 && c[2] != '0') {
      auto root = codes_.find(c.substr(0, 2) + "0");
      if (root != codes_.end()) return &root->second;
    }
    c.pop_back();
  }
  return nullptr;
}

}  // namespace entente
