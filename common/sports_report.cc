#include "common/sports_report.hh"

#include <cctype>
#include <string>

namespace news {

bool sports_report_title(std::string_view title) {
  static constexpr const char* kSports[] = {
      "soccer",       "football",     "cricket",    "tennis",   "golf",      "rugby",
      "baseball",     "basketball",   "ice hockey", "hockey",   "athletics", "cycling",
      "motor racing", "motorcycling", "boxing",     "swimming", "skiing",    "sailing",
      "horse racing", "nfl",          "nba",        "nhl",      "sport",     "olympics"};
  std::string lower(title.substr(0, 30));
  for (char& c : lower)
    c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  bool sports = false;
  for (const char* sport : kSports) {
    const std::string prefix(sport);
    if (lower.starts_with(prefix) && lower.size() > prefix.size() &&
        (lower[prefix.size()] == ' ' || lower[prefix.size()] == ':' || lower[prefix.size()] == '-'))
      sports = true;
  }
  return sports;
}

} // namespace news
