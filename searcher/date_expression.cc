#include "searcher/date_expression.hh"

#include "common/ascii.hh"

#include <algorithm>
#include <cctype>
#include <charconv>
#include <string>

#include "common/error.hh"

namespace news {
namespace {

using namespace std::chrono;

constexpr const char* kForms =
    "expected YYYY, YYYY-MM, YYYY-MM-DD, today, yesterday, or Nd, Nw, Nm, Ny (days, weeks, "
    "months, years ago)";

[[noreturn]] void bad_date(std::string_view expression) {
  throw_usage("bad date '{}': {}", expression, kForms);
}

DateSpan whole_day(year_month_day day) {
  const sys_days start{day};
  return {Date{start}, Date{start + days{1} - seconds{1}}};
}

DateSpan whole_month(year_month month) {
  const sys_days start{month / 1};
  const sys_days next{(month + months{1}) / 1};
  return {Date{start}, Date{next - seconds{1}}};
}

DateSpan whole_year(year y) {
  return {Date{sys_days{y / January / 1}},
          Date{sys_days{(y + years{1}) / January / 1} - seconds{1}}};
}

std::optional<int> number(std::string_view digits) {
  int value = 0;
  auto [end, error] = std::from_chars(digits.data(), digits.data() + digits.size(), value);
  if (error != std::errc{} || end != digits.data() + digits.size()) return std::nullopt;
  return value;
}

bool all_digits(std::string_view text) {
  return !text.empty() && std::all_of(text.begin(), text.end(), [](char c) {
    return std::isdigit(static_cast<unsigned char>(c));
  });
}

[[noreturn]] void too_far_back(std::string_view expression) {
  throw_usage("bad date '{}': too far back (before the year 1)", expression);
}

// `7d`, `2w`, `3m`, `1y`: the day that long before today. A count that
// reaches before the year 1 is refused: calendar arithmetic on it would
// overflow (`999999999w` once wrapped around and matched).
std::optional<DateSpan> relative_day(std::string_view expression, year_month_day today) {
  if (expression.size() < 2) return std::nullopt;
  const std::string_view count_text = expression.substr(0, expression.size() - 1);
  const char unit = static_cast<char>(std::tolower(static_cast<unsigned char>(expression.back())));
  if (!all_digits(count_text) || std::string_view("dwmy").find(unit) == std::string_view::npos)
    return std::nullopt;
  const std::optional<int> count = number(count_text);
  if (!count) too_far_back(expression); // all digits, yet more than an int holds
  const sys_days first_day{year{1} / January / 1};
  const long long days_back = (sys_days{today} - first_day).count();
  const long long months_back =
      (static_cast<int>(today.year()) - 1) * 12LL + static_cast<unsigned>(today.month()) - 1;
  const long long years_back = static_cast<int>(today.year()) - 1LL;
  switch (unit) {
  case 'd':
    if (*count > days_back) too_far_back(expression);
    return whole_day(year_month_day{sys_days{today} - days{*count}});
  case 'w':
    if (*count > days_back / 7) too_far_back(expression);
    return whole_day(year_month_day{sys_days{today} - days{7 * *count}});
  case 'm': {
    if (*count > months_back) too_far_back(expression);
    year_month_day back = today - months{*count};
    if (!back.ok()) back = back.year() / back.month() / last; // 31 March - 1 month
    return whole_day(back);
  }
  case 'y': {
    if (*count > years_back) too_far_back(expression);
    year_month_day back = today - years{*count};
    if (!back.ok()) back = back.year() / back.month() / last; // 29 February
    return whole_day(back);
  }
  default:
    return std::nullopt;
  }
}

// YYYY, YYYY-MM, YYYY-MM-DD.
std::optional<DateSpan> calendar_period(std::string_view expression) {
  const std::string_view y = expression.substr(0, 4);
  if (!all_digits(y)) return std::nullopt;
  const year the_year{*number(y)};
  if (expression.size() == 4) return whole_year(the_year);
  if (expression.size() < 7 || expression[4] != '-' || !all_digits(expression.substr(5, 2)))
    return std::nullopt;
  const year_month the_month =
      the_year / month{static_cast<unsigned>(*number(expression.substr(5, 2)))};
  if (!the_month.ok()) return std::nullopt;
  if (expression.size() == 7) return whole_month(the_month);
  if (expression.size() != 10 || expression[7] != '-' || !all_digits(expression.substr(8, 2)))
    return std::nullopt;
  const year_month_day the_day =
      the_month / day{static_cast<unsigned>(*number(expression.substr(8, 2)))};
  if (!the_day.ok()) return std::nullopt;
  return whole_day(the_day);
}

} // namespace

DateSpan period_of(std::string_view expression, Date now) {
  const year_month_day today{floor<days>(now.time)};
  const std::string word = to_lower(expression);
  if (word == "today") return whole_day(today);
  if (word == "yesterday") return whole_day(year_month_day{sys_days{today} - days{1}});
  if (auto span = relative_day(expression, today)) return *span;
  if (auto span = calendar_period(expression)) return *span;
  // A full date-time (2024-05-07T10:00Z) is an instant.
  if (expression.size() > 10) {
    if (auto instant = parse_date(expression)) return {instant, instant};
  }
  bad_date(expression);
}

DateSpan date_range(std::string_view begin, std::string_view end, Date now) {
  DateSpan span;
  if (!begin.empty()) span.from = period_of(begin, now).from;
  if (!end.empty()) span.to = period_of(end, now).to;
  if (span.from && span.to && *span.from > *span.to)
    throw_usage("bad date range '{}..{}': it ends before it starts", begin, end);
  return span;
}

} // namespace news
