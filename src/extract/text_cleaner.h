// Cleans one line of scraped text while keeping the byte map: strips tag residue
// ("<strong></strong>"), shortcodes ("[yarpp]"), trailing photo credits in brackets
// and collapses whitespace.
#pragma once

#include <string_view>

#include "extract/block.h"

namespace entente {

// Builds a Block from input bytes [begin, end) of `src`.
Block CleanLine(std::string_view src, uint32_t begin, uint32_t end);

// Appends `piece` (input bytes at `source`) to the block, collapsing whitespace.
void AppendText(Block& b, std::string_view piece, uint32_t source);

// Cuts a block's text (and its map) to its first `n` bytes.
void TruncateBlock(Block& b, size_t n);

// Removes a block's first `n` bytes of text (and of its map).
void DropFront(Block& b, size_t n);

// Trims trailing spaces of a block's text (and its map).
void TrimBlock(Block& b);

}  // namespace entente
