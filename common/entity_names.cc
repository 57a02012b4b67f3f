#include "common/entity_names.hh"

#include <cctype>

#include "common/name_tokens.hh"

namespace news {
namespace {

std::string to_upper(std::string text) {
  for (char& c : text)
    c = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
  return text;
}

std::string title_case_words(const std::string& text) {
  std::string out;
  for (const NameToken& token : name_tokens(text)) {
    if (!out.empty()) out += ' ';
    out += title_case(token.text);
  }
  return out;
}

} // namespace

std::string words_in_case(const std::string& text, const Gazetteer& g) {
  return words_in_case(text, g, true);
}

std::string words_in_case(const std::string& text, const Gazetteer& g, bool capitals) {
  const std::vector<NameToken> tokens = name_tokens(text);
  std::size_t words = 0, in_capitals = 0;
  for (const NameToken& token : tokens)
    if (token.word) {
      ++words;
      in_capitals += token.all_caps;
    }
  const bool title_case_capitals = capitals || (words > 1 && in_capitals == words);
  std::string out;
  for (const NameToken& token : tokens) {
    if (!token.word) continue;
    if (!out.empty()) out += ' ';
    // The gazetteer is asked only of the capitals it could keep (`NATO`, `USA`).
    const bool all_caps = token.all_caps && token.text.size() > 1;
    const bool known_acronym = all_caps && g.known_as(token.text) != Gazetteer::Known::None;
    out += title_case_capitals && all_caps && !known_acronym ? title_case(token.text) : token.text;
  }
  return out;
}

std::optional<std::string> known_place(const std::string& name, const Gazetteer& g) {
  if (auto place = g.place(name)) return place;
  if (name.size() > 3 && name == to_upper(name)) return g.place(title_case_words(name));
  return std::nullopt;
}

void add_dateline_place(const std::string& dateline, const Gazetteer& g, Entities& found) {
  const std::string place = dateline.substr(0, dateline.find(','));
  if (place.empty() || place.size() > 40) return;
  const std::string name = words_in_case(place, g);
  found.add(EntityKind::Place, g.place(name).value_or(name), place);
}

bool name_particle(std::string_view word, const Gazetteer& g) {
  return g.is_connector(word) && word != "and" && word != "of" && word != "for" && word != "&" &&
         word != "y";
}

} // namespace news
