#include "common/file.h"

#include <cerrno>
#include <cstdio>
#include <cstring>

namespace entente {

Result<std::string> ReadFile(const std::string& path, size_t max_bytes) {
  FILE* f = std::fopen(path.c_str(), "rb");
  if (!f) return Status::IoError(path + ": " + std::strerror(errno));
  std::string out;
  char buf[1 << 16];
  size_t n;
  while ((n = std::fread(buf, 1, sizeof buf, f)) > 0) {
    out.append(buf, n);
    if (out.size() > max_bytes) {
      std::fclose(f);
      return Status::Unsupported(path + ": larger than " + std::to_string(max_bytes) + " bytes");
    }
  }
  bool err = std::ferror(f);
  std::fclose(f);
  if (err) return Status::IoError(path + ": read error");
  return out;
}

}  // namespace entente
