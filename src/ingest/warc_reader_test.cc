#include "ingest/warc_reader.h"

#include <gtest/gtest.h>
#include <zlib.h>

#include <cstdio>
#include <filesystem>
#include <fstream>

#include "extract/extractor.h"
#include "ingest/input_reader.h"

namespace entente {
namespace {

std::string Record(const std::string& type, const std::string& uri, const std::string& block,
                   const std::string& content_type = "application/http; msgtype=response") {
  std::string h = "WARC/1.0\r\nWARC-Type: " + type + "\r\nWARC-Target-URI: " + uri +
                  "\r\nWARC-Date: 2024-03-05T10:00:00Z\r\nWARC-Record-ID: <urn:uuid:" + std::to_string(uri.size()) +
                  "-" + type + ">\r\nContent-Type: " + content_type + "\r\nContent-Length: " +
                  std::to_string(block.size()) + "\r\n\r\n";
  return h + block + "\r\n\r\n";
}

std::string Response(const std::string& headers, const std::string& body) {
  return "HTTP/1.1 200 OK\r\n" + headers + "\r\n" + body;
}

const std::string kLatin1Page =
    "<html><head><title>Gipfel</title></head><body><article><h1>Gipfel</h1>"
    "<p>Die Au\xDF" "enminister trafen sich am Montag in M\xFCnchen, um \xFC" "ber die Lage zu sprechen.</p>"
    "<p>Weitere Gespr\xE4" "che sind f\xFCr M\xE4rz geplant, hie\xDF es aus dem Ministerium.</p>"
    "</article></body></html>";

std::string Archive() {
  std::string html = Response("Content-Type: text/html; charset=ISO-8859-1\r\n", kLatin1Page);
  std::string chunked_body = "<html><body><p>Chunked page about the talks between the two ministers, which went on for hours.</p></body></html>";
  char size[16];
  std::snprintf(size, sizeof size, "%zx", chunked_body.size());
  std::string chunked =
      Response("Content-Type: text/html\r\nTransfer-Encoding: chunked\r\n", std::string(size) + "\r\n" + chunked_body + "\r\n0\r\n\r\n");
  return Record("warcinfo", "", "software: test\r\n", "application/warc-fields") +
         Record("request", "http://a.example/x", "GET /x HTTP/1.1\r\n\r\n", "application/http; msgtype=request") +
         Record("response", "http://a.example/2024/03/04/gipfel", html) +
         Record("response", "http://a.example/logo.png", Response("Content-Type: image/png\r\n", "\x89PNG...")) +
         Record("response", "http://a.example/moved", "HTTP/1.1 301 Moved Permanently\r\nLocation: /x\r\n\r\n") +
         Record("response", "http://b.example/talks", chunked);
}

std::string TempPath(const std::string& name) {
  return (std::filesystem::temp_directory_path() / ("entente_warc_test_" + std::to_string(::getpid()) + "_" + name))
      .string();
}

void WriteGzipPerRecord(const std::string& path, const std::string& plain) {
  // One gzip member per record, as Common Crawl does.
  gzFile f = gzopen(path.c_str(), "wb");
  size_t pos = 0;
  while (pos < plain.size()) {
    size_t next = plain.find("WARC/1.0\r\n", pos + 1);
    if (next == std::string::npos) next = plain.size();
    gzwrite(f, plain.data() + pos, static_cast<unsigned>(next - pos));
    gzflush(f, Z_FINISH);
    pos = next;
  }
  gzclose(f);
}

std::vector<Result<Document>> ReadAll(const std::string& path, WarcStats* stats = nullptr) {
  std::vector<Result<Document>> out;
  Status st = ReadWarc(path, WarcOptions(), [&](Result<Document> d) { out.push_back(std::move(d)); }, stats);
  EXPECT_TRUE(st.ok()) << st.ToString();
  return out;
}

TEST(Warc, HtmlResponsesBecomeDocuments) {
  for (bool gz : {false, true}) {
    std::string path = TempPath(gz ? "a.warc.gz" : "a.warc");
    if (gz) {
      WriteGzipPerRecord(path, Archive());
    } else {
      std::ofstream(path, std::ios::binary) << Archive();
    }
    WarcStats stats;
    auto docs = ReadAll(path, &stats);
    std::filesystem::remove(path);
    ASSERT_EQ(docs.size(), 2u) << (gz ? "gz" : "plain");
    EXPECT_EQ(stats.records, 6u);
    EXPECT_EQ(stats.documents, 2u);
    EXPECT_EQ(stats.skipped, 4u);  // warcinfo, request, image, redirect
    ASSERT_TRUE(docs[0].ok());
    const Document& d = docs[0].value();
    EXPECT_EQ(d.url, "http://a.example/2024/03/04/gipfel");
    EXPECT_EQ(d.fetched, "2024-03-05T10:00:00Z");
    EXPECT_EQ(d.charset, "ISO-8859-1");
    EXPECT_EQ(d.kind, Document::Kind::kHtml);
    EXPECT_EQ(d.bytes, kLatin1Page);
    EXPECT_NE(d.origin.find("@"), std::string::npos);
    // The charset from the HTTP header decodes the page; the date is the URL's, not the crawl's.
    auto a = Extract(d);
    ASSERT_TRUE(a.ok()) << a.status().ToString();
    EXPECT_NE(a->text.find("Die Au\xC3\x9F" "enminister trafen sich am Montag in M\xC3\xBCnchen"), std::string::npos);
    EXPECT_EQ(a->published, "2024-03-04");
    EXPECT_EQ(a->language, "de");
    // Chunked transfer encoding is undone.
    ASSERT_TRUE(docs[1].ok());
    EXPECT_EQ(docs[1].value().bytes.find("0\r\n"), std::string::npos);
    EXPECT_NE(docs[1].value().bytes.find("went on for hours"), std::string::npos);
  }
}

TEST(Warc, DamageIsReportedWithItsOffset) {
  std::string path = TempPath("bad.warc");
  std::string good = Record("response", "http://a.example/ok", Response("Content-Type: text/html\r\n", "<p>ok</p>"));
  std::string cut = Record("response", "http://a.example/cut", Response("Content-Type: text/html\r\n", "<p>cut</p>"));
  std::ofstream(path, std::ios::binary) << good << "garbage line\r\n" << good << cut.substr(0, cut.size() - 20);
  auto docs = ReadAll(path);
  std::filesystem::remove(path);
  size_t ok = 0, errors = 0;
  for (const auto& d : docs) {
    if (d.ok()) ++ok;
    else {
      ++errors;
      EXPECT_NE(d.status().message().find(path + "@"), std::string::npos) << d.status().message();
    }
  }
  EXPECT_EQ(ok, 2u);
  EXPECT_EQ(errors, 2u);  // the garbage line and the truncated record
}

TEST(Warc, ReadInputsStreamsArchivesByExtension) {
  std::string dir = TempPath("dir");
  std::filesystem::create_directories(dir);
  WriteGzipPerRecord(dir + "/crawl.warc.gz", Archive());
  InputOptions in;
  in.paths = {dir};
  size_t docs = 0;
  ReadInputs(in, [&](Result<Document> d) { docs += d.ok(); });
  std::filesystem::remove_all(dir);
  EXPECT_EQ(docs, 2u);
  EXPECT_TRUE(IsWarcPath("x/CC-NEWS-2024.warc.gz"));
  EXPECT_FALSE(IsWarcPath("x.html.gz"));
}

TEST(Warc, HttpParts) {
  int status;
  std::string type, te, ce, out;
  std::string_view body;
  ASSERT_TRUE(ParseHttpResponse("HTTP/1.1 404 Not Found\r\nContent-Type: text/html\r\n\r\n<p>x</p>", &status, &type, &te,
                                &ce, &body));
  EXPECT_EQ(status, 404);
  EXPECT_EQ(type, "text/html");
  EXPECT_EQ(body, "<p>x</p>");
  EXPECT_FALSE(ParseHttpResponse("GET / HTTP/1.1\r\n\r\n", &status, &type, &te, &ce, &body));
  ASSERT_TRUE(Dechunk("4\r\nWiki\r\n5;ext=1\r\npedia\r\n0\r\n\r\n", &out));
  EXPECT_EQ(out, "Wikipedia");
  EXPECT_FALSE(Dechunk("zz\r\n", &out));
}

TEST(Ingest, HtmlInAnyCharsetIsAccepted) {
  EXPECT_TRUE(CheckHtml(kLatin1Page, "a.html").ok());
  Status binary = CheckHtml(std::string("<html>\0\0\0", 9), "b.html");
  ASSERT_FALSE(binary.ok());
  EXPECT_NE(binary.message().find("b.html"), std::string::npos);
  EXPECT_NE(binary.message().find("binary"), std::string::npos);
}

}  // namespace
}  // namespace entente
