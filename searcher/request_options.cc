#include "searcher/request_options.hh"

namespace news {
namespace {

template <typename Enum>
std::optional<Enum> choice_value(const OptionValues& values, const ChoiceFlag<Enum>& flag) {
  const std::optional<std::string> word = values.text(flag.flag);
  if (!word) return std::nullopt;
  return choice_of(flag, values.name(flag.flag.names), *word);
}

// The number given to `flag` through `check` (which names the option in its
// message), or nullopt.
template <typename Check>
std::optional<unsigned> checked(const OptionValues& values, const Flag<long long>& flag,
                                Check check) {
  const std::optional<long long> number = values.number(flag);
  if (!number) return std::nullopt;
  return check(values.name(flag.names), *number);
}

} // namespace

void read_search_options(const OptionValues& values, SearchRequest& request) {
  request.any = values.on(kAnyOption);
  request.since = values.text(kSinceOption);
  request.until = values.text(kUntilOption);
  request.language = query_language(values.name(kLangOption.names), values.text(kLangOption));
  request.like_id = values.text(kLikeOption);
  request.now = now_from(values.name(kNowOption.names), values.text(kNowOption));
  request.offset = checked(values, kOffsetOption, checked_count).value_or(request.offset);
  request.sort = choice_value(values, kSortOption).value_or(request.sort);
  request.all_versions = values.on(kAllVersionsOption);
  request.histogram = choice_value(values, kHistogramOption);
  request.facets = values.on(kFacetsOption);
  request.facet_limit =
      checked(values, kFacetLimitOption, checked_facet_limit).value_or(request.facet_limit);
  request.no_hits = values.on(kNoHitsOption);
  request.related = values.on(kRelatedOption);
  const auto at_least = [](long long least) {
    return [least](std::string_view option, long long value) {
      return checked_number(option, value, least);
    };
  };
  request.min_count = checked(values, kMinCountOption, at_least(1)).value_or(request.min_count);
  request.sample = checked(values, kSampleOption, at_least(0)).value_or(request.sample);
}

} // namespace news
