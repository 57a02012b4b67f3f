// The small curated word lists behind entity extraction, written for this
// project (see docs/entities.md). Country and subdivision names come from
// Debian's iso-codes package instead (gazetteer.cc).
#pragma once

#include <span>
#include <string_view>

namespace news::lists {

/** A name and the canonical name it stands for. */
struct Alias {
  std::string_view name;
  std::string_view canonical;
};

/** Other names of countries: `U.S.` -> `United States`, `Britain` -> `United Kingdom`. */
std::span<const Alias> place_aliases();
/** Nationality adjectives: `Russian` -> `Russia`. */
std::span<const Alias> demonyms();
/** Capitals, major cities and regions that iso-codes does not list. */
std::span<const std::string_view> places();
/** Well-known organisations by name and acronym: `International Monetary Fund` -> `IMF`. */
std::span<const Alias> organisations();
/** Words that make a capitalised name an organisation (`Corp`, `Ministry`, `Union`...). */
std::span<const std::string_view> organisation_words();
/** Last words that make a capitalised name a place: `River`, `Sea`, `Street`... */
std::span<const std::string_view> place_words();
/** Last words that make a capitalised name an event: `Cup`, `Open`, `Championship`... */
std::span<const std::string_view> event_words();
/** Titles before a person's name (`President`, `Mr`, `Prime Minister`...), lowercase. */
std::span<const std::string_view> person_titles();
/** Verbs after a person's name: `said`, `told`... */
std::span<const std::string_view> speech_verbs();
/** Common given names, a strong hint that a capitalised pair is a person. */
std::span<const std::string_view> given_names();
/** Capitalised words that are not names on their own: `The`, `Monday`, `May`, `According`. */
std::span<const std::string_view> non_names();
/** Lowercase words that may join the parts of a name: `of`, `and`, `de`, `van`. */
std::span<const std::string_view> name_connectors();

} // namespace news::lists
