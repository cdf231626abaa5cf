#include "ingest/warc_reader.h"

#include <zlib.h>

#include <algorithm>
#include <cstring>

#include "common/text.h"
#include "ingest/input_reader.h"

namespace entente {
namespace {

// Buffered reading over zlib's gz* API, which reads plain files and concatenated gzip
// members (one per record) alike.
class GzStream {
 public:
  explicit GzStream(gzFile f) : f_(f) { buf_.resize(1 << 16); }
  ~GzStream() {
    if (f_) gzclose(f_);
  }
  GzStream(const GzStream&) = delete;
  GzStream& operator=(const GzStream&) = delete;

  // One line without its "\r\n" / "\n"; false at end of input. Lines are capped at `max`.
  bool ReadLine(std::string* line, size_t max = 64 * 1024) {
    line->clear();
    while (true) {
      if (pos_ == len_ && !Fill()) return !line->empty();
      const char* start = buf_.data() + pos_;
      const char* nl = static_cast<const char*>(std::memchr(start, '\n', len_ - pos_));
      size_t take = nl ? static_cast<size_t>(nl - start) : len_ - pos_;
      if (line->size() < max) line->append(start, std::min(take, max - line->size()));
      pos_ += take;
      offset_ += take;
      if (nl) {
        ++pos_;
        ++offset_;
        if (!line->empty() && line->back() == '\r') line->pop_back();
        return true;
      }
    }
  }
  // Reads exactly n bytes into out (or discards them when out is null); false if short.
  bool Read(size_t n, std::string* out) {
    if (out) {
      out->clear();
      out->reserve(n);
    }
    while (n > 0) {
      if (pos_ == len_ && !Fill()) return false;
      size_t take = std::min(n, len_ - pos_);
      if (out) out->append(buf_.data() + pos_, take);
      pos_ += take;
      offset_ += take;
      n -= take;
    }
    return true;
  }
  uint64_t offset() const { return offset_; }
  bool error() const { return error_; }

