#include "searcher/date_terms.hh"

#include <chrono>
#include <string>
#include <vector>

#include "common/index_codecs.hh"

namespace news {
namespace {

using std::chrono::days;
using std::chrono::sys_days;
using std::chrono::year_month_day;

// Beyond this many terms the OR would cost more than it saves.
constexpr std::size_t kMaxTerms = 64;

// The indexer writes years as four digits.
bool four_digit_year(sys_days day) {
  const int year = static_cast<int>(year_month_day(day).year());
  return year >= 1 && year <= 9999;
}

sys_days next_month(sys_days day) {
  const year_month_day ymd(day);
  return sys_days((ymd.year() / ymd.month() / 1) + std::chrono::months(1));
}

sys_days next_year(sys_days day) {
  return sys_days((year_month_day(day).year() + std::chrono::years(1)) / 1 / 1);
}

// The term for the largest whole period starting at `day` that ends by
// `end`, and where the next one starts.
std::string period_term(sys_days& day, sys_days end) {
  const year_month_day ymd(day);
  const int year = static_cast<int>(ymd.year());
  const auto month = static_cast<unsigned>(ymd.month());
  if (ymd.day() == std::chrono::day(1)) {
    if (month == 1 && next_year(day) <= end) {
      day = next_year(day);
      return year_term(year);
    }
    if (next_month(day) <= end) {
      day = next_month(day);
      return month_term(year, month);
    }
  }
  day += days(1);
  return day_term(year, month, static_cast<unsigned>(ymd.day()));
}

} // namespace

std::optional<Xapian::Query> date_terms_query(const DateSpan& span) {
  if (!span.from || !span.to || *span.from > *span.to) return std::nullopt;
  const auto first = std::chrono::floor<days>(span.from->time);
  const auto end = std::chrono::floor<days>(span.to->time + std::chrono::seconds(1));
  // Only whole days: from a midnight to the second before one.
  if (first != span.from->time || end != span.to->time + std::chrono::seconds(1))
    return std::nullopt;
  if (!four_digit_year(first) || !four_digit_year(end - days(1))) return std::nullopt;
  std::vector<std::string> terms;
  for (sys_days day = first; day < end;) {
    if (terms.size() == kMaxTerms) return std::nullopt;
    terms.push_back(period_term(day, end));
  }
  const Xapian::Query any(Xapian::Query::OP_OR, terms.begin(), terms.end());
  // A filter, as the value range was: no weight.
  return Xapian::Query(Xapian::Query::OP_SCALE_WEIGHT, any, 0.0);
}

} // namespace news
