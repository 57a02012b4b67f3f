// Short handles for articles, as git abbreviates hashes: what the text output
// shows by each hit, and what --like and `show` take in place of an id.
//
// An article's hash is the XXH3-64 hash of its id term (the id, or its
// shortened form when it is too long for a term: schema.hh), in 16 lowercase
// hex digits; its handle is the start of it, at least kMinHandleDigits long
// and longer when another article of the index starts the same, so that it
// names one article of the index it was printed from. A hash depends on the
// id only: the handle stays the same across a rebuild of the index, and gets
// longer only when an article sharing its first digits arrives.
//
// Each article's hash is indexed as its handle term (`XH` + the 16 digits,
// feature `handle-terms`), so both directions look up only the hashes that
// start as the handle does: a few articles a hit, those of a whole page found
// by one query, which matters when a shard is remote and every read is a
// round trip over the network. An index made
// before that feature is read as before: its id terms once (`Q...`, in term
// order), time linear in the number of articles.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

#include <xapian.h>

namespace news {

/** Digits of a printed handle, at least (as git's default abbreviation). */
inline constexpr std::size_t kMinHandleDigits = 7;
/** Digits a handle given to --like or `show` needs, at least. */
inline constexpr std::size_t kMinGivenHandleDigits = 4;

/** The 16 hex digits of the hash of an id term. */
std::string id_term_hash(std::string_view id_term);

/** Whether `text` has the form of a handle: 4 to 16 hex digits (either case). */
bool looks_like_handle(std::string_view text);

/**
 * The shortest handle of each article (by its id, as stored) that no other
 * article of the index shares: kMinHandleDigits digits or more; the whole
 * hash when another id term has the same hash.
 */
std::vector<std::string> short_handles(const Xapian::Database& db,
                                       const std::vector<std::string>& ids);

/** The id terms whose hash starts with `handle` (any case), at most `at_most` of them. */
std::vector<std::string> id_terms_with_handle(const Xapian::Database& db, std::string_view handle,
                                              std::size_t at_most);

} // namespace news
