// UTF-8 and string helpers shared by every stage. No domain logic.
#pragma once

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace entente {

// Byte offset of the first invalid UTF-8 sequence, or npos when `s` is valid.
size_t FindInvalidUtf8(std::string_view s);

// Decodes one code point at s[i]; advances i. Returns 0xFFFD on invalid bytes.
char32_t DecodeUtf8(std::string_view s, size_t& i);
void AppendUtf8(std::string& out, char32_t cp);

// Case-folded, diacritics stripped, NFKC; curly quotes -> ', dashes -> -.
std::string FoldText(std::string_view s);

// True when the code point is a letter or a digit (Unicode).
bool IsWordChar(char32_t cp);
bool IsUpperLetter(char32_t cp);
// Han, Hangul, Kana, Thai, Arabic ... : a script that is not Latin, Greek or Cyrillic.
bool IsNonLatinLetter(char32_t cp);

std::string_view Trim(std::string_view s);
std::vector<std::string_view> Split(std::string_view s, char sep);
bool StartsWith(std::string_view s, std::string_view p);
bool EndsWith(std::string_view s, std::string_view p);
std::string ToLowerAscii(std::string_view s);

// Line number (1-based) of byte offset `pos` in `s`.
size_t LineOf(std::string_view s, size_t pos);
// UTF-16 code units in the first `bytes` bytes of UTF-8 `s` (clamped to its size): the
// JavaScript string index of a byte offset.
size_t Utf16Length(std::string_view s, size_t bytes);

}  // namespace entente
