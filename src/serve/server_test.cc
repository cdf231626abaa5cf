#include "serve/server.h"

#include <gtest/gtest.h>
#include <httplib.h>

#include <atomic>
#include <filesystem>
#include <fstream>
#include <thread>

#include "serve/json.h"
#include "serve/seeds_db_test.h"

namespace entente::serve {
namespace {

// A server on a free loopback port, running in a thread for the life of the object.
class Running {
 public:
  explicit Running(ServeOptions o) : server_(std::move(o)) {
    Status st = server_.Bind();
    EXPECT_TRUE(st.ok()) << st.ToString();
    if (!st.ok()) return;
    thread_ = std::thread([this] { run_status_ = server_.Run(); });
    httplib::Client c = client();
    for (int i = 0; i < 200 && !c.Get("/api/health"); ++i) std::this_thread::sleep_for(std::chrono::milliseconds(10));
  }
  ~Running() { Stop(); }
  void Stop() {
    server_.Stop();
    if (thread_.joinable()) thread_.join();
  }
  httplib::Client client() const {
    httplib::Client c("127.0.0.1", server_.port());
    c.set_connection_timeout(2);
    c.set_read_timeout(5);
    return c;
  }
  const Status& run_status() const { return run_status_; }

 private:
  Server server_;
  std::thread thread_;
  Status run_status_;
};

ServeOptions Options(const std::string& static_dir = "") {
  ServeOptions o;
  o.db = testing::SeedsDb();
  o.port = 0;
  o.threads = 4;
  o.static_dir = static_dir;
  return o;
}

std::string StaticDir() {
  auto dir = std::filesystem::temp_directory_path() / ("entente_static_" + std::to_string(getpid()));
  std::filesystem::create_directories(dir / "assets");
  std::ofstream(dir / "index.html") << "<!doctype html><title>dash</title><script type=module src=/assets/app.js></script>";
  std::ofstream(dir / "assets" / "app.js") << "console.log('hi');";
  return dir.string();
}

TEST(ServeServer, ApiAnswersWithSecurityHeaders) {
  Running s(Options());
  auto c = s.client();
  auto r = c.Get("/api/health");
  ASSERT_TRUE(r);
  EXPECT_EQ(r->status, 200);
  EXPECT_EQ(r->get_header_value("X-Content-Type-Options"), "nosniff");
  std::string csp = r->get_header_value("Content-Security-Policy");
  EXPECT_NE(csp.find("script-src 'self'"), std::string::npos);
  EXPECT_EQ(csp.find("unsafe-inline"), std::string::npos);
  EXPECT_NE(r->get_header_value("Content-Type").find("application/json"), std::string::npos);
  EXPECT_GT(Json::parse(r->body)["fused_events"].get<long long>(), 0);

  auto bad = c.Get("/api/series?source=PRK&by=fortnight");
  ASSERT_TRUE(bad);
  EXPECT_EQ(bad->status, 400);
  EXPECT_EQ(Json::parse(bad->body)["param"], "by");
  EXPECT_EQ(bad->get_header_value("X-Content-Type-Options"), "nosniff");
}

TEST(ServeServer, ReadOnlyOnlyGetAndHead) {
  Running s(Options());
  auto c = s.client();
  std::vector<httplib::Result> answers;
  answers.push_back(c.Post("/api/health", "x", "text/plain"));
  answers.push_back(c.Put("/api/events", "x", "text/plain"));
  answers.push_back(c.Delete("/api/events"));
  answers.push_back(c.Patch("/", "x", "text/plain"));
  answers.push_back(c.Options("/api/health"));
  for (const auto& r : answers) {
    ASSERT_TRUE(r);
    EXPECT_EQ(r->status, 405);
    EXPECT_EQ(r->get_header_value("Allow"), "GET, HEAD");
  }
  auto head = c.Head("/api/health");
  ASSERT_TRUE(head);
  EXPECT_EQ(head->status, 200);
  EXPECT_TRUE(head->body.empty());
  // Nothing was written: the database still counts the same.
  auto h = c.Get("/api/health");
  ASSERT_TRUE(h);
  auto store = Store::Open(testing::SeedsDb(), true);
  ASSERT_TRUE(store.ok());
  EXPECT_EQ(Json::parse(h->body)["events"].get<long long>(), *(*store)->CountEvents());
}

TEST(ServeServer, ServesTheDashboardFiles) {
  std::string dir = StaticDir();
  Running s(Options(dir));
  auto c = s.client();
  auto index = c.Get("/");
  ASSERT_TRUE(index);
  EXPECT_EQ(index->status, 200);
  EXPECT_NE(index->body.find("<title>dash</title>"), std::string::npos);
  EXPECT_FALSE(index->get_header_value("Content-Security-Policy").empty());
  auto js = c.Get("/assets/app.js");
  ASSERT_TRUE(js);
  EXPECT_EQ(js->status, 200);
  EXPECT_NE(js->get_header_value("Content-Type").find("javascript"), std::string::npos);
  auto missing = c.Get("/assets/none.js");
  ASSERT_TRUE(missing);
  EXPECT_EQ(missing->status, 404);
  auto escape = c.Get("/../../etc/passwd");
  ASSERT_TRUE(escape);
  EXPECT_NE(escape->status, 200);
  std::filesystem::remove_all(dir);
}

TEST(ServeServer, ConcurrentRequestsEachGetAnAnswer) {
  Running s(Options());
  std::atomic<int> ok{0};
  std::vector<std::thread> clients;
  for (int t = 0; t < 6; ++t) {
    clients.emplace_back([&] {
      auto c = s.client();
      for (int i = 0; i < 25; ++i) {
        auto r = c.Get(i % 2 ? "/api/series?source=PRK&target=CHN" : "/api/events?source=PRK&limit=3");
        if (r && r->status == 200 && Json::parse(r->body).is_object()) ++ok;
      }
    });
  }
  for (auto& t : clients) t.join();
  EXPECT_EQ(ok.load(), 6 * 25);
}

// A repeated question is answered from the cache until the database changes.
TEST(ServeServer, CachedAnswersFollowTheDatabase) {
  std::string path = testing::SeedsDb() + ".cache.db";
  for (const char* x : {"", "-wal", "-shm"}) std::filesystem::remove(path + x);
  std::filesystem::copy_file(testing::SeedsDb(), path);
  ServeOptions o = Options();
  o.db = path;
  Running s(o);
  auto c = s.client();
  const char* url = "/api/series?source=PRK&target=CHN&by=year";
  auto first = c.Get(url);
  ASSERT_TRUE(first);
  EXPECT_EQ(first->get_header_value("X-Entente-Cache"), "miss");
  auto second = c.Get(url);
  ASSERT_TRUE(second);
  EXPECT_EQ(second->get_header_value("X-Entente-Cache"), "hit");
  EXPECT_EQ(second->body, first->body);
  long long before = 0;
  Json j1 = Json::parse(first->body);
  for (const Json& p : j1["points"]) before += p["events"].get<long long>();
  EXPECT_GT(before, 0);
  {
    auto w = Store::Open(path);
    ASSERT_TRUE(w.ok());
    auto a = entente::testing::ShippedPipeline().Process(entente::testing::TextDoc(
        "Kim Jong Un met Chinese President Xi Jinping in Beijing on Tuesday.", "2030-03-21", "cache_new"));
    ASSERT_TRUE(a.ok());
    ASSERT_TRUE((*w)->Put(*a, "test").ok());
  }
  auto third = c.Get(url);
  ASSERT_TRUE(third);
  EXPECT_EQ(third->get_header_value("X-Entente-Cache"), "miss");
  long long after = 0;
  Json j3 = Json::parse(third->body);
  for (const Json& p : j3["points"]) after += p["events"].get<long long>();
  EXPECT_GT(after, before);
  s.Stop();
  for (const char* x : {"", "-wal", "-shm"}) std::filesystem::remove(path + x);
}

TEST(ServeServer, StopEndsRun) {
  Running s(Options());
  auto t0 = std::chrono::steady_clock::now();
  s.Stop();
  EXPECT_TRUE(s.run_status().ok()) << s.run_status().ToString();
  EXPECT_LT(std::chrono::steady_clock::now() - t0, std::chrono::seconds(10));
  EXPECT_FALSE(s.client().Get("/api/health"));
}

TEST(ServeServer, BindFailsClearlyOnAMissingDatabase) {
  ServeOptions o = Options();
  o.db = "/nonexistent/entente.db";
  Server server(o);
  Status st = server.Bind();
  EXPECT_FALSE(st.ok());
  EXPECT_NE(st.message().find("/nonexistent/entente.db"), std::string::npos);
  o = Options("/nonexistent/dist");
  Server server2(o);
  st = server2.Bind();
  EXPECT_FALSE(st.ok());
  EXPECT_NE(st.message().find("--static"), std::string::npos);
}

TEST(ServeServer, DefaultsFindTheSourceTree) {
  EXPECT_TRUE(std::filesystem::exists(DefaultDictionaryDir() + "/actors/countries.txt"));
  ActorNames names = ActorNames::Load(DefaultDictionaryDir());
  EXPECT_EQ(names.Name("PRK"), "North Korea");
  EXPECT_EQ(names.Name("KOR"), "South Korea");
  EXPECT_EQ(names.Name("IGOUNO"), "United Nations");
  EXPECT_EQ(names.Name("ZZZ"), "");
}

}  // namespace
}  // namespace entente::serve
