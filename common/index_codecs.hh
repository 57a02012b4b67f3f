// How the index spells what the schema table (schema.hh) lays out: each
// value and term, its encoder and its decoder side by side. The indexer
// encodes, the searcher (and the indexer's own readers: stats, the story
// grouper) decodes, both through these functions; nothing else spells a
// format, a separator or the stem marker.
//
//   what                  where                       spelled
//   date value            slot of Field::Date         sortable_serialise(unix seconds)
//   year, month, day      Y, M, D terms               Y2024, M202405, D20240507
//   entity names          slots of person, org, place names joined by U+001F
//   stems                 free-text terms             Z + field prefix + stem: Zvisit, ZSvisit
//   folders               XDIR terms                  the folder's names from the last, each with
//                                                     its `/`: XDIR03/2024/archive/
//                                                     (/archive/2024/03)
//   64-bit hashes         content hash, fingerprint,  16 lowercase hex digits
//                         SimHash, story key, long
//                         terms and keys, file hash
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "common/date.hh"
#include "common/schema.hh"

namespace news {

// --- The date value -------------------------------------------------------

/** The value of the Date slot: sorts, and compares in ranges, as the dates do. */
std::string encode_date_value(Date date);
/** The date of a Date slot value; nullopt for none (an undated article). */
std::optional<Date> decode_date_value(std::string_view value);
/** A sort key after every date value (no encoded date starts with 0xff). */
inline constexpr std::string_view kAfterEveryDateValue = "\xff";

// --- The folder terms -----------------------------------------------------

/**
 * The key of a folder of these names, from the root down (`archive`,
 * `2024`, `03`): the names from the last up, each followed by `/`
 * (`03/2024/archive/`). A folder's keys start with the key of any end of its
 * path (`03/`, `03/2024/`), so that a prefix walk finds every folder whose
 * path ends so, and no other.
 */
std::string folder_key(const std::vector<std::string>& names);
/** The keys of every folder the file at this absolute path is in, the root's aside. */
std::vector<std::string> folder_keys(std::string_view file_path);

// --- The year, month and day terms ----------------------------------------

/** `Y2024`, `M202405`, `D20240507`: the boolean terms of a year, month, day. */
std::string year_term(int year);
std::string month_term(int year, unsigned month);
std::string day_term(int year, unsigned month, unsigned day);

// --- The entity names of a kind -------------------------------------------

/** Separates the names in an entity kind's value slot. */
inline constexpr char kEntityListSeparator = '\x1f';

/** The value of an entity kind's slot: its names, in order (none: empty). */
std::string encode_entity_list(const std::vector<std::string>& names);

/** Calls `use` with each name of an entity kind's slot value, in order. */
template <typename UseName> void for_each_listed_entity(std::string_view value, UseName use) {
  std::size_t start = 0;
  while (start < value.size()) {
    std::size_t end = value.find(kEntityListSeparator, start);
    if (end == std::string_view::npos) end = value.size();
    use(value.substr(start, end - start));
    start = end + 1;
  }
}

// --- Stems ----------------------------------------------------------------

/** The start of the stem terms of a free-text field: `Z` + its prefix. */
std::string stem_prefix(Field field);

/** A stem term taken apart: `ZSvisit` -> field prefix `S`, stem `visit`. */
struct StemTerm {
  std::string_view field_prefix; /**< empty for body words */
  std::string_view stem;
};

/** The parts of a stem term; nullopt for any other term (or no stem). */
std::optional<StemTerm> decode_stem_term(std::string_view term);

/** A free-text word's exact form taken apart: `Svisits` -> field prefix `S`, word `visits`. */
struct WordTerm {
  std::string_view field_prefix; /**< empty for body words */
  std::string_view word;
};

/**
 * The parts of an exact-form term of a free-text field (a prefix of the
 * schema table's free-text fields, then a word starting with no capital);
 * nullopt for a stem term, a filter term or any other.
 */
std::optional<WordTerm> decode_word_term(std::string_view term);

// --- 64-bit hashes --------------------------------------------------------

/** A 64-bit hash as the index holds it: 16 lowercase hex digits. */
std::string encode_hash(std::uint64_t hash);
/** The hash back; nullopt for anything but 16 hex digits. */
std::optional<std::uint64_t> decode_hash(std::string_view text);
/** The hash of bytes (XXH3, 64 bits), encoded. */
std::string hash_of(std::string_view bytes);
/**
 * The hash of an article's id term (hash_of), indexed as its Handle term:
 * the searcher's short handles are its start (searcher/article_handle).
 */
std::string handle_hash(std::string_view id_term);

} // namespace news
