// Acronyms an article defines: `United Nations Conference on Trade and
// Development (UNCTAD)`, `International Tin Council (ITC)`. The acronym's
// letters are the initials of the capitalised words before the brackets
// (connectors such as `and`, `of` may give a letter or none).
#pragma once

#include <string>
#include <vector>

#include "common/tagger_tokens.hh"

namespace news {

struct AcronymDefinition {
  std::string acronym;   /**< `UNCTAD` */
  std::string expansion; /**< `United Nations Conference on Trade and Development` */
};

/** The acronyms a sentence defines, in order. */
std::vector<AcronymDefinition> acronym_definitions(const TaggerSentence& sentence);

} // namespace news
