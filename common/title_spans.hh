// Steps after the tagger around people's titles: `European Commission
// President Ursula von der Leyen`, a title inside an organisation's name (or
// a nationality's, `German Chancellor Angela Merkel`, or a place's, `White House
// Budget Director James Miller`) ends it and starts a person; `Chancellor of
// the Exchequer Nigel Lawson`, `Secretary of State Warren Christopher`, the title's complement run
// into the name is not part of it.
#pragma once

#include <vector>

#include "common/gazetteer.hh"
#include "common/sequence_tagger.hh"
#include "common/tagger_tokens.hh"

namespace news {

/** Splits an organisation, place or MISC name (`German Chancellor ...`, `White House Budget
 *  Director James Miller`) at a title inside it: that name, then a person. */
void split_at_titles(const TaggerSentence& s, std::vector<TaggedSpan>& spans, const Gazetteer& g);

/**
 * A name right after a title and `of` (`of the`) that ends with a given name
 * and one or two words more (`Exchequer Nigel Lawson`, `State Warren
 * Christopher`, `Office of Management and Budget James Miller`) is the person
 * from that given name on (with the capitalised word after a given name left
 * alone), and what comes before it an organisation if it has several words.
 */
void people_after_title_complements(const TaggerSentence& s, std::vector<TaggedSpan>& spans,
                                    const Gazetteer& g);

} // namespace news
