// Display names of actor codes ("PRK" -> "North Korea"), read from the shipped actor
// dictionaries (countries.txt, organisations.txt): the first name of each code.
#pragma once

#include <string>
#include <unordered_map>

namespace entente::serve {

class ActorNames {
 public:
  ActorNames() = default;
  // Reads `dir`/actors/countries.txt and organisations.txt; missing files give no names.
  static ActorNames Load(const std::string& dictionary_dir);
  void Add(const std::string& code, const std::string& name) { names_.emplace(code, name); }
  // The name of `code`, else "".
  std::string Name(const std::string& code) const;
  size_t size() const { return names_.size(); }

 private:
  std::unordered_map<std::string, std::string> names_;
};

}  // namespace entente::serve
