// CAMEO event codes with Goldstein scores, PLOVER categories and quad classes.
#pragma once

#include <string>
#include <unordered_map>
#include <vector>

#include "entente/status.h"

namespace entente {

struct CameoCode {
  std::string code, name, plover;
  double goldstein = 0;
  int quad = 0;
};

class CameoTable {
 public:
  Status LoadFile(const std::string& path, std::vector<std::string>* diagnostics);
  // The code, or its nearest listed parent ("0431" -> "043" -> "04").
  const CameoCode* Find(const std::string& code) const;
  size_t size() const { return codes_.size(); }
  static int QuadOfRoot(int root);

 private:
  std::unordered_map<std::string, CameoCode> codes_;
};

}  // namespace entente
