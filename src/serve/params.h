// Query-string parameters of the HTTP API turned into typed values (an EventFilter, a
// period, a number), each checked: a bad value is a ParamError naming the parameter,
// which the API answers with 400 and {"error": ..., "param": ...}.
#pragma once

#include <map>
#include <optional>
#include <string>
#include <vector>

#include "store/store.h"

namespace entente::serve {

// A request's query parameters (the same type as httplib::Params).
using Query = std::multimap<std::string, std::string>;

struct ParamError {
  std::string param;    // the parameter at fault
  std::string message;  // what is wrong with it, for people
};
using ParamResult = std::optional<ParamError>;  // nullopt: fine

// Every parameter of `q` must be one of `known` and be given at most once.
ParamResult CheckParams(const Query& q, const std::vector<std::string>& known);

// The filter parameters present in `q`: source, target, actor (actor codes, upper-cased),
// code (CAMEO code prefix, 2-4 digits), from, to (YYYY, YYYY-MM or YYYY-MM-DD, from <= to),
// factuality (comma list of asserted, negated, future, hypothetical, alleged),
// directed (0|1: only source -> target), limit (1..1000), offset (>= 0).
ParamResult ParseFilter(const Query& q, EventFilter* f);

// `name` as one of `choices`; `*out` keeps its value when the parameter is absent.
ParamResult ParseChoice(const Query& q, const std::string& name, const std::vector<std::string>& choices,
                        std::string* out);

// `name` as a decimal integer in [lo, hi]; `*out` keeps its value when absent.
ParamResult ParseInt(const Query& q, const std::string& name, long long lo, long long hi, int* out);

// Value checks, exposed for tests.
bool IsActorCode(const std::string& s);  // 3-16 letters or digits
bool IsCameoCode(const std::string& s);  // 2-4 digits
bool IsDatePrefix(const std::string& s);  // a real YYYY, YYYY-MM or YYYY-MM-DD

}  // namespace entente::serve
