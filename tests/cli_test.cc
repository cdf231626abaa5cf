// The entente command as a user runs it: exit statuses, diagnostics naming inputs,
// bad inputs skipped while the rest of the batch is processed.
#include <gtest/gtest.h>
#include <sys/wait.h>

#include <cstdio>
#include <filesystem>
#include <fstream>
#include <string>

namespace {

namespace fs = std::filesystem;

struct RunResult {
  int status = -1;
  std::string out, err;
};

RunResult Exec(const std::string& args) {
  fs::path err = fs::temp_directory_path() / ("entente_cli_err_" + std::to_string(getpid()));
  std::string cmd = std::string(ENTENTE_BINARY) + " " + args + " 2>" + err.string();
  RunResult r;
  FILE* p = popen(cmd.c_str(), "r");
  char buf[4096];
  size_t n;
  while ((n = fread(buf, 1, sizeof buf, p)) > 0) r.out.append(buf, n);
  int st = pclose(p);
  r.status = WIFEXITED(st) ? WEXITSTATUS(st) : -1;
  std::ifstream e(err);
  r.err.assign(std::istreambuf_iterator<char>(e), {});
  fs::remove(err);
  return r;
}

class Cli : public ::testing::Test {
 protected:
  void SetUp() override {
    dir_ = fs::temp_directory_path() / ("entente_cli_" + std::to_string(getpid()));
    fs::create_directories(dir_);
  }
  void TearDown() override { fs::remove_all(dir_); }
  std::string Write(const std::string& name, const std::string& bytes) {
    fs::path p = dir_ / name;
    std::ofstream(p, std::ios::binary) << bytes;
    return p.string();
  }
  fs::path dir_;
};

TEST_F(Cli, BadInputsAreReportedAndSkipped) {
  std::string good = Write("good.txt", "North Korean leader Kim Jong Un met Chinese President Xi Jinping in Beijing.\n");
  std::string binary = Write("photo.jpg", std::string("\xFF\xD8\xFF\xE0\0\x10JFIF\0", 11));
  std::string invalid = Write("latin1.txt", "Caf\xE9 society met in Paris.\n");
  std::string empty = Write("empty.txt", "");
  RunResult r = Exec("code " + good + " " + binary + " " + invalid + " " + empty);
  EXPECT_EQ(r.status, 1);
  EXPECT_NE(r.err.find("photo.jpg"), std::string::npos) << r.err;
  EXPECT_NE(r.err.find("latin1.txt:1"), std::string::npos) << r.err;
  EXPECT_NE(r.err.find("empty.txt"), std::string::npos) << r.err;
  EXPECT_NE(r.out.find("\"doc\":\"good\""), std::string::npos) << r.out;
}

TEST_F(Cli, MalformedJsonlLineNamesFileAndLine) {
  std::string jsonl = Write("docs.jsonl",
                            "{\"id\":\"a\",\"published\":\"2024-03-21\",\"text\":\"Kim Jong Un met Xi Jinping in Beijing.\"}\n"
                            "{\"id\":\"b\",\"text\": broken\n"
                            "{\"id\":\"c\",\"published\":\"2024-03-21\",\"text\":\"Vladimir Putin met Kim Jong Un.\"}\n");
  RunResult r = Exec("actors --jsonl " + jsonl);
  EXPECT_EQ(r.status, 1);
  EXPECT_NE(r.err.find("docs.jsonl:2"), std::string::npos) << r.err;
  EXPECT_NE(r.out.find("\"doc\":\"a\""), std::string::npos);
  EXPECT_NE(r.out.find("\"doc\":\"c\""), std::string::npos);
}

// `entente dates` as the issue asks: one line per expression with its TIMEX3 value, and
// offsets into the cleaned text and into the input ("  " collapses to " ").
TEST_F(Cli, DatesPrintsValuesAndInputOffsets) {
  std::string jsonl = Write("d.jsonl",
                            "{\"id\":\"a\",\"published\":\"2024-03-21\",\"text\":\"Kim met  Xi on Tuesday. "
                            "He will visit Moscow in June.\"}\n"
                            "{\"id\":\"b\",\"text\":\"Kim Il-sung visited Mongolia in 1956 and on Tuesday.\"}\n");
  RunResult r = Exec("dates --jsonl " + jsonl);
  ASSERT_EQ(r.status, 0) << r.err;
  EXPECT_NE(r.out.find(R"({"doc":"a","text":"Tuesday","value":"2024-03-19","start":14,"end":21,"source_start":15,"source_end":22)"),
            std::string::npos)
      << r.out;
  EXPECT_NE(r.out.find(R"("text":"June","value":"2024-06")"), std::string::npos) << r.out;
  // No publication date: the absolute year is kept, the weekday stays unresolved.
  EXPECT_NE(r.out.find(R"({"doc":"b","text":"1956","value":"1956")"), std::string::npos) << r.out;
  EXPECT_NE(r.out.find(R"({"doc":"b","text":"Tuesday","value":"")"), std::string::npos) << r.out;
}

TEST_F(Cli, DatesWritesTimeMl) {
  std::string jsonl = Write("d.jsonl",
                            "{\"id\":\"a/1\",\"published\":\"2024-03-21\",\"text\":\"Kim met Xi on Tuesday.\"}\n");
  const fs::path out = dir_ / "tml";
  RunResult r = Exec("dates --jsonl " + jsonl + " --timeml " + out.string());
  ASSERT_EQ(r.status, 0) << r.err;
  EXPECT_EQ(r.out, "");  // files instead of JSON lines
  std::ifstream f(out / "a_1.tml");
  std::string tml((std::istreambuf_iterator<char>(f)), {});
  EXPECT_NE(tml.find(R"(value="2024-03-19" temporalFunction="true" functionInDocument="NONE" anchorTimeID="t0">Tuesday</TIMEX3>)"),
            std::string::npos)
      << tml;
  // A folder that cannot be made: the run cannot start.
  std::string file = Write("plain", "x");
  RunResult bad = Exec("dates --jsonl " + jsonl + " --timeml " + file + "/sub");
  EXPECT_EQ(bad.status, 2);
  EXPECT_NE(bad.err.find("TimeML folder"), std::string::npos) << bad.err;
}

TEST_F(Cli, UsageErrorsExitTwo) {
  EXPECT_EQ(Exec("").status, 2);
  EXPECT_EQ(Exec("frobnicate").status, 2);
  EXPECT_EQ(Exec("code").status, 2);
  EXPECT_EQ(Exec("code --factuality sometimes x.txt").status, 2);
  RunResult help = Exec("code --help");
  EXPECT_EQ(help.status, 0);
  EXPECT_NE(help.out.find("--explain"), std::string::npos);
}

TEST_F(Cli, IngestTwiceKeepsOneCopy) {
  std::string jsonl = Write("d.jsonl",
                            "{\"id\":\"a\",\"published\":\"2024-03-21\",\"text\":\"Kim Jong Un met Xi Jinping in Beijing on Tuesday.\"}\n");
  std::string db = (dir_ / "x.db").string();
  ASSERT_EQ(Exec("ingest --quiet --db " + db + " --jsonl " + jsonl).status, 0);
  RunResult first = Exec("dyads --db " + db);
  ASSERT_EQ(Exec("ingest --quiet --db " + db + " --jsonl " + jsonl).status, 0);
  RunResult second = Exec("dyads --db " + db);
  EXPECT_EQ(first.out, second.out);
  EXPECT_NE(first.out.find("\"source\":\"PRK\",\"target\":\"CHN\",\"period\":\"2024-03\""), std::string::npos)
      << first.out;
}

TEST_F(Cli, IngestIntoANonDatabaseFailsCleanly) {
  std::string junk = Write("junk.db", std::string(200, 'x'));
  std::string jsonl = Write("d.jsonl", "{\"id\":\"a\",\"text\":\"Kim Jong Un met Xi Jinping.\"}\n");
  RunResult r = Exec("ingest --db " + junk + " --jsonl " + jsonl);
  EXPECT_EQ(r.status, 2);
  EXPECT_NE(r.err.find("junk.db"), std::string::npos);
}

}  // namespace