 private:
  bool Fill() {
    if (eof_) return false;
    int n = gzread(f_, buf_.data(), static_cast<unsigned>(buf_.size()));
    if (n <= 0) {
      int err = 0;
      gzerror(f_, &err);
      error_ = n < 0 || (err != Z_OK && err != Z_STREAM_END);
      eof_ = true;
      return false;
    }
    pos_ = 0;
    len_ = static_cast<size_t>(n);
    return true;
  }
  gzFile f_;
  std::string buf_;
  size_t pos_ = 0, len_ = 0;
  uint64_t offset_ = 0;
  bool eof_ = false, error_ = false;
};

std::string_view HeaderValue(std::string_view line, std::string_view name) {
  if (line.size() <= name.size() || line[name.size()] != ':') return {};
  for (size_t i = 0; i < name.size(); ++i)
    if (std::tolower(static_cast<unsigned char>(line[i])) != std::tolower(static_cast<unsigned char>(name[i])))
      return {};
  return Trim(line.substr(name.size() + 1));
}

bool IsHtmlType(std::string_view content_type) {
  std::string t = ToLowerAscii(Trim(content_type.substr(0, content_type.find(';'))));
  return t == "text/html" || t == "application/xhtml+xml" || t.empty();
}

// Inflates a gzip or deflate Content-Encoding; false when it fails.
bool Inflate(std::string_view in, std::string* out, size_t max) {
  z_stream z{};
  if (inflateInit2(&z, 15 + 32) != Z_OK) return false;  // 32: detect gzip or zlib header
  z.next_in = reinterpret_cast<Bytef*>(const_cast<char*>(in.data()));
  z.avail_in = static_cast<uInt>(in.size());
  out->clear();
  char buf[1 << 15];
  int rc = Z_OK;
  while (rc != Z_STREAM_END) {
    z.next_out = reinterpret_cast<Bytef*>(buf);
    z.avail_out = sizeof buf;
    rc = inflate(&z, Z_NO_FLUSH);
    if (rc != Z_OK && rc != Z_STREAM_END) break;
    out->append(buf, sizeof buf - z.avail_out);
    if (out->size() > max) {
      rc = Z_MEM_ERROR;
      break;
    }
    if (rc == Z_OK && z.avail_in == 0 && z.avail_out != 0) break;
  }
  inflateEnd(&z);
  return rc == Z_STREAM_END || (rc == Z_OK && !out->empty());
}

// The charset parameter of a Content-Type value ("text/html; charset=ISO-8859-1"), or "".
std::string CharsetParam(std::string_view content_type) {
  std::string lower = ToLowerAscii(content_type);
  size_t p = lower.find("charset");
  if (p == std::string::npos) return "";
  p = lower.find('=', p);
  if (p == std::string::npos) return "";
  std::string_view v = Trim(std::string_view(content_type).substr(p + 1));
  if (!v.empty() && (v.front() == '"' || v.front() == '\'')) v.remove_prefix(1);
  size_t end = v.find_first_of("\"'; ,");
  return std::string(v.substr(0, end));
}

// "<urn:uuid:1b2c...>" -> "1b2c..."
std::string RecordId(std::string_view v) {
  v = Trim(v);
  if (!v.empty() && v.front() == '<') v.remove_prefix(1);
  if (!v.empty() && v.back() == '>') v.remove_suffix(1);
  if (StartsWith(v, "urn:uuid:")) v.remove_prefix(9);
  return std::string(v);
}

}  // namespace

bool IsWarcPath(std::string_view path) {
  std::string p = ToLowerAscii(path);
  return EndsWith(p, ".warc") || EndsWith(p, ".warc.gz");
}

bool ParseHttpResponse(std::string_view block, int* status, std::string* content_type, std::string* transfer_encoding,
                       std::string* content_encoding, std::string_view* body) {
  if (!StartsWith(block, "HTTP/")) return false;
  size_t eol = block.find('\n');
  if (eol == std::string_view::npos) return false;
  std::string_view status_line = block.substr(0, eol);
  size_t sp = status_line.find(' ');
  *status = sp == std::string_view::npos ? 0 : std::atoi(std::string(status_line.substr(sp + 1, 3)).c_str());
  size_t pos = eol + 1;
  content_type->clear();
  transfer_encoding->clear();
  content_encoding->clear();
  while (pos < block.size()) {
    size_t e = block.find('\n', pos);
    if (e == std::string_view::npos) e = block.size();
    std::string_view line = block.substr(pos, e - pos);
    if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
    pos = e + 1;
    if (line.empty()) {
      *body = block.substr(std::min(pos, block.size()));
      return true;
    }
    std::string_view v;
    if (!(v = HeaderValue(line, "Content-Type")).empty()) *content_type = std::string(v);
    else if (!(v = HeaderValue(line, "Transfer-Encoding")).empty()) *transfer_encoding = ToLowerAscii(v);
    else if (!(v = HeaderValue(line, "Content-Encoding")).empty()) *content_encoding = ToLowerAscii(v);
  }
  *body = {};
  return true;  // headers only
}

bool Dechunk(std::string_view body, std::string* out) {
  out->clear();
  size_t pos = 0;
  while (pos < body.size()) {
    size_t e = body.find('\n', pos);
    if (e == std::string_view::npos) return false;
    std::string size_line(Trim(body.substr(pos, e - pos)));
    size_t semi = size_line.find(';');
    if (semi != std::string::npos) size_line.resize(semi);
    char* end = nullptr;
    unsigned long n = std::strtoul(size_line.c_str(), &end, 16);
    if (size_line.empty() || end == size_line.c_str()) return false;
    pos = e + 1;
    if (n == 0) return true;
    if (pos + n > body.size()) {
      out->append(body.substr(pos));  // truncated capture: keep what is there
      return true;
    }
    out->append(body.substr(pos, n));
    pos += n;
    if (pos < body.size() && body[pos] == '\r') ++pos;
    if (pos < body.size() && body[pos] == '\n') ++pos;
  }
  return true;
}

Status ReadWarc(const std::string& path, const WarcOptions& options,
                const std::function<void(Result<Document>)>& sink, WarcStats* stats) {
  WarcStats local;
  WarcStats& st = stats ? *stats : local;
  gzFile f = gzopen(path.c_str(), "rb");
  if (!f) return Status::IoError(path + ": cannot open");
  gzbuffer(f, 1 << 17);
  GzStream in(f);
  std::string line, block, dechunked, inflated;
  while (true) {
    // Version line (skip blank lines between records).
    do {
      if (!in.ReadLine(&line)) {
        if (in.error()) sink(Status::Corrupt(path + ": damaged compressed data near byte " + std::to_string(in.offset())));
        return Status::Ok();
      }
    } while (Trim(line).empty());
    uint64_t record_at = in.offset() - line.size() - 1;
    std::string origin = path + "@" + std::to_string(record_at);
    if (!StartsWith(line, "WARC/")) {
      ++st.errors;
      sink(Status::Corrupt(origin + ": not a WARC record (expected \"WARC/1.x\", found \"" +
                           std::string(line.substr(0, 40)) + "\")"));
      // Resynchronise on the next version line.
      while (in.ReadLine(&line))
        if (StartsWith(line, "WARC/")) break;
      if (!StartsWith(line, "WARC/")) return Status::Ok();
    }
    ++st.records;
    std::string type, uri, date, id, content_type;
    long long length = -1;
    while (in.ReadLine(&line) && !line.empty()) {
      std::string_view v;
      if (!(v = HeaderValue(line, "WARC-Type")).empty()) type = ToLowerAscii(v);
      else if (!(v = HeaderValue(line, "WARC-Target-URI")).empty()) uri = std::string(v);
      else if (!(v = HeaderValue(line, "WARC-Date")).empty()) date = std::string(v);
      else if (!(v = HeaderValue(line, "WARC-Record-ID")).empty()) id = RecordId(v);
      else if (!(v = HeaderValue(line, "Content-Length")).empty()) length = std::atoll(std::string(v).c_str());
      else if (!(v = HeaderValue(line, "Content-Type")).empty()) content_type = ToLowerAscii(v);
    }
    if (length < 0) {
      ++st.errors;
      sink(Status::Corrupt(origin + ": WARC record without Content-Length"));
      continue;
    }
    bool wanted = type == "response" && (content_type.empty() || content_type.find("application/http") != std::string::npos);
    bool too_big = static_cast<size_t>(length) > options.max_record_bytes;
    if (!wanted || too_big) {
      if (!in.Read(static_cast<size_t>(length), nullptr)) {
        sink(Status::Corrupt(origin + ": archive ends inside a record"));
        return Status::Ok();
      }
      if (!wanted) ++st.skipped;
      if (too_big) {
        ++st.errors;
        sink(Status::Unsupported(origin + ": record of " + std::to_string(length) + " bytes is over the " +
                                 std::to_string(options.max_record_bytes) + "-byte limit; skipped"));
      }
      continue;
    }
    if (!in.Read(static_cast<size_t>(length), &block)) {
      ++st.errors;
      sink(Status::Corrupt(origin + ": archive ends inside a record (" + std::to_string(block.size()) + " of " +
                           std::to_string(length) + " bytes)"));
      return Status::Ok();
    }
    int status = 0;
    std::string http_type, te, ce;
    std::string_view body;
    if (!ParseHttpResponse(block, &status, &http_type, &te, &ce, &body)) {
      ++st.errors;
      sink(Status::Corrupt(origin + ": response record without an HTTP response"));
      continue;
    }
    if (status < 200 || status >= 300 || !IsHtmlType(http_type) || body.empty()) {
      ++st.skipped;
      continue;
    }
    if (te.find("chunked") != std::string::npos) {
      if (!Dechunk(body, &dechunked)) {
        ++st.errors;
        sink(Status::Corrupt(origin + ": malformed chunked body"));
        continue;
      }
      body = dechunked;
    }
    if (ce == "gzip" || ce == "x-gzip" || ce == "deflate") {
      if (!Inflate(body, &inflated, options.max_record_bytes)) {
        ++st.errors;
        sink(Status::Corrupt(origin + ": cannot inflate " + ce + " body"));
        continue;
      }
      body = inflated;
    }
    // Without a declared type, only markup counts as HTML.
    if (http_type.empty() && DetectKind(body) != Document::Kind::kHtml) {
      ++st.skipped;
      continue;
    }
    Status ok = CheckHtml(body, origin);
    if (!ok.ok()) {
      ++st.errors;
      sink(ok);
      continue;
    }
    Document doc;
    doc.id = !id.empty() ? id : "record" + std::to_string(st.records);
    doc.origin = origin;
    doc.url = uri;
    doc.fetched = date;
    doc.charset = CharsetParam(http_type);
    doc.kind = Document::Kind::kHtml;
    doc.bytes.assign(body);
    ++st.documents;
    sink(std::move(doc));
  }
}

}  // namespace entente
