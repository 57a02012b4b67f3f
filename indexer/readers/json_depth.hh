// JSON parsed with a bound on nesting: nlohmann's parser is iterative, but
// the readers walk values recursively (text of a list, JSON-LD search), so a
// value nested 100,000 deep overflowed the stack. Such a value is refused
// while it is parsed, before it is built.
#pragma once

#include <stdexcept>
#include <string_view>

#include <nlohmann/json.hpp>

namespace news {

/** Arrays and objects nested deeper than this are refused. */
inline constexpr int kMaxJsonDepth = 64;

/** Thrown by parse_json_bounded for a value nested deeper than kMaxJsonDepth. */
struct JsonTooDeep : std::runtime_error {
  JsonTooDeep();
};

/**
 * Parses `text` as Json::parse does (throws nlohmann::json::parse_error when
 * malformed), and throws JsonTooDeep at the first array or object nested
 * more than kMaxJsonDepth levels deep.
 */
nlohmann::json parse_json_bounded(std::string_view text);

} // namespace news
