// Known names: countries and their subdivisions from Debian's iso-codes
// package (/usr/share/iso-codes/json), the countries' names in other
// languages (country_names.hh), plus the curated lists of entity_lists.hh
// and, for other languages, intl_name_words.hh. Loaded once, on first use,
// by the indexer only.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <unordered_set>
#include <vector>

#include "common/string_table.hh"

namespace news {

/** Hashes a string and a view of one alike: a set of strings looked up by views, no copies. */
struct StringViewHash {
  using is_transparent = void;
  std::size_t operator()(std::string_view s) const { return std::hash<std::string_view>{}(s); }
};
using StringSet = std::unordered_set<std::string, StringViewHash, std::equal_to<>>;
using StringMap = std::unordered_map<std::string, std::string, StringViewHash, std::equal_to<>>;

class Gazetteer {
public:
  /** The shared instance; loads iso-codes on first call (missing files: curated lists only). */
  static const Gazetteer& instance();

  /** Canonical place name for a name (`U.S.` -> `United States`), or nullopt. */
  std::optional<std::string> place(std::string_view name) const;
  /** The place a name is in text of `language` (ISO 639-1) where that language gives it
   *  another place than place() does (Spanish `América`: the continent, `Americas`). */
  std::optional<std::string> local_place_sense(std::string_view language,
                                               std::string_view name) const;
  /** Canonical organisation name (`International Monetary Fund` -> `IMF`), or nullopt. */
  std::optional<std::string> organisation(std::string_view name) const;
  /** What a name is known as, asked once (no canonical name made). */
  enum class Known { None, Place, Organisation };
  /** A place if place() knows the name, else an organisation if organisation() does. */
  Known known_as(std::string_view name) const;
  /** Whether some name that place() or organisation() knows could start with this word
   *  (false: no name that starts with it is known, whatever follows). */
  bool may_start_known_name(std::string_view word) const;
  /** The country of a nationality adjective (`Russian` -> `Russia`), or nullopt. */
  std::optional<std::string> demonym(std::string_view word) const;

  /** Whether a canonical place name is a country (or a nation: `England`). */
  bool is_country(const std::string& canonical) const { return countries_.contains(canonical); }

  bool is_given_name(std::string_view word) const;
  bool is_non_name(std::string_view word) const;
  bool is_organisation_word(std::string_view word) const;
  bool is_place_word(std::string_view word) const;
  /** `president`, `prime minister`...: compared in lowercase. */
  bool is_person_title(std::string_view lowercase_words) const;
  bool is_speech_verb(std::string_view word) const;
  bool is_connector(std::string_view word) const;
  /** `Der`, `Le`, `El`...: a sentence's first word that is not part of the name after it. */
  bool is_sentence_determiner(std::string_view word) const;
  /** `Doch`, `En`, `В`...: in a sentence of `language` (ISO 639-1), its first word and no
   *  name's. */
  bool is_sentence_opener(std::string_view language, std::string_view word) const;
  /** `der`, `die`, `einem`...: after one, German capitalises a common noun. */
  bool is_noun_article(std::string_view word) const;

private:
  Gazetteer();
  void load_iso_codes(const std::string& directory);
  void add_place(std::string_view name, std::string_view canonical);
  void add_organisation(std::string_view name, std::string_view canonical);

  // Keys: lowercase and accent-folded, except all-capital acronyms (`US`,
  // `WHO`), which must match exactly so that `us` and `Who` do not, and ñ,
  // kept in the key of a name that has it (`Cañada` is not `Canada`); such
  // a name is also keyed with ñ folded, for text without accents.
  FlatStringMap places_, organisations_, demonyms_;
  FlatStringSet countries_, given_names_, non_names_, organisation_words_, place_words_, titles_,
      speech_verbs_, connectors_, determiners_, noun_articles_;
  FlatStringSet openers_;     // language, a tab, the word
  FlatStringSet first_words_; // of the keys of places_ and organisations_
  struct Sense {
    std::string language, key, canonical;
    std::size_t bytes; // of the name as written: most names are no sense's, told at once
  };
  std::vector<Sense> senses_;
};

/** The lookup key of a name (see Gazetteer). */
std::string gazetteer_key(std::string_view name);

} // namespace news
