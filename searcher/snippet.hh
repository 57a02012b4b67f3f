// A short extract of an article around the words that matched, with the
// matches marked so that each output format can show them its own way.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include <xapian.h>

namespace news {

/** Marks around a matched word inside a snippet (never found in text). */
inline constexpr char kHighlightStart = '\x01';
inline constexpr char kHighlightEnd = '\x02';

/** The stems of a query's free-text words (`Zoil`, `ZSoil` -> `oil`), for make_snippet. */
std::vector<std::string> query_stems(const Xapian::Query& query);

/**
 * The part of `text` (about `length` bytes) that best shows why the hit
 * matched, as plain text with matched words between kHighlightStart and
 * kHighlightEnd, and "…" where text was left out. In a long text only a
 * window around the first word that starts with one of `stems` is looked
 * at: MSet::snippet stems every word it is given, which would cost a search
 * more than the search itself.
 */
std::string make_snippet(const Xapian::MSet& mset, const std::vector<std::string>& stems,
                         const std::string& text, size_t length);

/** The snippet with its marks replaced by `start` and `end` (e.g. ANSI bold). */
std::string render_highlights(std::string_view snippet, std::string_view start,
                              std::string_view end);

} // namespace news
