#include "serve/server.h"

#include <httplib.h>

#include <algorithm>
#include <atomic>
#include <filesystem>
#include <thread>

#include "serve/api.h"
#include "serve/json.h"
#include "serve/response_cache.h"
#include "store/store.h"

namespace entente::serve {
namespace {

std::atomic<unsigned long long> next_server_id{1};

// The calling worker thread's Store for the server `id` (opened on first use).
struct ThreadStore {
  unsigned long long server = 0;
  std::unique_ptr<Store> store;
};
thread_local ThreadStore thread_store;

httplib::Headers SecurityHeaders() {
  return {{"Content-Security-Policy", ContentSecurityPolicy()},
          {"X-Content-Type-Options", "nosniff"},
          {"X-Frame-Options", "DENY"},
          {"Referrer-Policy", "no-referrer"},
          {"Cross-Origin-Opener-Policy", "same-origin"},
          {"Cross-Origin-Resource-Policy", "same-origin"}};
}

std::string FindBeside(const std::string& rel, const std::string& marker) {
  std::error_code ec;
  std::filesystem::path exe = std::filesystem::read_symlink("/proc/self/exe", ec);
  std::vector<std::filesystem::path> candidates;
  if (!ec) {
    candidates.push_back(exe.parent_path().parent_path() / rel);
    candidates.push_back(exe.parent_path() / rel);
  }
  candidates.push_back(std::filesystem::path(ENTENTE_SOURCE_DIR) / rel);
  for (const auto& c : candidates)
    if (std::filesystem::exists(c / marker, ec)) return std::filesystem::weakly_canonical(c, ec).string();
  return "";
}

}  // namespace

const char* ContentSecurityPolicy() {
  return "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
         "connect-src 'self'; font-src 'self'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'";
}

std::string DefaultStaticDir() { return FindBeside("web/dist", "index.html"); }
std::string DefaultDictionaryDir() { return FindBeside("dictionaries", "actors/countries.txt"); }

struct Server::Impl {
  ServeOptions options;
  Api api;
  httplib::Server http;
  unsigned long long id = next_server_id++;
  int port = -1;
  ResponseCache cache;

  explicit Impl(ServeOptions o) : options(std::move(o)), api(options.names), cache(options.cache_bytes) {}

  ApiResponse Answer(const httplib::Request& req, bool* hit) {
    Status error;
    Store* store = StoreForThread(&error);
    if (!store) return {503, Body(ErrorJson("store: " + error.message()))};
    // The store's write counter, read before the query: the answer is at least this new,
    // and a kept answer is served only while the counter has not moved.
    std::string key, version;
    if (options.cache_bytes) {
      if (auto writes = store->WriteCount(); writes.ok()) version = "w" + std::to_string(*writes);
    }
    if (!version.empty()) {
      key = CacheKey(req.path, req.params);
      if (auto r = cache.Get(key, version)) {
        *hit = true;
        return std::move(*r);
      }
    }
    ApiResponse r = api.Handle(req.path, req.params, *store);
    if (!version.empty()) cache.Put(key, version, r);
    return r;
  }

  Store* StoreForThread(Status* error) {
    if (thread_store.server != id || !thread_store.store) {
      thread_store.store.reset();
      auto s = Store::Open(options.db, /*read_only=*/true);
      if (!s.ok()) {
        *error = s.status();
        return nullptr;
      }
      thread_store.store = std::move(s.value());
      thread_store.server = id;
    }
    return thread_store.store.get();
  }

  void Setup() {
    // A worker keeps its keep-alive connection until it closes, so there are enough
    // workers for many concurrent clients; an idle worker costs little (its store is
    // opened on first use).
    int threads = options.threads > 0 ? options.threads
                                      : static_cast<int>(std::max(64u, 16 * std::thread::hardware_concurrency()));
    http.new_task_queue = [threads] { return new httplib::ThreadPool(static_cast<size_t>(threads)); };
    http.set_default_headers(SecurityHeaders());
    http.set_keep_alive_max_count(100);  // then the connection yields its worker
    http.set_tcp_nodelay(true);  // no 40 ms Nagle/delayed-ACK stall between header and body writes
    http.set_payload_max_length(1 << 16);
    // Read-only: GET and HEAD only.
    http.set_pre_routing_handler([](const httplib::Request& req, httplib::Response& res) {
      if (req.method == "GET" || req.method == "HEAD") return httplib::Server::HandlerResponse::Unhandled;
      res.status = 405;
      res.set_header("Allow", "GET, HEAD");
      res.set_content(Body(ErrorJson("method " + req.method.substr(0, 16) + " not allowed: this server is read-only")),
                      "application/json");
      return httplib::Server::HandlerResponse::Handled;
    });
    http.Get(R"(/api/.*)", [this](const httplib::Request& req, httplib::Response& res) {
      res.set_header("Cache-Control", "no-store");
      bool hit = false;
      ApiResponse r = Answer(req, &hit);
      res.set_header("X-Entente-Cache", hit ? "hit" : "miss");
      res.status = r.status;
      res.set_content(std::move(r.body), "application/json; charset=utf-8");
    });
    if (!options.static_dir.empty()) {
      http.set_mount_point("/", options.static_dir);
      http.set_file_extension_and_mimetype_mapping("mjs", "text/javascript");
      http.set_file_extension_and_mimetype_mapping("svg", "image/svg+xml");
    } else {
      http.Get("/", [](const httplib::Request&, httplib::Response& res) {
        res.status = 404;
        res.set_content(Body(ErrorJson("the dashboard is not built (npm run build in web/, or pass --static DIR); "
                                       "the API is under /api/")),
                        "application/json");
      });
    }
    http.set_error_handler([](const httplib::Request&, httplib::Response& res) {
      if (!res.body.empty()) return;
      res.set_content(Body(ErrorJson(res.status == 404 ? "not found" : "error " + std::to_string(res.status))),
                      "application/json");
    });
    http.set_exception_handler([](const httplib::Request&, httplib::Response& res, std::exception_ptr) {
      res.status = 500;
      res.set_content(Body(ErrorJson("internal error")), "application/json");
    });
  }
};

Server::Server(ServeOptions options) : impl_(std::make_unique<Impl>(std::move(options))) { impl_->Setup(); }
Server::~Server() { Stop(); }

Status Server::Bind() {
  auto probe = Store::Open(impl_->options.db, /*read_only=*/true);
  if (!probe.ok()) return probe.status();
  if (!impl_->options.static_dir.empty() && !std::filesystem::is_directory(impl_->options.static_dir))
    return Status::NotFound(impl_->options.static_dir + ": no such directory (--static)");
  if (impl_->options.port == 0) {
    impl_->port = impl_->http.bind_to_any_port(impl_->options.host);
    if (impl_->port < 0) return Status::IoError("cannot bind " + impl_->options.host);
  } else {
    if (!impl_->http.bind_to_port(impl_->options.host, impl_->options.port))
      return Status::IoError("cannot bind " + impl_->options.host + ":" + std::to_string(impl_->options.port) +
                             " (in use? another --port)");
    impl_->port = impl_->options.port;
  }
  return Status::Ok();
}

int Server::port() const { return impl_->port; }

Status Server::Run() {
  if (!impl_->http.listen_after_bind()) return Status::IoError("the server stopped on an error");
  return Status::Ok();
}

void Server::Stop() {
  if (impl_) impl_->http.stop();
}

}  // namespace entente::serve
