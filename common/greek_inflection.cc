#include "common/greek_inflection.hh"

namespace news {

std::vector<std::string> greek_place_forms(std::string_view name) {
  constexpr std::size_t kLetter = 2; // Greek letters are two bytes in UTF-8
  if (name.size() < 3 * kLetter || name.find(' ') != std::string_view::npos) return {};
  const std::string_view stem = name.substr(0, name.size() - kLetter);
  for (std::string_view ending : {"α", "ά", "η", "ή"})
    if (name.ends_with(ending)) return {std::string(name) + "ς"}; // Γαλλία, Αθήνα
  for (std::string_view ending : {"ο", "ό"})
    if (name.ends_with(ending)) return {std::string(stem) + "ου"}; // Βέλγιο
  for (std::string_view ending : {"ος", "ός"})
    if (name.ends_with(ending))
      return {std::string(name.substr(0, name.size() - 2 * kLetter)) + "ου"};
  return {};
}

} // namespace news
