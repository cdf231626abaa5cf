#include <cstdio>

#include <cld2/public/compact_lang_det.h>
#include <cld2/public/encodings.h>

#include "extract/extractor.h"

namespace entente {

std::string DetectLanguage(std::string_view text) {
  if (text.empty()) return "un";
  bool reliable = false;
  CLD2::Language lang = CLD2::DetectLanguage(text.data(), static_cast<int>(std::min<size_t>(text.size(), 1 << 20)),
                                             /*is_plain_text=*/true, &reliable);
  if (lang == CLD2::UNKNOWN_LANGUAGE) return "un";
  return CLD2::LanguageCode(lang);
}

}  // namespace entente
