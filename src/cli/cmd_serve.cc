// entente serve: the HTTP JSON API and the web dashboard over a database, read-only.
#include <pthread.h>
#include <signal.h>

#include <thread>

#include "cli/command.h"
#include "serve/server.h"

namespace entente::cli {
namespace {

Register reg({"serve", [](CLI::App& app) -> std::function<int()> {
  auto* cmd = app.add_subcommand("serve", "HTTP JSON API and web dashboard over a database (read-only)");
  struct Flags {
    std::string db, host = "127.0.0.1", static_dir, dict_dir;
    int port = 8080, threads = 0, cache_mb = 64;
  };
  auto f = std::make_shared<Flags>();
  cmd->add_option("--db", f->db, "SQLite database file or postgresql:// URI")->required();
  cmd->add_option("--host", f->host, "Address to listen on (default 127.0.0.1: this machine only)");
  cmd->add_option("--port", f->port, "Port (default 8080; 0: any free port)")->check(CLI::Range(0, 65535));
  cmd->add_option("--static", f->static_dir, "The built dashboard (default: web/dist beside the program or source)");
  cmd->add_option("--threads", f->threads, "Worker threads (default: 16 per core, at least 64)")->check(CLI::Range(1, 256));
  cmd->add_option("--cache-mb", f->cache_mb, "Answers kept while the database is unchanged, in MiB (default 64; 0: none)")
      ->check(CLI::Range(0, 65536));
  cmd->add_option("--dictionaries", f->dict_dir, "Dictionary folder for actor names (default: the shipped one)");
  return [=]() -> int {
    if (!cmd->parsed()) return -1;
    serve::ServeOptions o;
    o.db = f->db;
    o.host = f->host;
    o.port = f->port;
    o.threads = f->threads;
    o.cache_bytes = static_cast<size_t>(f->cache_mb) << 20;
    o.static_dir = f->static_dir.empty() ? serve::DefaultStaticDir() : f->static_dir;
    std::string dict = f->dict_dir.empty() ? serve::DefaultDictionaryDir() : f->dict_dir;
    if (!dict.empty()) o.names = serve::ActorNames::Load(dict);
    if (o.static_dir.empty())
      std::fprintf(stderr, "entente: the dashboard is not built (scripts/build.sh or npm run build in web/): API only\n");

    // SIGINT and SIGTERM are taken by one thread (blocked everywhere else, so the
    // server's threads inherit the mask), which stops the server gracefully.
    sigset_t signals;
    sigemptyset(&signals);
    sigaddset(&signals, SIGINT);
    sigaddset(&signals, SIGTERM);
    pthread_sigmask(SIG_BLOCK, &signals, nullptr);

    serve::Server server(std::move(o));
    Status st = server.Bind();
    if (!st.ok()) {
      std::fprintf(stderr, "entente: %s\n", st.message().c_str());
      return 2;
    }
    std::thread waiter([&server, signals] {
      int sig = 0;
      sigwait(&signals, &sig);
      if (sig == SIGINT || sig == SIGTERM) {
        std::fprintf(stderr, "entente: %s, stopping\n", sig == SIGINT ? "SIGINT" : "SIGTERM");
        server.Stop();
      }
    });
    std::fprintf(stderr, "entente: serving %s on http://%s:%d/ (API under /api/)\n", f->db.c_str(), f->host.c_str(),
                 server.port());
    st = server.Run();
    // If the server ended by itself, wake the signal thread.
    pthread_kill(waiter.native_handle(), SIGTERM);
    waiter.join();
    if (!st.ok()) {
      std::fprintf(stderr, "entente: %s\n", st.message().c_str());
      return 1;
    }
    return 0;
  };
}});

}  // namespace
}  // namespace entente::cli
