#pragma once

#include <string>

#include "entente/status.h"

namespace entente {

// Reads a whole file. Refuses files over `max_bytes` with a clear error.
Result<std::string> ReadFile(const std::string& path, size_t max_bytes = size_t{1} << 30);

}  // namespace entente
