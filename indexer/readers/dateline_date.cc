#include "indexer/readers/dateline_date.hh"

#include <array>
#include <cctype>

#include "common/ascii.hh"

namespace news {
namespace {

// A dateline is short: its place and date come within this many bytes.
constexpr std::size_t kLongestDateline = 80;

// Where the dateline ends: a dash between spaces, an opening bracket.
std::size_t dateline_end(std::string_view line) {
  static constexpr std::array<std::string_view, 6> kEnds = {" - ",     " -- ", " \u2014",
                                                            " \u2013", " (",   "\u2014"};
  std::size_t end = std::string_view::npos;
  for (std::string_view mark : kEnds)
    end = std::min(end, line.find(mark));
  return end;
}

bool has_letter(std::string_view text) {
  for (char c : text)
    if (std::isalpha(static_cast<unsigned char>(c))) return true;
  return false;
}

} // namespace

std::optional<Date> date_from_dateline(std::string_view line) {
  line = trim(line);
  const std::size_t end = dateline_end(line.substr(0, kLongestDateline + 4));
  std::string_view head = end == std::string_view::npos ? line : line.substr(0, end);
  if (head.size() > kLongestDateline) return std::nullopt;
  head = trim(head);
  // `DATE` alone, or `PLACE, DATE` (the place may hold commas: `PARIS, France, 6 May 2024`).
  for (std::size_t from = 0;;) {
    if (auto date = parse_date(head.substr(from))) return date;
    const std::size_t comma = head.find(',', from);
    if (comma == std::string_view::npos) return std::nullopt;
    if (!has_letter(head.substr(from, comma - from))) return std::nullopt; // `May 7, 2024` split
    from = comma + 1;
  }
}

} // namespace news
