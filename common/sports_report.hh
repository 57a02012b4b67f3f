// Sports reports announce themselves in their title (`SOCCER - ...`,
// `Cricket: ...`); in them the rule extractor takes a city's or a county's
// name for its team (common/rule_classifier).
#pragma once

#include <string_view>

namespace news {

/** The sport a title opens with (`soccer` for `SOCCER - ...`), lowercase, then a space,
 *  `:` or `-`; empty if none. */
std::string_view title_sport(std::string_view title);

/** Whether a title opens with a sport's name, then a space, `:` or `-`. */
bool sports_report_title(std::string_view title);

} // namespace news
