#include "searcher/url_request.hh"

#include <charconv>

#include "common/error.hh"
#include "searcher/request_options.hh"

namespace news {
namespace {

// The URL name of an option: `all_versions` for "all-versions", `limit` for "limit,n".
std::string url_name(const char* names) {
  std::string name = long_name(names);
  for (char& c : name)
    if (c == '-') c = '_';
  return name;
}

// A URL's parameters as option values: a switch is on for `1`, `true`,
// `yes`, `on` or empty, off for `0`, `false`, `no` or `off`.
class ParamValues : public OptionValues {
public:
  explicit ParamValues(const ParamLookup& param) : param_(param) {}

  std::string name(const char* names) const override { return url_name(names); }

  bool on(const Switch& option) const override {
    const std::string name = url_name(option.names);
    const std::optional<std::string> value = param_(name);
    if (!value) return false;
    for (std::string_view on : {"", "1", "true", "yes", "on"})
      if (*value == on) return true;
    for (std::string_view off : {"0", "false", "no", "off"})
      if (*value == off) return false;
    throw_usage("{}: '{}' is neither on (1, true) nor off (0, false)", name, *value);
  }

  std::optional<std::string> text(const Flag<std::string>& flag) const override {
    return param_(url_name(flag.names));
  }

  std::optional<long long> number(const Flag<long long>& flag) const override {
    const std::string name = url_name(flag.names);
    const std::optional<std::string> value = param_(name);
    if (!value) return std::nullopt;
    long long number = 0;
    const char* end = value->data() + value->size();
    const auto [stop, error] = std::from_chars(value->data(), end, number);
    if (error != std::errc() || stop != end || value->empty())
      throw_usage("{}: '{}' is not a number", name, *value);
    return number;
  }

private:
  const ParamLookup& param_;
};

} // namespace

SearchRequest request_from_params(const ParamLookup& param, unsigned max_limit) {
  SearchRequest request;
  request.query = param("q").value_or("");
  const ParamValues values(param);
  read_search_options(values, request);
  const std::optional<long long> limit = values.number(kLimitOption);
  if (limit && (*limit < 1 || *limit > max_limit))
    throw_usage("limit: {} is not between 1 and {}", *limit, max_limit);
  request.limit = limit ? static_cast<unsigned>(*limit) : std::min(request.limit, max_limit);
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
