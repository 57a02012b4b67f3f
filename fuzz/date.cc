// Fuzz target: the date parser. A date it accepts is a real one: printed in
// ISO 8601 it parses back to the same second.
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <string_view>

#include "common/date.hh"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const std::string_view text(reinterpret_cast<const char*>(data), size);
  const std::optional<news::Date> date = news::parse_date(text);
  if (!date) return 0;
  const news::CivilDay day = news::civil_day(*date);
  if (day.month < 1 || day.month > 12 || day.day < 1 || day.day > 31) std::abort();
  news::format_day(*date);
  if (news::parse_date(news::format_iso8601(*date)) != date) std::abort();
  return 0;
}
