// What an index has, by name, so that a program can tell an index it cannot
// use, and say what it lacks and how to get it (as notmuch does).
//
// Each index records its features in its metadata (Metadata::Features): one
// line per feature, its name, a tab and who needs it (`search`, `index` or
// `search,index`), so that a program that does not know a feature, made
// before it, still knows whether it may ignore it. Opening an index checks
// both ways:
//   - a feature this program needs (for what it opens the index for) that the
//     index lacks: the index is refused, naming the features and the upgrade;
//   - a feature the index has that this program does not know, and that
//     programs opening it so need: refused too (a newer news-index made it).
//
// Indexes made before features were recorded have only `schema_version`; one
// of version 3 has every feature marked `in_version_3` (the features below
// describe that version). A new meaning of a prefix, slot, codec, the data or
// the metadata is a new feature: a row here, not in version 3.
#pragma once

#include <array>
#include <filesystem>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include <xapian.h>

#include "common/schema.hh"

namespace news {

/** The schema version this code still writes, for the programs from before
 *  features (they open only this version); shown by `stats`. */
inline constexpr int kWrittenSchemaVersion = kSchemaVersion;

/** What a program opens an index for. */
enum class IndexUse {
  Search, /**< reading: news-search, stats, sources, sync --dry-run */
  Index,  /**< writing: add, sync, remove, compact */
};

/** How an index that lacks a feature gets it. */
enum class Upgrade {
  Rebuild, /**< index the files again: `news-index rebuild` re-reads the recorded roots */
};

/** One row of the feature table. */
struct Feature {
  std::string_view name; /**< as recorded in the index and named in errors */
  std::string_view description;
  bool needed_to_search; /**< a program that reads the index cannot do without it */
  bool needed_to_index;  /**< a program that writes to it cannot do without it */
  bool in_version_3;     /**< every index of schema version 3 has it */
  Upgrade upgrade;
};

// clang-format off
inline constexpr std::array<Feature, 16> kFeatures = {{
    {"english-stems", "free-text words as English stems behind the stem marker",
     true, true, true, Upgrade::Rebuild},
    {"date-value-and-terms", "the date as a sortable value, and year, month and day terms",
     true, true, true, Upgrade::Rebuild},
    {"entities", "word and whole-name terms of people, organisations and places, their names in "
     "value slots", true, true, true, Upgrade::Rebuild},
    {"story-keys", "fingerprint and SimHash terms and values, and story keys of near-identical "
     "articles", true, true, true, Upgrade::Rebuild},
    {"messagepack-data", "the stored fields as MessagePack", true, true, true, Upgrade::Rebuild},
    {"content-hash", "a hash of each article's content, to skip unchanged articles",
     false, true, true, Upgrade::Rebuild},
    {"file-registry", "each file and root indexed, in the metadata, for sync and sources",
     true, true, true, Upgrade::Rebuild},
    {"folder-terms", "a term for each folder an article's file is in (path:, folder:)",
     false, true, false, Upgrade::Rebuild},
    {"language-stems", "each article's language (L term, detected when undeclared) and its words "
     "stemmed in it, CJK n-grams, the body's exact words", true, true, false, Upgrade::Rebuild},
    {"unicode-words", "words in NFKC with full case folding (ICU) on both sides, spelling data "
     "with accents, fingerprints of the tokenizer's words", true, true, false, Upgrade::Rebuild},
    {"person-memory", "capitalised words no entity took (XCAND), made people where the archive "
     "knows them as people (XMPERSON)", false, true, false, Upgrade::Rebuild},
    {"handle-terms", "a term of the hash of each article's id, for short handles without reading "
     "every id", false, true, false, Upgrade::Rebuild},
    {"greek-unaccented", "Greek words without tonos and dialytika on both sides, as the Greek "
     "stemmer expects", true, true, false, Upgrade::Rebuild},
    {"city-places", "cities named in any language or script kept as one place under their English "
     "name (Москва, Moskau: Moscow)", false, true, false, Upgrade::Rebuild},
    {"cjk-name-readings", "Chinese names beside a title kept in pinyin (习近平: Xi Jinping), katakana "
     "names under the Latin name the article or the aliases know", false, true, false,
     Upgrade::Rebuild},
    {"exact-word-positions", "every free-text word as written, with its positions; its stem behind "
     "the stem marker only where the stem differs (phrases match words as written)", true, true,
     false, Upgrade::Rebuild},
}};
// clang-format on

/** Whether a program opening the index for `use` needs the feature. */
constexpr bool needed_for(const Feature& feature, IndexUse use) {
  return use == IndexUse::Search ? feature.needed_to_search : feature.needed_to_index;
}

/**
 * What is wrong with a feature table, or empty: names not empty, unique and
 * of lowercase letters, digits and `-` (a line of the metadata value each),
 * and each feature needed by someone.
 */
constexpr std::string_view features_problem(std::span<const Feature> table) {
  for (std::size_t i = 0; i < table.size(); ++i) {
    const Feature& a = table[i];
    if (a.name.empty()) return "a feature has no name";
    for (char c : a.name)
      if (!((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-'))
        return "a name has a character other than a-z, 0-9 and -";
    if (!a.needed_to_search && !a.needed_to_index) return "a feature is needed by nobody";
    for (std::size_t j = i + 1; j < table.size(); ++j)
      if (a.name == table[j].name) return "two features have the same name";
  }
  return {};
}

static_assert(features_problem(kFeatures).empty(), "kFeatures: names must be unique and plain");

/** A feature as an index records it. */
struct RecordedFeature {
  std::string name;
  bool needed_to_search = true;
  bool needed_to_index = true;

  bool operator==(const RecordedFeature&) const = default;
};

/** The metadata value of these features, and back (a line without who needs
 *  it is taken as needed by all). */
std::string encode_features(std::span<const RecordedFeature> features);
std::vector<RecordedFeature> decode_features(std::string_view value);

/** The rows of the table as an index records them. */
std::vector<RecordedFeature> recorded(std::span<const Feature> features);

/**
 * Throws news::Error (exit status 2), in one line and a hint, unless the
 * index at `path` serves for `use`: when it lacks a feature needed for it
 * (naming each and how to get it), has one this program does not know and
 * `use` needs, or records neither features nor a schema version but has
 * articles (not a news index, or a damaged one). A new, empty index passes.
 */
void check_features(const Xapian::Database& db, const std::filesystem::path& path, IndexUse use);

/** Whether the index records the feature (or has it by its schema version). */
bool has_feature(const Xapian::Database& db, std::string_view name);

/**
 * Records the features in an index that has no record of them: every one for
 * a new index, those of version 3 for an index of that version; and the
 * schema version, for the programs from before features.
 */
void record_features(Xapian::WritableDatabase& db);

} // namespace news
