// Steps after the tagger about the lowercase connectors inside names (`of`,
// `and`, `de`): `Bank of Japan` tagged as `Bank` and `of Japan`, or as `Bank`
// and `Japan` with `of` between.
#pragma once

#include <vector>

#include "common/gazetteer.hh"
#include "common/sequence_tagger.hh"
#include "common/tagger_tokens.hh"

namespace news {

/**
 * A name does not start with a lowercase connector: one right after an
 * organisation's name, or making with the name before it one the gazetteer
 * knows, goes on with it (`Ministry` `of Defence`, `Bank` `of Japan`); else
 * the connector is cut (`Vaduz` `for Saturday`), unless it is a person's name
 * particle (`de Klerk`).
 */
void join_connector_starts(const TaggerSentence& s, std::vector<TaggedSpan>& spans,
                           const Gazetteer& g);

/**
 * Two names with one lowercase connector between them that the gazetteer
 * knows together as an organisation or a place are that one name (`Bank` of
 * `Japan`, `Isle` of `Man`).
 */
void join_known_over_connectors(const TaggerSentence& s, std::vector<TaggedSpan>& spans,
                                const Gazetteer& g);

} // namespace news
