#include "common/text.h"

#include <algorithm>

#include <utf8proc.h>

#include <cstdlib>

namespace entente {

size_t FindInvalidUtf8(std::string_view s) {
  size_t i = 0;
  const size_t n = s.size();
  while (i < n) {
    unsigned char c = static_cast<unsigned char>(s[i]);
    if (c < 0x80) {
      ++i;
      continue;
    }
    utf8proc_int32_t cp;
    utf8proc_ssize_t len = utf8proc_iterate(reinterpret_cast<const utf8proc_uint8_t*>(s.data() + i),
                                            static_cast<utf8proc_ssize_t>(n - i), &cp);
    if (len <= 0) return i;
    i += static_cast<size_t>(len);
  }
  return std::string_view::npos;
}

char32_t DecodeUtf8(std::string_view s, size_t& i) {
  unsigned char c = static_cast<unsigned char>(s[i]);
  if (c < 0x80) {
    ++i;
    return c;
  }
  utf8proc_int32_t cp;
  utf8proc_ssize_t len = utf8proc_iterate(reinterpret_cast<const utf8proc_uint8_t*>(s.data() + i),
                                          static_cast<utf8proc_ssize_t>(s.size() - i), &cp);
  if (len <= 0) {
    ++i;
    return 0xFFFD;
  }
  i += static_cast<size_t>(len);
  return static_cast<char32_t>(cp);
}

void AppendUtf8(std::string& out, char32_t cp) {
  utf8proc_uint8_t buf[4];
  utf8proc_ssize_t n = utf8proc_encode_char(static_cast<utf8proc_int32_t>(cp), buf);
  out.append(reinterpret_cast<char*>(buf), static_cast<size_t>(n));
}

std::string FoldText(std::string_view s) {
  // Fast path: plain ASCII.
  bool ascii = true;
  for (char c : s)
    if (static_cast<unsigned char>(c) >= 0x80) {
      ascii = false;
      break;
    }
  if (ascii) return ToLowerAscii(s);
  std::string out;
  out.reserve(s.size());
  size_t i = 0;
  while (i < s.size()) {
    char32_t cp = DecodeUtf8(s, i);
    switch (cp) {
      case 0x2018: case 0x2019: case 0x201B: case 0x2032: case 0x00B4: case 0x0060:
        out.push_back('\'');
        continue;
      case 0x201C: case 0x201D: case 0x201E: case 0x2033:
        out.push_back('"');
        continue;
      case 0x2010: case 0x2011: case 0x2012: case 0x2013: case 0x2014: case 0x2212:
        out.push_back('-');
        continue;
      case 0x00A0: case 0x2009: case 0x202F: case 0x200B:
        out.push_back(' ');
        continue;
      default:
        break;
    }
    utf8proc_int32_t buf[8];
    utf8proc_ssize_t n = utf8proc_decompose_char(
        static_cast<utf8proc_int32_t>(cp), buf, 8,
        static_cast<utf8proc_option_t>(UTF8PROC_CASEFOLD | UTF8PROC_STRIPMARK | UTF8PROC_COMPAT |
                                       UTF8PROC_DECOMPOSE),
        nullptr);
    if (n <= 0) {
      AppendUtf8(out, cp);
      continue;
    }
    for (utf8proc_ssize_t k = 0; k < n && k < 8; ++k) AppendUtf8(out, static_cast<char32_t>(buf[k]));
  }
  return out;
}

bool IsWordChar(char32_t cp) {
  if (cp < 0x80) return (cp >= 'a' && cp <= 'z') || (cp >= 'A' && cp <= 'Z') || (cp >= '0' && cp <= '9');
  utf8proc_category_t cat = utf8proc_category(static_cast<utf8proc_int32_t>(cp));
  return (cat >= UTF8PROC_CATEGORY_LU && cat <= UTF8PROC_CATEGORY_LO) ||
         (cat >= UTF8PROC_CATEGORY_MN && cat <= UTF8PROC_CATEGORY_ME) ||
         cat == UTF8PROC_CATEGORY_ND;
}

bool IsUpperLetter(char32_t cp) {
  if (cp < 0x80) return cp >= 'A' && cp <= 'Z';
  return utf8proc_category(static_cast<utf8proc_int32_t>(cp)) == UTF8PROC_CATEGORY_LU;
}

bool IsNonLatinLetter(char32_t cp) {
  if (cp < 0x250) return false;  // Latin blocks
  if (cp >= 0x370 && cp < 0x530) return false;  // Greek, Cyrillic
  if (cp >= 0x1E00 && cp < 0x2000) return false;  // Latin extended additional, Greek ext.
  utf8proc_category_t cat = utf8proc_category(static_cast<utf8proc_int32_t>(cp));
  return cat >= UTF8PROC_CATEGORY_LU && cat <= UTF8PROC_CATEGORY_LO;
}

std::string_view Trim(std::string_view s) {
  size_t b = 0, e = s.size();
  while (b < e && (s[b] == ' ' || s[b] == '\t' || s[b] == '\r' || s[b] == '\n')) ++b;
  while (e > b && (s[e - 1] == ' ' || s[e - 1] == '\t' || s[e - 1] == '\r' || s[e - 1] == '\n')) --e;
  return s.substr(b, e - b);
}

std::vector<std::string_view> Split(std::string_view s, char sep) {
  std::vector<std::string_view> out;
  size_t start = 0;
  for (size_t i = 0; i <= s.size(); ++i) {
    if (i == s.size() || s[i] == sep) {
      out.push_back(s.substr(start, i - start));
      start = i + 1;
    }
  }
  return out;
}

bool StartsWith(std::string_view s, std::string_view p) { return s.substr(0, p.size()) == p; }
bool EndsWith(std::string_view s, std::string_view p) {
  return s.size() >= p.size() && s.substr(s.size() - p.size()) == p;
}

std::string ToLowerAscii(std::string_view s) {
  std::string out(s);
  for (char& c : out)
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
  return out;
}

size_t LineOf(std::string_view s, size_t pos) {
  size_t line = 1;
  for (size_t i = 0; i < pos && i < s.size(); ++i)
    if (s[i] == '\n') ++line;
  return line;
}

size_t Utf16Length(std::string_view s, size_t bytes) {
  bytes = std::min(bytes, s.size());
  size_t units = 0;
  for (size_t i = 0; i < bytes; ++i) {
    unsigned char c = static_cast<unsigned char>(s[i]);
    if ((c & 0xC0) == 0x80) continue;  // continuation byte
    units += (c >= 0xF0 && c <= 0xF4) ? 2 : 1;
  }
  return units;
}

}  // namespace entente
