#include "dict/dictionaries.h"

#include <unistd.h>

#include <algorithm>
#include <cstdlib>
#include <filesystem>

namespace entente {
namespace fs = std::filesystem;

std::string DefaultDictionaryDir() {
  if (const char* env = std::getenv("ENTENTE_DICTIONARIES"); env && *env) return env;
  std::error_code ec;
  fs::path exe = fs::read_symlink("/proc/self/exe", ec);
  if (!ec) {
    for (fs::path p : {exe.parent_path().parent_path() / "dictionaries",
                       exe.parent_path().parent_path() / "share" / "entente" / "dictionaries"}) {
      if (fs::is_directory(p / "actors", ec)) return p.string();
    }
  }
  return std::string(ENTENTE_SOURCE_DIR) + "/dictionaries";
}

static std::vector<std::string> FilesIn(const fs::path& dir, const std::string& ext) {
  std::vector<std::string> out;
  std::error_code ec;
  for (auto it = fs::directory_iterator(dir, ec); !ec && it != fs::directory_iterator(); it.increment(ec))
    if (it->is_regular_file() && it->path().extension() == ext) out.push_back(it->path().string());
  std::sort(out.begin(), out.end());
  return out;
}

Result<std::shared_ptr<const Dictionaries>> Dictionaries::Load(const DictionaryOptions& options) {
  auto d = std::make_shared<Dictionaries>();
  std::string dir = options.dir.empty() ? DefaultDictionaryDir() : options.dir;
  if (options.builtin && !fs::is_directory(fs::path(dir) / "actors"))
    return Status::NotFound(dir + ": not a dictionary folder (no actors/ inside)");
  Status wn = d->lemmatizer.Load(options.wordnet_dir);
  if (!wn.ok()) d->diagnostics.push_back(wn.message());
  if (options.builtin) {
    for (const std::string& f : FilesIn(fs::path(dir) / "actors", ".txt")) {
      ActorDictionary& target = fs::path(f).filename() == "agents.txt" ? d->agents : d->actors;
      Status st = target.LoadFile(f, &d->diagnostics);
      if (!st.ok()) d->diagnostics.push_back(st.message());
    }
    for (const std::string& f : FilesIn(fs::path(dir) / "verbs", ".txt")) {
      Status st = d->verbs.LoadFile(f, d->lemmatizer, &d->diagnostics);
      if (!st.ok()) d->diagnostics.push_back(st.message());
    }
  }
  for (const std::string& f : options.extra_files) {
    Status st = LoadDictionaryFile(f, d->lemmatizer, &d->actors, &d->agents, &d->verbs, &d->discards,
                                   &d->diagnostics, &d->reports, options.wordnet_dir, &d->field_options);
    if (!st.ok()) return st;
  }
  for (ActorDictionary* a : {&d->actors, &d->agents}) {
    for (DiscardEntry& e : a->discards()) d->discards.Add(std::move(e));
    a->discards().clear();
    a->Finish();
  }
  d->discards.Finish();
  d->verbs.Finish();
  Status st = d->cameo.LoadFile((fs::path(dir) / "cameo" / "cameo_codes.tsv").string(), &d->diagnostics);
  if (!st.ok()) d->diagnostics.push_back(st.message());
  return std::shared_ptr<const Dictionaries>(std::move(d));
}

}  // namespace entente
