#include "indexer/readers/json_depth.hh"

#include <fmt/core.h>

namespace news {

JsonTooDeep::JsonTooDeep()
    : std::runtime_error(fmt::format("JSON nested more than {} levels deep", kMaxJsonDepth)) {}

nlohmann::json parse_json_bounded(std::string_view text) {
  using Json = nlohmann::json;
  // `depth` is the number of arrays and objects around the one starting.
  const Json::parser_callback_t refuse_deep = [](int depth, Json::parse_event_t event, Json&) {
    if ((event == Json::parse_event_t::object_start || event == Json::parse_event_t::array_start) &&
        depth >= kMaxJsonDepth)
      throw JsonTooDeep();
    return true;
  };
  return Json::parse(text, refuse_deep);
}

} // namespace news
