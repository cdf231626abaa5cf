// The HTTP API's routes (docs/api.md) as one function from a path and its query
// parameters to a status and a JSON body, over a Store: no sockets, so it is tested
// directly; server.h puts it behind HTTP.
#pragma once

#include <string>

#include "serve/actor_names.h"
#include "serve/params.h"
#include "store/store.h"

namespace entente::serve {

struct ApiResponse {
  int status = 200;
  std::string body;  // JSON
};

class Api {
 public:
  explicit Api(ActorNames names = {}) : names_(std::move(names)) {}
  // Answers GET `path` (starting "/api/"): 200, 400 (a bad parameter, named), 404 (no
  // such endpoint), 500/501 (the store failed / cannot answer).
  ApiResponse Handle(const std::string& path, const Query& q, Store& store) const;

 private:
  ApiResponse Health(const Query& q, Store& store) const;
  ApiResponse Actors(const Query& q, Store& store) const;
  ApiResponse Dyads(const Query& q, Store& store) const;
  ApiResponse Series(const Query& q, Store& store) const;
  ApiResponse NetworkOf(const Query& q, Store& store) const;
  ApiResponse Events(const Query& q, Store& store) const;
  ApiResponse Documents(const Query& q, Store& store) const;

  ActorNames names_;
};

}  // namespace entente::serve
