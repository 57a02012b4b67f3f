// The candidate names of the rule extractor (common/entity_extractor): runs
// of capitalised words, joined by connectors (`Bank of Japan`, `Ursula von
// der Leyen`); `in` only inside an organisation's name.
#pragma once

#include <string>
#include <vector>

#include "common/gazetteer.hh"
#include "common/name_tokens.hh"

namespace news {

struct NameSpan {
  std::size_t begin, end; // token range [begin, end)
};

/** The runs of capitalised words among `tokens`, a possessive ending one. */
std::vector<NameSpan> capitalised_runs(const std::vector<NameToken>& tokens, const Gazetteer& g);

/** The words of tokens [begin, end), a space between each two. */
std::string span_text(const std::vector<NameToken>& tokens, std::size_t begin, std::size_t end);

} // namespace news
