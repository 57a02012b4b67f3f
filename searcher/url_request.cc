#include "searcher/url_request.hh"

#include <charconv>

#include "common/error.hh"

namespace news {
namespace {

// The URL name of an option: `all_versions` for "all-versions", `limit` for "limit,n".
std::string url_name(const char* names) {
  std::string name = long_name(names);
  for (char& c : name)
    if (c == '-') c = '_';
  return name;
}

bool switch_value(const ParamLookup& param, const Switch& option) {
  const std::string name = url_name(option.names);
  const std::optional<std::string> value = param(name);
  if (!value) return false;
  for (std::string_view on : {"", "1", "true", "yes", "on"})
    if (*value == on) return true;
  for (std::string_view off : {"0", "false", "no", "off"})
    if (*value == off) return false;
  throw_usage("{}: '{}' is neither on (1, true) nor off (0, false)", name, *value);
}

std::optional<std::string> text_value(const ParamLookup& param, const Flag<std::string>& flag) {
  return param(url_name(flag.names));
}

std::optional<long long> number_value(const ParamLookup& param, const Flag<long long>& flag) {
  const std::string name = url_name(flag.names);
  const std::optional<std::string> value = param(name);
  if (!value) return std::nullopt;
  long long number = 0;
  const char* end = value->data() + value->size();
  const auto [stop, error] = std::from_chars(value->data(), end, number);
  if (error != std::errc() || stop != end || value->empty())
    throw_usage("{}: '{}' is not a number", name, *value);
  return number;
}

template <typename Enum>
std::optional<Enum> choice_value(const ParamLookup& param, const ChoiceFlag<Enum>& flag) {
  const std::string name = url_name(flag.flag.names);
  const std::optional<std::string> word = param(name);
  if (!word) return std::nullopt;
  return choice_of(flag, name, *word);
}

} // namespace

SearchRequest request_from_params(const ParamLookup& param, unsigned max_limit) {
  SearchRequest request;
  request.query = param("q").value_or("");
  request.any = switch_value(param, kAnyOption);
  request.since = text_value(param, kSinceOption);
  request.until = text_value(param, kUntilOption);
  request.like_id = text_value(param, kLikeOption);
  request.now = now_from("now", text_value(param, kNowOption));
  const std::optional<long long> limit = number_value(param, kLimitOption);
  if (limit && (*limit < 1 || *limit > max_limit))
    throw_usage("limit: {} is not between 1 and {}", *limit, max_limit);
  request.limit = limit ? static_cast<unsigned>(*limit) : std::min(request.limit, max_limit);
  request.offset = checked_count("offset", number_value(param, kOffsetOption).value_or(0));
  request.sort = choice_value(param, kSortOption).value_or(request.sort);
  request.all_versions = switch_value(param, kAllVersionsOption);
  request.histogram = choice_value(param, kHistogramOption);
  request.facets = switch_value(param, kFacetsOption);
  if (const std::optional<long long> facet_limit = number_value(param, kFacetLimitOption))
    request.facet_limit = checked_facet_limit("facet_limit", *facet_limit);
  request.no_hits = switch_value(param, kNoHitsOption);
  request.related = switch_value(param, kRelatedOption);
  if (const std::optional<long long> count = number_value(param, kMinCountOption))
    request.min_count = checked_number("min_count", *count, 1);
  if (const std::optional<long long> sample = number_value(param, kSampleOption))
    request.sample = checked_number("sample", *sample, 0);
  if (const std::optional<std::string> series = param("timeline")) {
    // One query a line: a newline is only a space inside a query.
    std::size_t start = 0;
    while (start <= series->size()) {
      const std::size_t end = std::min(series->find('\n', start), series->size());
      request.timeline.push_back(series->substr(start, end - start));
      start = end + 1;
    }
    check_timeline(request);
  }
  if (!selects_something(request))
    throw_usage("no query given: give q (the words), since, until or like");
  return request;
}

} // namespace news
