// Saved searches (`news-search --save NAME QUERY...`), kept in the index's
// metadata under `saved:NAME` (kMetadata, common/schema.hh), as notmuch keeps
// its named queries: a query and the options that select articles with it.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include <xapian.h>

#include "common/date.hh"
#include "common/error.hh"
#include "searcher/query_builder.hh"

namespace news {

/** A named query: what selects articles, not how they are shown. */
struct SavedSearch {
  std::string name;
  std::string query;                       /**< the words; may be empty with a date */
  bool any = false;                        /**< --any */
  std::optional<std::string> since, until; /**< date expressions, as given */
  /** --lang (a code, or `none`); empty: the stemmers of the index's languages. */
  std::string language = {};
};

/** At most this many characters in a name. */
inline constexpr std::size_t kMaxSavedNameLength = 64;

/**
 * Throws news::Error (usage) unless `name` is 1 to kMaxSavedNameLength ASCII
 * letters, digits, `-`, `_` or `.`, starting with a letter or digit (so that
 * `saved:NAME` reads as one word in a query).
 */
void check_saved_name(std::string_view name);

/** The saved search of that name, if there is one. */
std::optional<SavedSearch> find_saved_search(const Xapian::Database& db, const std::string& name);

/** Every saved search, by name. */
std::vector<SavedSearch> saved_searches(const Xapian::Database& db);

/** "no saved search 'x' (saved searches: a, b)", or "(there are none: ...)" (usage). */
Error unknown_saved_search(const Xapian::Database& db, const std::string& name);

/** Adds or replaces a saved search; the caller commits. */
void store_saved_search(Xapian::WritableDatabase& db, const SavedSearch& search);

/** Removes one; false when there was none of that name. The caller commits. */
bool remove_saved_search(Xapian::WritableDatabase& db, const std::string& name);

/** The search as it would be typed: `QUERY --any --since X --until Y --lang L`. */
std::string describe(const SavedSearch& search);

/** The query the saved search stands for, today being `now`, inside no other. */
QueryRequest query_request(const SavedSearch& search, Date now);

} // namespace news
