#include "searcher/search_request.hh"

#include <chrono>

#include "common/ascii.hh"
#include "common/error.hh"
#include "common/language_codes.hh"
#include "common/tokenizer.hh"

namespace news {

unsigned checked_count(std::string_view option, long long value) {
  if (value < 0 || value > 100'000'000) throw_usage("{}: {} is not a count of hits", option, value);
  return static_cast<unsigned>(value);
}

unsigned checked_facet_limit(std::string_view option, long long value) {
  if (value < 1 || value > 1000) throw_usage("{}: {} is not between 1 and 1000", option, value);
  return static_cast<unsigned>(value);
}

Date now_from(std::string_view option, const std::optional<std::string>& value) {
  if (!value)
    return Date{std::chrono::floor<std::chrono::seconds>(std::chrono::system_clock::now())};
  if (auto date = parse_date(*value)) return *date;
  throw_usage("{}: '{}' is not a date (expected e.g. 2024-05-31 or 2024-05-31T12:00:00Z)", option,
              *value);
}

std::string query_language(std::string_view option, const std::optional<std::string>& value) {
  if (!value) return {};
  if (to_lower(*value) == kExactWords) return std::string(kExactWords); // NONE too
  if (std::optional<std::string> code = language_named(*value)) return *code;
  throw_usage("{}: '{}' is not a language (a code such as en or de, a name such as German, or {})",
              option, *value, kExactWords);
}

unsigned checked_number(std::string_view option, long long value, long long least) {
  if (value < least || value > 100'000'000)
    throw_usage("{}: {} is not a number from {} to 100000000", option, value, least);
  return static_cast<unsigned>(value);
}

void check_timeline(const SearchRequest& request) {
  if (request.timeline.empty()) return;
  if (request.timeline.size() > kMaxTimelineSeries)
    throw_usage("a timeline takes at most {} series, not {}", kMaxTimelineSeries,
                request.timeline.size());
  for (const std::string& series : request.timeline)
    if (series.find_first_not_of(" \t\n") == std::string::npos)
      throw_usage("a timeline's series is an empty query");
  if (request.like_id) throw_usage("a timeline's series are queries: not --like");
}

bool selects_something(const SearchRequest& request) {
  const bool has_words = request.query.find_first_not_of(" \t\n") != std::string::npos;
  return has_words || request.since || request.until || request.like_id ||
         !request.timeline.empty();
}

} // namespace news
