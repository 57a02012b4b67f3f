// Sports reports announce themselves in their title (`SOCCER - ...`,
// `Cricket: ...`); in them the rule extractor takes a city's or a county's
// name for its team (common/rule_classifier).
#pragma once

#include <string_view>

namespace news {

/** Whether a title opens with a sport's name, then a space, `:` or `-`. */
bool sports_report_title(std::string_view title);

} // namespace news
