#include "common/byline_people.hh"

#include <algorithm>

#include "common/ascii.hh"
#include "common/entity_names.hh"
#include "common/name_tokens.hh"

namespace news {
namespace {

constexpr std::size_t kLongestByline = 200; // longer is a credit line or a text, not names

// The words of a credit that is no one's name (`Business Desk`, `Staff Writer`).
constexpr std::string_view kCreditWords[] = {
    "agencies",       "agency", "board",    "bureau",    "contributor", "correspondent",
    "correspondents", "desk",   "editor",   "editors",   "editorial",   "news",
    "newsroom",       "report", "reporter", "reporters", "service",     "staff",
    "team",           "wire",   "writer",   "writers"};

// The authors of a byline: `A, B and C`, `A & B`; `By ` before the first.
std::vector<std::vector<std::string>> authors(std::string_view byline) {
  std::vector<std::vector<std::string>> out(1);
  for (std::string& word : name_words(byline)) {
    bool ends = false;
    if (word.ends_with(',')) word.pop_back(), ends = true;
    if (word == "and" || word == "&") {
      out.emplace_back();
      continue;
    }
    if (!word.empty() && !(out.size() == 1 && out[0].empty() && to_lower(word) == "by"))
      out.back().push_back(std::move(word));
    if (ends) out.emplace_back();
  }
  std::erase_if(out, [](const std::vector<std::string>& a) { return a.empty(); });
  return out;
}

// `Blackburn`, `O'Donnell`, `Jean-Pierre`, `J.`, `Özil`: letters (capitalised),
// and the apostrophes, hyphens and full stops of names; no digit or `@`.
bool name_word(const std::string& word) {
  const auto first = static_cast<unsigned char>(word[0]);
  if (first < 0x80 && !is_ascii_upper(word[0])) return false;
  return std::all_of(word.begin(), word.end(), [](char c) {
    const auto b = static_cast<unsigned char>(c);
    return b >= 0x80 || is_ascii_upper(c) || is_ascii_lower(c) || c == '\'' || c == '-' || c == '.';
  });
}

bool person_name(const std::vector<std::string>& words, const Gazetteer& g) {
  if (words.size() < 2 || words.size() > 4) return false;
  if (!name_word(words.front()) || !name_word(words.back())) return false;
  for (const std::string& word : words) {
    if (name_particle(word, g)) continue;
    if (!name_word(word)) return false;
    const std::string titled = words_in_case(word, g);
    const std::string lower = to_lower(word);
    if (std::find(std::begin(kCreditWords), std::end(kCreditWords), lower) !=
        std::end(kCreditWords))
      return false;
    if (g.is_person_title(lower) || g.is_organisation_word(titled) || g.is_place_word(titled) ||
        g.is_non_name(titled) || g.known_as(titled) != Gazetteer::Known::None)
      return false;
  }
  return true;
}

} // namespace

std::vector<std::string> byline_people(std::string_view byline, const Gazetteer& g) {
  std::vector<std::string> out;
  if (byline.size() > kLongestByline) return out;
  for (const std::vector<std::string>& words : authors(byline)) {
    if (!person_name(words, g)) continue;
    std::string name = words_in_case(joined_words(words), g);
    if (g.known_as(name) == Gazetteer::Known::None) out.push_back(std::move(name));
  }
  return out;
}

void add_byline_people(std::string_view byline, const Gazetteer& g, Entities& found) {
  for (const std::string& name : byline_people(byline, g))
    found.add(EntityKind::Person, name);
}

} // namespace news
