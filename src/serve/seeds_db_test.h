// A SQLite database of the bundled seed articles (examples/seeds.jsonl), built once per
// test program, for the API and server tests.
#pragma once

#include <unistd.h>

#include <filesystem>
#include <string>

#include "ingest/input_reader.h"
#include "store/store.h"
#include "test_util.h"

namespace entente::serve::testing {

inline const std::string& SeedsDb() {
  static std::string path = [] {
    std::string p = (std::filesystem::temp_directory_path() / ("entente_serve_seeds_" + std::to_string(getpid()) + ".db")).string();
    for (const char* s : {"", "-wal", "-shm"}) std::filesystem::remove(p + s);
    auto store = Store::Open(p);
    if (!store.ok()) std::abort();
    InputOptions in;
    in.jsonl = {entente::testing::SourceDir() + "/examples/seeds.jsonl"};
    ReadInputs(in, [&](Result<Document> d) {
      if (!d.ok()) return;
      auto a = entente::testing::ShippedPipeline().Process(*d);
      if (a.ok() && !(*store)->Put(*a, "seeds").ok()) std::abort();
    });
    std::atexit([] {
      for (const char* s : {"", "-wal", "-shm"}) std::filesystem::remove(SeedsDb() + s);
    });
    return p;
  }();
  return path;
}

}  // namespace entente::serve::testing
