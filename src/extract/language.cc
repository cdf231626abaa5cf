#include <algorithm>
#include <cstdio>

#include <cld2/public/compact_lang_det.h>
#include <cld2/public/encodings.h>

#include "extract/extractor.h"

namespace entente {

std::string DetectLanguage(std::string_view text) {
  if (text.empty()) return "un";
  // The first 2 KB decide (CLD2 gains nothing from more), cut at a character boundary.
  size_t n = std::min<size_t>(text.size(), 2 * 1024);
  while (n < text.size() && n > 0 && (static_cast<unsigned char>(text[n]) & 0xC0) == 0x80) --n;
  bool reliable = false;
  CLD2::Language lang = CLD2::DetectLanguage(text.data(), static_cast<int>(n), /*is_plain_text=*/true, &reliable);
  if (lang == CLD2::UNKNOWN_LANGUAGE) return "un";
  return CLD2::LanguageCode(lang);
}

}  // namespace entente
