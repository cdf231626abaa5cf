// `entente serve`: the API (api.h) and the dashboard's static files over HTTP, with a
// pool of worker threads, each with its own read-only Store (a Store is not
// thread-safe). Only GET and HEAD are answered (405 otherwise); every response carries
// security headers (a Content-Security-Policy without inline script, nosniff, ...).
#pragma once

#include <memory>
#include <string>

#include "entente/status.h"
#include "serve/actor_names.h"

namespace entente::serve {

struct ServeOptions {
  std::string db;                 // SQLite file or postgresql:// URI
  std::string host = "127.0.0.1";
  int port = 8080;                // 0: any free port (see Server::port)
  std::string static_dir;         // the built dashboard (web/dist); "" serves the API only
  int threads = 0;                // worker threads; 0: a default from the core count
  size_t cache_bytes = 64 << 20;  // answers kept while the database is unchanged; 0: none
  ActorNames names;
};

// The security headers sent with every response.
const char* ContentSecurityPolicy();

class Server {
 public:
  explicit Server(ServeOptions options);
  ~Server();
  // Checks the store opens read-only and binds the socket.
  Status Bind();
  int port() const;
  // Serves until Stop (from any thread). REQUIRES: Bind() succeeded.
  Status Run();
  void Stop();

 private:
  struct Impl;
  std::unique_ptr<Impl> impl_;
};

// The built dashboard next to the program or in the source tree ("" when neither has one):
// <dir of the binary>/../web/dist, <dir of the binary>/web/dist, ENTENTE_SOURCE_DIR/web/dist.
std::string DefaultStaticDir();
// The same for the actor dictionaries (dictionaries/).
std::string DefaultDictionaryDir();

}  // namespace entente::serve
