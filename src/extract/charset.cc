#include "extract/charset.h"

#include <iconv.h>

#include <algorithm>
#include <array>
#include <cerrno>
#include <cstring>
#include <memory>
#include <unordered_map>

#include "common/text.h"

namespace entente {
namespace {

std::string LowerTrim(std::string_view s) {
  s = Trim(s);
  while (!s.empty() && (s.front() == '"' || s.front() == '\'')) s.remove_prefix(1);
  while (!s.empty() && (s.back() == '"' || s.back() == '\'' || s.back() == ';')) s.remove_suffix(1);
  return ToLowerAscii(Trim(s));
}

struct Label {
  const char* label;
  const char* name;
};

// WHATWG Encoding Standard labels (the common part) -> iconv names.
constexpr Label kLabels[] = {
    {"utf-8", "UTF-8"}, {"utf8", "UTF-8"}, {"unicode-1-1-utf-8", "UTF-8"}, {"x-unicode20utf8", "UTF-8"},
    {"unicode20utf8", "UTF-8"},
    {"us-ascii", "WINDOWS-1252"}, {"ascii", "WINDOWS-1252"}, {"ansi_x3.4-1968", "WINDOWS-1252"},
    {"iso-8859-1", "WINDOWS-1252"}, {"iso8859-1", "WINDOWS-1252"}, {"iso88591", "WINDOWS-1252"},
    {"iso_8859-1", "WINDOWS-1252"}, {"iso_8859-1:1987", "WINDOWS-1252"}, {"latin1", "WINDOWS-1252"},
    {"latin-1", "WINDOWS-1252"}, {"l1", "WINDOWS-1252"}, {"cp1252", "WINDOWS-1252"},
    {"windows-1252", "WINDOWS-1252"}, {"x-cp1252", "WINDOWS-1252"}, {"cp819", "WINDOWS-1252"},
    {"ibm819", "WINDOWS-1252"}, {"csisolatin1", "WINDOWS-1252"}, {"iso-ir-100", "WINDOWS-1252"},
    {"x-user-defined", "WINDOWS-1252"}, {"iso-8859-1-i", "WINDOWS-1252"},
    {"iso-8859-9", "WINDOWS-1254"}, {"iso8859-9", "WINDOWS-1254"}, {"latin5", "WINDOWS-1254"},
    {"l5", "WINDOWS-1254"}, {"iso-8859-11", "WINDOWS-874"}, {"tis-620", "WINDOWS-874"},
    {"windows-874", "WINDOWS-874"}, {"iso-8859-8-i", "ISO-8859-8"}, {"logical", "ISO-8859-8"},
    {"visual", "ISO-8859-8"}, {"latin2", "ISO-8859-2"}, {"l2", "ISO-8859-2"}, {"latin9", "ISO-8859-15"},
    {"latin-9", "ISO-8859-15"}, {"l9", "ISO-8859-15"},
    {"gb2312", "GBK"}, {"gbk", "GBK"}, {"x-gbk", "GBK"}, {"chinese", "GBK"}, {"csgb2312", "GBK"},
    {"gb_2312-80", "GBK"}, {"gb_2312", "GBK"}, {"iso-ir-58", "GBK"}, {"cp936", "GBK"}, {"gb18030", "GB18030"},
    {"big5", "BIG5-HKSCS"}, {"big5-hkscs", "BIG5-HKSCS"}, {"cn-big5", "BIG5-HKSCS"}, {"x-x-big5", "BIG5-HKSCS"},
    {"csbig5", "BIG5-HKSCS"},
    {"shift_jis", "CP932"}, {"shift-jis", "CP932"}, {"sjis", "CP932"}, {"x-sjis", "CP932"}, {"ms_kanji", "CP932"},
    {"ms932", "CP932"}, {"windows-31j", "CP932"}, {"csshiftjis", "CP932"},
    {"euc-jp", "EUC-JP"}, {"x-euc-jp", "EUC-JP"}, {"cseucpkdfmtjapanese", "EUC-JP"},
    {"iso-2022-jp", "ISO-2022-JP"}, {"csiso2022jp", "ISO-2022-JP"},
    {"euc-kr", "CP949"}, {"ks_c_5601-1987", "CP949"}, {"ks_c_5601-1989", "CP949"}, {"ksc5601", "CP949"},
    {"ksc_5601", "CP949"}, {"windows-949", "CP949"}, {"korean", "CP949"}, {"csksc56011987", "CP949"},
    {"koi8-r", "KOI8-R"}, {"koi8", "KOI8-R"}, {"koi", "KOI8-R"}, {"cskoi8r", "KOI8-R"}, {"koi8-u", "KOI8-U"},
    {"koi8-ru", "KOI8-U"}, {"ibm866", "IBM866"}, {"cp866", "IBM866"}, {"866", "IBM866"},
    {"macintosh", "MACINTOSH"}, {"mac", "MACINTOSH"}, {"x-mac-roman", "MACINTOSH"},
    {"x-mac-cyrillic", "MAC-CYRILLIC"}, {"utf-16le", "UTF-16LE"}, {"utf-16", "UTF-16LE"},
    {"ucs-2", "UTF-16LE"}, {"unicode", "UTF-16LE"}, {"utf-16be", "UTF-16BE"},
};

bool IsSingleByte(const std::string& name) {
  return StartsWith(name, "WINDOWS-12") || StartsWith(name, "ISO-8859-") || StartsWith(name, "KOI8") ||
         name == "WINDOWS-874" || name == "IBM866" || name == "MACINTOSH" || name == "MAC-CYRILLIC";
}

bool IsUtf16(const std::string& name) { return StartsWith(name, "UTF-16"); }

// Is `name` a charset iconv can convert from? Cached per thread.
bool IconvKnows(const std::string& name) {
  thread_local std::unordered_map<std::string, bool> known;
  auto it = known.find(name);
  if (it != known.end()) return it->second;
  iconv_t cd = iconv_open("UTF-8", name.c_str());
  bool ok = cd != reinterpret_cast<iconv_t>(-1);
  if (ok) iconv_close(cd);
  if (known.size() < 256) known.emplace(name, ok);
  return ok;
}

// A byte's UTF-8 form in a single-byte charset.
struct ByteTable {
  std::array<std::string, 256> utf8;
};

const ByteTable* SingleByteTable(const std::string& name) {
  thread_local std::unordered_map<std::string, std::unique_ptr<ByteTable>> tables;
  auto it = tables.find(name);
  if (it != tables.end()) return it->second.get();
  iconv_t cd = iconv_open("UTF-8", name.c_str());
  if (cd == reinterpret_cast<iconv_t>(-1)) return nullptr;
  auto t = std::make_unique<ByteTable>();
  for (int b = 0; b < 256; ++b) {
    char in = static_cast<char>(b);
    char out[8];
    char* ip = &in;
    size_t il = 1;
    char* op = out;
    size_t ol = sizeof out;
    iconv(cd, nullptr, nullptr, nullptr, nullptr);
    if (iconv(cd, &ip, &il, &op, &ol) == static_cast<size_t>(-1) || op == out) {
      // Undefined in the charset (0x81 in windows-1252): the C1 control, as browsers do.
      AppendUtf8(t->utf8[b], b < 0x80 ? static_cast<char32_t>(b) : (b < 0xA0 ? static_cast<char32_t>(b) : 0xFFFD));
    } else {
      t->utf8[b].assign(out, static_cast<size_t>(op - out));
    }
  }
  iconv_close(cd);
  const ByteTable* raw = t.get();
  tables.emplace(name, std::move(t));
  return raw;
}

// Offset of the first invalid UTF-8 sequence, or npos: 8 ASCII bytes at a time, then by hand.
size_t FastInvalidUtf8(std::string_view s) {
  const unsigned char* p = reinterpret_cast<const unsigned char*>(s.data());
  const size_t n = s.size();
  size_t i = 0;
  while (i < n) {
    while (i + 8 <= n) {
      uint64_t w;
      std::memcpy(&w, p + i, 8);
      if (w & 0x8080808080808080ull) break;
      i += 8;
    }
    if (i >= n) break;
    unsigned char c = p[i];
    if (c < 0x80) {
      ++i;
      continue;
    }
    size_t len;
    uint32_t cp;
    if (c >= 0xC2 && c <= 0xDF) len = 2, cp = c & 0x1F;
    else if (c >= 0xE0 && c <= 0xEF) len = 3, cp = c & 0x0F;
    else if (c >= 0xF0 && c <= 0xF4) len = 4, cp = c & 0x07;
    else return i;
    if (i + len > n) return i;
    for (size_t k = 1; k < len; ++k) {
      if ((p[i + k] & 0xC0) != 0x80) return i;
      cp = (cp << 6) | (p[i + k] & 0x3F);
    }
    if ((len == 3 && (cp < 0x800 || (cp >= 0xD800 && cp <= 0xDFFF))) || (len == 4 && (cp < 0x10000 || cp > 0x10FFFF)))
      return i;
    i += len;
  }
  return std::string_view::npos;
}

void AddRun(std::vector<DecodeRun>& runs, uint32_t dec, uint32_t src, uint32_t dec_len, uint32_t src_len) {
  if (dec_len == 0 && src_len == 0) return;
  if (!runs.empty()) {
    DecodeRun& last = runs.back();
    // Extend a byte-for-byte run with a byte-for-byte continuation.
    if (last.dec_len == last.src_len && dec_len == src_len && last.dec + last.dec_len == dec &&
        last.src + last.src_len == src) {
      last.dec_len += dec_len;
      last.src_len += src_len;
      return;
    }
  }
  runs.push_back({dec, src, dec_len, src_len});
}

// windows-1252 reading of a byte that is not valid UTF-8.
void AppendCp1252(std::string& out, unsigned char b) {
  const ByteTable* t = SingleByteTable("WINDOWS-1252");
  if (t) out += t->utf8[b];
  else AppendUtf8(out, 0xFFFD);
}

Decoded DecodeUtf8Lenient(std::string_view bytes, size_t skip, size_t bad) {
  Decoded d;
  d.charset = "UTF-8";
  if (skip == 0 && bad == std::string_view::npos) {
    d.same = true;
    return d;
  }
  d.text.reserve(bytes.size() + 16);
  size_t i = skip;
  while (i < bytes.size()) {
    size_t rest = FastInvalidUtf8(bytes.substr(i));
    size_t good = rest == std::string_view::npos ? bytes.size() - i : rest;
    if (good) {
      AddRun(d.runs, static_cast<uint32_t>(d.text.size()), static_cast<uint32_t>(i), static_cast<uint32_t>(good),
             static_cast<uint32_t>(good));
      d.text.append(bytes.substr(i, good));
      i += good;
    }
    if (i >= bytes.size()) break;
    uint32_t at = static_cast<uint32_t>(d.text.size());
    AppendCp1252(d.text, static_cast<unsigned char>(bytes[i]));
    AddRun(d.runs, at, static_cast<uint32_t>(i), static_cast<uint32_t>(d.text.size() - at), 1);
    ++d.replaced;
    ++i;
  }
  return d;
}

Decoded DecodeSingleByte(std::string_view bytes, const std::string& name, const ByteTable& t) {
  Decoded d;
  d.charset = name;
  d.text.reserve(bytes.size() + bytes.size() / 8);
  size_t i = 0;
  while (i < bytes.size()) {
    size_t j = i;
    while (j < bytes.size() && static_cast<unsigned char>(bytes[j]) < 0x80) ++j;
    if (j > i) {
      AddRun(d.runs, static_cast<uint32_t>(d.text.size()), static_cast<uint32_t>(i), static_cast<uint32_t>(j - i),
             static_cast<uint32_t>(j - i));
      d.text.append(bytes.substr(i, j - i));
      i = j;
    }
    if (i >= bytes.size()) break;
    const std::string& u = t.utf8[static_cast<unsigned char>(bytes[i])];
    AddRun(d.runs, static_cast<uint32_t>(d.text.size()), static_cast<uint32_t>(i), static_cast<uint32_t>(u.size()), 1);
    d.text += u;
    ++i;
  }
  return d;
}

// Any other charset through iconv, a few characters at a time so that the map stays fine.
Decoded DecodeIconv(std::string_view bytes, const std::string& name, size_t skip) {
  Decoded d;
  d.charset = name;
  iconv_t cd = iconv_open("UTF-8", name.c_str());
  if (cd == reinterpret_cast<iconv_t>(-1)) return DecodeUtf8Lenient(bytes, 0, FastInvalidUtf8(bytes));
  d.text.reserve(bytes.size() * 3 / 2 + 16);
  size_t i = skip;
  char out[16];
  while (i < bytes.size()) {
    char* ip = const_cast<char*>(bytes.data() + i);
    size_t il = bytes.size() - i;
    char* op = out;
    size_t ol = 8;
    size_t r = iconv(cd, &ip, &il, &op, &ol);
    size_t consumed = static_cast<size_t>(ip - (bytes.data() + i));
    size_t produced = static_cast<size_t>(op - out);
    if (consumed || produced) {
      AddRun(d.runs, static_cast<uint32_t>(d.text.size()), static_cast<uint32_t>(i), static_cast<uint32_t>(produced),
             static_cast<uint32_t>(consumed));
      d.text.append(out, produced);
      i += consumed;
    }
    if (r == static_cast<size_t>(-1) && errno != E2BIG) {
      if (consumed || produced) continue;  // retry from the failing byte
      // EILSEQ or EINVAL at i: one undecodable byte.
      uint32_t at = static_cast<uint32_t>(d.text.size());
      AppendUtf8(d.text, 0xFFFD);
      AddRun(d.runs, at, static_cast<uint32_t>(i), static_cast<uint32_t>(d.text.size() - at), 1);
      ++d.replaced;
      ++i;
      iconv(cd, nullptr, nullptr, nullptr, nullptr);
    } else if (!consumed && !produced) {
      break;  // cannot progress (should not happen)
    }
  }
  iconv_close(cd);
  return d;
}

bool IsAsciiOnly(std::string_view s) {
  for (char c : s)
    if (static_cast<unsigned char>(c) >= 0x80) return false;
  return true;
}

size_t FindCaseless(std::string_view hay, std::string_view needle, size_t from) {
  if (needle.empty() || hay.size() < needle.size()) return std::string_view::npos;
  for (size_t i = from; i + needle.size() <= hay.size(); ++i) {
    size_t k = 0;
    while (k < needle.size() && (hay[i + k] | 0x20) == needle[k]) ++k;
    if (k == needle.size()) return i;
  }
  return std::string_view::npos;
}

// The value after "charset" (and '=', quotes) in s, or "".
std::string CharsetValue(std::string_view s) {
  size_t at = FindCaseless(s, "charset", 0);
  while (at != std::string_view::npos) {
    size_t i = at + 7;
    while (i < s.size() && (s[i] == ' ' || s[i] == '\t')) ++i;
    if (i < s.size() && s[i] == '=') {
      ++i;
      while (i < s.size() && (s[i] == ' ' || s[i] == '\t' || s[i] == '"' || s[i] == '\'')) ++i;
      size_t j = i;
      while (j < s.size() && (std::isalnum(static_cast<unsigned char>(s[j])) || s[j] == '-' || s[j] == '_' ||
                              s[j] == '.' || s[j] == ':'))
        ++j;
      if (j > i) return std::string(s.substr(i, j - i));
    }
    at = FindCaseless(s, "charset", at + 7);
  }
  return "";
}

}  // namespace

std::string CanonicalCharset(std::string_view label) {
  std::string l = LowerTrim(label);
  if (l.empty()) return "";
  for (const Label& e : kLabels)
    if (l == e.label) return e.name;
  // "windows-1251", "cp1251", "iso-8859-5", "iso8859-5" ...
  std::string up = l;
  for (char& c : up) c = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
  if (StartsWith(up, "CP125") && up.size() == 6) up = "WINDOWS-" + up.substr(2);
  if (StartsWith(up, "X-CP125") && up.size() == 8) up = "WINDOWS-" + up.substr(4);
  if (StartsWith(up, "ISO8859-")) up = "ISO-8859-" + up.substr(8);
  if (StartsWith(up, "ISO_8859-")) up = "ISO-8859-" + up.substr(9);
  if (StartsWith(up, "ISO8859") && up.size() > 7 && up[7] != '-') up = "ISO-8859-" + up.substr(7);
  size_t colon = up.find(':');
  if (colon != std::string::npos) up.resize(colon);
  if (up.size() > 40) return "";
  return IconvKnows(up) ? up : "";
}

std::string DeclaredCharset(std::string_view html) {
  std::string_view head = html.substr(0, std::min<size_t>(html.size(), 64 * 1024));
  if (StartsWith(head, "<?xml")) {
    size_t end = head.find("?>");
    std::string_view decl = head.substr(0, end == std::string_view::npos ? 200 : end);
    size_t e = FindCaseless(decl, "encoding", 0);
    if (e != std::string_view::npos) {
      size_t i = decl.find_first_of("\"'", e);
      if (i != std::string_view::npos) {
        size_t j = decl.find(decl[i], i + 1);
        if (j != std::string_view::npos) return std::string(decl.substr(i + 1, j - i - 1));
      }
    }
  }
  size_t pos = 0;
  while ((pos = FindCaseless(head, "<meta", pos)) != std::string_view::npos) {
    size_t end = head.find('>', pos);
    if (end == std::string_view::npos) break;
    std::string_view tag = head.substr(pos, end - pos);
    std::string v = CharsetValue(tag);
    if (!v.empty()) return v;
    pos = end;
  }
  return "";
}

std::string CharsetFromContentType(std::string_view content_type) { return CharsetValue(content_type); }

namespace {
std::string Choose(std::string_view bytes, std::string_view transport_label, size_t* invalid_at);
}

std::string ChooseCharset(std::string_view bytes, std::string_view transport_label) {
  size_t invalid_at;
  return Choose(bytes, transport_label, &invalid_at);
}

namespace {

// *invalid_at: the first invalid UTF-8 offset, or npos (computed only when needed: set to
// npos - 1 when not computed).
std::string Choose(std::string_view bytes, std::string_view transport_label, size_t* invalid_at) {
  *invalid_at = std::string_view::npos - 1;
  if (StartsWith(bytes, "\xEF\xBB\xBF")) return "UTF-8";
  if (StartsWith(bytes, "\xFF\xFE")) return "UTF-16LE";
  if (StartsWith(bytes, "\xFE\xFF")) return "UTF-16BE";
  std::string name = CanonicalCharset(transport_label);
  if (name.empty()) {
    name = CanonicalCharset(DeclaredCharset(bytes));
    // A page cannot declare UTF-16 about itself in ASCII bytes.
    if (IsUtf16(name)) name = "UTF-8";
  }
  if (name == "UTF-8") return name;
  if (IsUtf16(name)) return name;
  // Legacy label or none: bytes that are valid UTF-8 with non-ASCII characters are UTF-8.
  *invalid_at = FastInvalidUtf8(bytes);
  bool valid = *invalid_at == std::string_view::npos;
  if (valid && (name.empty() || !IsAsciiOnly(bytes))) return "UTF-8";
  return name.empty() ? "WINDOWS-1252" : name;
}

}  // namespace

Decoded DecodeToUtf8(std::string_view bytes, std::string_view transport_label) {
  size_t invalid_at;
  std::string name = Choose(bytes, transport_label, &invalid_at);
  if (name == "UTF-8") {
    size_t skip = StartsWith(bytes, "\xEF\xBB\xBF") ? 3 : 0;
    if (invalid_at == std::string_view::npos - 1 || skip) invalid_at = FastInvalidUtf8(bytes.substr(skip));
    return DecodeUtf8Lenient(bytes, skip, invalid_at);
  }
  if (IsSingleByte(name)) {
    const ByteTable* t = SingleByteTable(name);
    if (t) return DecodeSingleByte(bytes, name, *t);
  }
  size_t skip = IsUtf16(name) && (StartsWith(bytes, "\xFF\xFE") || StartsWith(bytes, "\xFE\xFF")) ? 2 : 0;
  return DecodeIconv(bytes, name, skip);
}

uint32_t DecodedToSource(const std::vector<DecodeRun>& runs, uint32_t dec) {
  if (runs.empty()) return dec;
  auto it = std::upper_bound(runs.begin(), runs.end(), dec, [](uint32_t d, const DecodeRun& r) { return d < r.dec; });
  if (it == runs.begin()) return runs.front().src;
  --it;
  if (dec >= it->dec + it->dec_len) return it->src + it->src_len;
  if (it->dec_len == it->src_len) return it->src + (dec - it->dec);
  return dec == it->dec ? it->src : it->src + it->src_len;
}

}  // namespace entente
