#include "common/sports_report.hh"

#include <string>

#include "common/ascii.hh"

namespace news {

std::string_view title_sport(std::string_view title) {
  static constexpr const char* kSports[] = {
      "soccer",       "football",     "cricket",    "tennis",   "golf",      "rugby",
      "baseball",     "basketball",   "ice hockey", "hockey",   "athletics", "cycling",
      "motor racing", "motorcycling", "boxing",     "swimming", "skiing",    "sailing",
      "horse racing", "nfl",          "nba",        "nhl",      "sport",     "olympics"};
  const std::string lower = to_lower(title.substr(0, 30));
  for (const char* sport : kSports) {
    const std::string_view prefix(sport);
    if (lower.starts_with(prefix) && lower.size() > prefix.size() &&
        (lower[prefix.size()] == ' ' || lower[prefix.size()] == ':' || lower[prefix.size()] == '-'))
      return prefix;
  }
  return {};
}

bool sports_report_title(std::string_view title) { return !title_sport(title).empty(); }

} // namespace news
