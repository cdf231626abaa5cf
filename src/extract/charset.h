// Character encodings of HTML pages: finds the page's charset (byte-order mark, the
// transport's Content-Type, <meta charset> / http-equiv, <?xml encoding?>) and decodes the
// bytes to UTF-8 with a map from decoded bytes back to input bytes.
//
// Labels follow the WHATWG Encoding Standard: "iso-8859-1", "latin1" and "us-ascii" mean
// windows-1252, "gb2312" means GBK, "euc-kr" means windows-949 and so on. Conversion uses
// glibc's iconv. Invalid bytes never fail a page: in UTF-8 they are read as windows-1252
// (the usual cause is a Latin-1 page declared as UTF-8), elsewhere they become U+FFFD.
// Thread-safe (per-thread caches).
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace entente {

// Canonical name of a charset label ("UTF-8", "WINDOWS-1252", "SHIFT_JIS"), or "" when
// the label is unknown.
std::string CanonicalCharset(std::string_view label);

// The label declared in the first bytes of a page (<meta charset=...>, http-equiv
// Content-Type, <?xml encoding=...?>), or "".
std::string DeclaredCharset(std::string_view html);

// The charset parameter of a Content-Type header value ("text/html; charset=ISO-8859-1"), or "".
std::string CharsetFromContentType(std::string_view content_type);

// The charset to decode with: BOM, then the transport's label, then the page's
// declaration; a legacy single-byte label on bytes that are valid, non-ASCII UTF-8 is
// overridden by UTF-8 (a common mislabel). Without any label: UTF-8 when valid, else
// windows-1252. Always returns a canonical name.
std::string ChooseCharset(std::string_view bytes, std::string_view transport_label);

// Decoded bytes [dec, dec+dec_len) came from input bytes [src, src+src_len).
// Runs with dec_len == src_len are byte-for-byte copies.
struct DecodeRun {
  uint32_t dec, src, dec_len, src_len;
};

struct Decoded {
  std::string text;              // UTF-8; empty when `same` (the input is the text)
  std::vector<DecodeRun> runs;   // sorted by dec; empty when the text is the input itself
  std::string charset;           // canonical name used
  size_t replaced = 0;           // bytes that could not be decoded (U+FFFD or windows-1252)
  bool same = false;             // the input is valid UTF-8 and is the text (no copy made)
  bool identity() const { return runs.empty(); }
  // The decoded text: `input` itself when `same`.
  std::string_view Text(std::string_view input) const { return same ? input : std::string_view(text); }
};

// Decodes `bytes` (charset from ChooseCharset) to UTF-8. When the input is valid UTF-8
// (and declared or detected so), nothing is copied: `same` is set and `runs` is empty.
Decoded DecodeToUtf8(std::string_view bytes, std::string_view transport_label = "");

// Input offset of decoded offset `dec`. Offsets inside a multi-byte decoded character
// map to the end of its source bytes.
uint32_t DecodedToSource(const std::vector<DecodeRun>& runs, uint32_t dec);

}  // namespace entente
