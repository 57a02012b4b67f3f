// Steps after the tagger that find places its names are, or are part of:
// `Russia's Orenburg region`, `the Jordan valley`: a name the tagger took for
// an organisation or a person, followed by a lowercase noun for a stretch of
// land or water (`region`, `province`, `river`...), names a place; a known
// place tagged as two names (`SAN` `FRANCISCO`) is one; a name ending with a
// place word (`Ural River`) is a place.
#pragma once

#include <string_view>
#include <vector>

#include "common/gazetteer.hh"
#include "common/sequence_tagger.hh"
#include "common/tagger_tokens.hh"

namespace news {

/** Whether the word (as written) is a lowercase noun for a place: `region`, `oblast`, `river`. */
bool place_noun(std::string_view word);

/** Makes places of the organisations and people right before a place noun (not acronyms). */
void places_before_place_nouns(const TaggerSentence& s, std::vector<TaggedSpan>& spans);

/** `Ural River`, `Grace Road`: an organisation or person of several words ending with a place word
 * is a place. */
void places_by_last_word(const TaggerSentence& s, std::vector<TaggedSpan>& spans,
                         const Gazetteer& g);

/**
 * Two names side by side that the gazetteer knows together as a place are one
 * name, of the first one's kind (a team named by its city in a table), a place
 * if that was a person.
 */
void join_known_places(const TaggerSentence& s, std::vector<TaggedSpan>& spans, const Gazetteer& g);

} // namespace news
