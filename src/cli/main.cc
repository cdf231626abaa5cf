// The entente command: thin flag parsing over the library. Subcommands live in
// cmd_<name>.cc. Exit status 0 ok, 1 some inputs failed (the rest were processed),
// 2 usage or a run that cannot start.
#include <CLI/CLI.hpp>

#include "cli/command.h"

int main(int argc, char** argv) {
  using namespace entente::cli;
  CLI::App app{"entente: news text in, political event data out (who did what to whom, when)"};
  app.require_subcommand(1);
  app.set_version_flag("--version", "entente 0.1.0");
  std::vector<std::function<int()>> runners;
  for (Command& c : Registry()) runners.push_back(c.setup(app));
  try {
    app.parse(argc, argv);
  } catch (const CLI::Success& e) {
    return app.exit(e);
  } catch (const CLI::ParseError& e) {
    app.exit(e);
    return 2;
  }
  for (auto& run : runners) {
    int rc = run();
    if (rc >= 0) return rc;
  }
  return 2;
}
