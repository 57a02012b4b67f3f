#include "common/names_across_scripts.hh"

#include <algorithm>
#include <map>
#include <vector>

#include "common/cyrillic_inflection.hh"
#include "common/entity_names.hh"
#include "common/gazetteer.hh"
#include "common/script_text.hh"
#include "common/transliteration.hh"

namespace news {
namespace {

// Endings only the oblique cases of a man's name have (a woman's surname in
// -ова/-ина takes -ой, her given name -е, -у: left alone).
bool is_oblique_only(std::string_view ending) {
  return ending == "ом" || ending == "ем" || ending == "ым" || ending == "им" || ending == "ого" ||
         ending == "его" || ending == "ому" || ending == "ему";
}

// The nominative of a man's name word from its stem: adjectival surnames
// (`Зеленск-`) take -ий, the rest have none (`Путин`).
std::string masculine_nominative(const std::string& stem) {
  if (stem.ends_with("ск") || stem.ends_with("цк")) return stem + "ий";
  return stem;
}

// The given names are kept capitalised: a query's lowercase `владимир` is `Vladimir`.
bool known_given_name(std::string_view cyrillic, const Gazetteer& gazetteer) {
  std::string latin = latin_transliteration(cyrillic);
  if (!latin.empty() && latin[0] >= 'a' && latin[0] <= 'z')
    latin[0] = static_cast<char>(latin[0] - 'a' + 'A');
  return gazetteer.is_given_name(latin);
}

} // namespace

std::string cyrillic_nominative(std::string_view name, const Gazetteer& gazetteer) {
  std::vector<std::string> words = name_words(name);
  if (words.empty() || !is_cyrillic_word(words.back())) return std::string(name);
  // A man's given name in the genitive or accusative (`Владимира`): so are the words after it.
  const std::string first_stem = name_stem(words.front());
  const std::string_view first_ending = name_ending(words.front());
  const bool man_in_genitive = words.size() > 1 && (first_ending == "а" || first_ending == "я") &&
                               known_given_name(first_stem, gazetteer) &&
                               !known_given_name(words.front(), gazetteer);
  const bool man_in_dative =
      words.size() > 1 && first_ending == "у" && known_given_name(first_stem, gazetteer);
  for (std::string& word : words) {
    if (!is_cyrillic_word(word)) continue;
    const std::string_view ending = name_ending(word);
    if (ending.empty()) continue;
    const bool strip = is_oblique_only(ending) || man_in_genitive || man_in_dative ||
                       ((ending == "у" || ending == "ю") && words.size() == 1);
    if (strip) word = masculine_nominative(name_stem(word));
  }
  return joined_words(words);
}

std::string latin_name(std::string_view name, const Gazetteer& gazetteer) {
  if (!has_non_latin_letters(name)) return std::string(name);
  return latin_transliteration(cyrillic_nominative(name, gazetteer));
}

std::vector<std::string> query_name_forms(std::string_view value, const Gazetteer& gazetteer) {
  std::vector<std::string> forms{latin_name(value, gazetteer)};
  const auto add = [&forms](std::string form) {
    if (std::find(forms.begin(), forms.end(), form) == forms.end())
      forms.push_back(std::move(form));
  };
  if (!has_non_latin_letters(value)) return forms;
  add(latin_transliteration(value)); // a name indexed as it was written (a woman's `Иванова`)
  std::vector<std::string> words = name_words(value);
  if (words.size() == 1 && is_cyrillic_word(words.front()) && !name_ending(words.front()).empty())
    add(latin_transliteration(masculine_nominative(name_stem(words.front()))));
  return forms;
}

void latinise_entities(Entities& entities, const Gazetteer& gazetteer) {
  for (EntityKind kind : kEntityKinds) {
    std::vector<std::string>& names = entities.of(kind);
    if (std::none_of(names.begin(), names.end(),
                     [](const std::string& name) { return has_non_latin_letters(name); }))
      continue;
    auto& mentions = entities.mentions[static_cast<std::size_t>(kind)];
    std::vector<std::string> latin, from_script; // from_script: names transliterated
    std::map<std::string, std::vector<std::string>> latin_mentions;
    const auto add = [&](const std::string& name, const std::string& mention) {
      if (std::find(latin.begin(), latin.end(), name) == latin.end()) latin.push_back(name);
      if (mention.empty() || mention == name) return;
      std::vector<std::string>& forms = latin_mentions[name];
      if (std::find(forms.begin(), forms.end(), mention) == forms.end()) forms.push_back(mention);
    };
    for (const std::string& name : names) {
      std::string canonical = name;
      if (has_non_latin_letters(name)) {
        canonical =
            kind == EntityKind::Place ? latin_transliteration(name) : latin_name(name, gazetteer);
        from_script.push_back(canonical);
      }
      add(canonical, name);
      for (const std::string& mention : mentions[name])
        add(canonical, mention);
    }
    // A surname alone (`Путина` -> Putina, `Путин` -> Putin) names the person
    // found with the whole name when its Latin form starts that person's surname.
    std::vector<std::string> people;
    for (const std::string& name : latin) {
      std::string covering;
      const bool transliterated =
          std::find(from_script.begin(), from_script.end(), name) != from_script.end();
      if (kind == EntityKind::Person && transliterated && name.find(' ') == std::string::npos)
        for (const std::string& other : latin)
          if (other != name && other.find(' ') != std::string::npos) {
            const std::string surname = other.substr(other.rfind(' ') + 1);
            if (name.starts_with(surname) && name.size() <= surname.size() + 3) covering = other;
          }
      if (covering.empty()) {
        people.push_back(name);
        continue;
      }
      for (const std::string& mention : latin_mentions[name])
        if (std::find(latin_mentions[covering].begin(), latin_mentions[covering].end(), mention) ==
            latin_mentions[covering].end())
          latin_mentions[covering].push_back(mention);
    }
    names = std::move(people);
    mentions = std::move(latin_mentions);
  }
}

} // namespace news
