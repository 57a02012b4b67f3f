// Fuzz target: feed dates (parse_feed_date, feedparser's forms rewritten into
// parse_date's). A date it accepts is a real one: printed in ISO 8601 it
// parses back to the same second, by either parser.
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <string_view>

#include "indexer/readers/feed_date.hh"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const std::string_view text(reinterpret_cast<const char*>(data), size);
  const std::optional<news::Date> date = news::parse_feed_date(text);
  if (!date) return 0;
  if (!news::is_plausible(*date)) std::abort();
  const std::string iso = news::format_iso8601(*date);
  if (news::parse_feed_date(iso) != date || news::parse_date(iso) != date) std::abort();
  return 0;
}
