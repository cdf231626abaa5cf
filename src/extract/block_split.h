// Splits a run-on line of scraped text into the blocks it holds. Wire and archive
// text often comes as one line per article: the body, then a tail glued on with
// inline bullets (" • Join the debate – email …", " • This article was amended on …")
// or a last sentence of boilerplate. Judged whole, such a line is boilerplate and the
// article would be lost; split, the body is judged as body and the tail as noise.
#pragma once

#include <vector>

#include "extract/block.h"

namespace entente {

// The pieces of `b`, in order, each with its share of the byte map: split at inline
// bullets (" • "), and a long line's trailing sentences of boilerplate or trailing
// fragment without an end are cut off as blocks of their own. A line that needs no
// split comes back as the only piece.
std::vector<Block> SplitRunOnBlock(Block b);
// The same, appending the pieces to `out`.
void SplitRunOnBlock(Block b, std::vector<Block>& out);

}  // namespace entente
