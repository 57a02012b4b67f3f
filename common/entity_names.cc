#include "common/entity_names.hh"

#include <algorithm>
#include <optional>

#include "common/ascii.hh"
#include "common/name_tokens.hh"

namespace news {
namespace {

std::string title_case_words(const std::string& text) {
  std::string out;
  for (const NameToken& token : name_tokens(text)) {
    if (!out.empty()) out += ' ';
    out += title_case(token.text);
  }
  return out;
}

// A word of a name, and whether it is in capitals (`NATO`, `U.S.`, `LONDON`).
struct CaseWord {
  std::string_view text;
  bool all_caps = false;
};

// `Vladimir Putin`, `BANK OF JAPAN`: a name of ASCII letters, its words one
// space apart, is its words as name_tokens would give them (none of them
// punctuation), found without tokenising it; nullopt for any other name.
std::optional<std::vector<CaseWord>> plain_words(std::string_view text) {
  if (text.empty() || text.front() == ' ' || text.back() == ' ') return std::nullopt;
  std::vector<CaseWord> words;
  std::size_t start = 0;
  bool lower = false; // the word so far has a lowercase letter
  for (std::size_t i = 0; i <= text.size(); ++i) {
    const char c = i < text.size() ? text[i] : ' ';
    if (c == ' ') {
      if (i == start) return std::nullopt; // two spaces
      words.push_back({text.substr(start, i - start), !lower});
      start = i + 1, lower = false;
    } else if (is_ascii_lower(c)) {
      lower = true;
    } else if (!is_ascii_upper(c)) {
      return std::nullopt;
    }
  }
  return words;
}

} // namespace

std::string words_in_case(const std::string& text, const Gazetteer& g) {
  return words_in_case(text, g, true);
}

std::string words_in_case(const std::string& text, const Gazetteer& g, bool capitals) {
  std::vector<NameToken> tokens; // what the words are of, when the name is not plain
  std::vector<CaseWord> words;
  if (auto plain = plain_words(text)) {
    words = std::move(*plain); // most names: not tokenised again
  } else {
    tokens = name_tokens(text);
    for (const NameToken& token : tokens)
      if (token.word) words.push_back({token.text, token.all_caps});
  }
  std::size_t in_capitals = 0;
  for (const CaseWord& word : words)
    in_capitals += word.all_caps;
  const bool title_case_capitals = capitals || (words.size() > 1 && in_capitals == words.size());
  std::string out;
  for (const CaseWord& word : words) {
    if (!out.empty()) out += ' ';
    // The gazetteer is asked only of the capitals it could keep (`NATO`, `USA`).
    const bool all_caps = word.all_caps && word.text.size() > 1;
    const bool known_acronym = all_caps && g.known_as(word.text) != Gazetteer::Known::None;
    if (title_case_capitals && all_caps && !known_acronym)
      out += title_case(word.text);
    else
      out += word.text;
  }
  return out;
}

std::optional<std::string> known_place(const std::string& name, const Gazetteer& g) {
  if (auto place = g.place(name)) return place;
  // In capitals (as std::toupper would leave it: no ASCII lowercase letter), `NEW YORK`.
  if (name.size() > 3 && !has_ascii_lower(name)) return g.place(title_case_words(name));
  return std::nullopt;
}

namespace {

// `England`, `Calif.`, `N.J.`, `British Columbia`: a dateline's part after its
// city, one to three capitalised words and no digit (not `Feb 26`, `1996-08-22`).
bool region_part(std::string_view part, const Gazetteer& g) {
  if (part.empty() || part.size() > 30) return false;
  std::size_t words = 0;
  for (const NameToken& token : name_tokens(part)) {
    if (!token.word) continue;
    if (!token.capitalised || std::any_of(token.text.begin(), token.text.end(),
                                          [](char c) { return c >= '0' && c <= '9'; }))
      return false;
    ++words;
  }
  return words >= 1 && words <= 3 && !g.is_non_name(std::string(part));
}

std::string_view trimmed(std::string_view text) {
  while (!text.empty() && text.front() == ' ')
    text.remove_prefix(1);
  while (!text.empty() && text.back() == ' ')
    text.remove_suffix(1);
  return text;
}

} // namespace

void add_dateline_place(const std::string& dateline, const Gazetteer& g, Entities& found) {
  const std::string place = dateline.substr(0, dateline.find(','));
  if (place.empty() || place.size() > 40) return;
  const std::string name = words_in_case(place, g);
  found.add(EntityKind::Place, g.place(name).value_or(name), place);
  // `YORK, England`, `SPRINGFIELD, Ill.`: the region or country after the city
  for (std::size_t comma = dateline.find(','); comma != std::string::npos;) {
    const std::size_t next = dateline.find(',', comma + 1);
    const std::string_view part = trimmed(std::string_view(dateline).substr(
        comma + 1, next == std::string::npos ? std::string::npos : next - comma - 1));
    if (!region_part(part, g)) break;
    const std::string region = words_in_case(std::string(part), g);
    found.add(EntityKind::Place, g.place(region).value_or(region), part);
    comma = next;
  }
}

std::vector<std::string> name_words(std::string_view name) {
  std::vector<std::string> words;
  for (std::size_t at = 0; at < name.size();) {
    const std::size_t space = std::min(name.find(' ', at), name.size());
    if (space > at) words.emplace_back(name.substr(at, space - at));
    at = space + 1;
  }
  return words;
}

std::string joined_words(const std::vector<std::string>& words) {
  std::string out;
  for (const std::string& word : words)
    out += (out.empty() ? "" : " ") + word;
  return out;
}

bool name_particle(std::string_view word, const Gazetteer& g) {
  return g.is_connector(word) && word != "and" && word != "of" && word != "for" && word != "&" &&
         word != "y";
}

} // namespace news
